/**
 * Problem marks in cells: a background and a note carrying the message. A mark is recognised by
 * the marker line of its note, so Boussole only ever clears its own marks: a note a person wrote
 * is kept (the mark is added below it and removed again), and a background is given back as it
 * was before the mark (`restore`), unless a person changed it since.
 */
import type { Severity } from "../model";

export const MARK_MARKER = "⚑ Boussole";
export const MARK_COLORS: Record<Severity, string> = {
  error: "#f4cccc",
  warning: "#fff2cc",
  info: "#cfe2f3",
};
const DEFAULT_BACKGROUND = "#ffffff";
const SEPARATOR = "\n\n";

export interface CellMark {
  /** 1-based, as in the sheet. */
  row: number;
  column: number;
  severity: Severity;
  message: string;
}

export interface MarkInput {
  backgrounds: string[][];
  notes: string[][];
  marks: readonly CellMark[];
  /** Backgrounds that marked cells had before their mark, by "row:column". */
  restore: Readonly<Record<string, string>>;
}

export interface MarkPlan {
  backgrounds: (string | null)[][];
  notes: string[][];
  restore: Record<string, string>;
  changed: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The person's part of a note and whether it carries a mark. */
export function splitNote(note: string): { own: string; marked: boolean } {
  const at = note.indexOf(MARK_MARKER);
  if (at < 0) return { own: note, marked: false };
  return { own: note.slice(0, at).replace(/\s+$/, ""), marked: true };
}

export function markNote(own: string, messages: readonly string[]): string {
  const mark = `${MARK_MARKER} : ${messages.join("\n")}`;
  return own === "" ? mark : `${own}${SEPARATOR}${mark}`;
}

const isMarkColor = (color: string) => Object.values(MARK_COLORS).includes(color.toLowerCase());

/**
 * The block to read and write: the data, the new marks and the cells marked last time, clamped
 * to the sheet as it is now (rows or columns deleted since take their old marks with them).
 * Linear, with no spread into arguments: a plan may hold 200,000 marks.
 */
export function markExtent(
  values: readonly (readonly unknown[])[],
  marks: readonly CellMark[],
  previous: Readonly<Record<string, string>>,
  sheet: { rows: number; columns: number },
): { rows: number; columns: number } {
  let rows = values.length;
  let columns = 0;
  for (const row of values) if (row.length > columns) columns = row.length;
  const cover = (row: number, column: number) => {
    if (row > rows) rows = row;
    if (column > columns) columns = column;
  };
  for (const mark of marks) cover(mark.row, mark.column);
  for (const key of Object.keys(previous)) {
    const [row, column] = key.split(":").map(Number);
    if (Number.isInteger(row) && Number.isInteger(column)) cover(row, column);
  }
  return {
    rows: Math.max(1, Math.min(rows, sheet.rows)),
    columns: Math.max(1, Math.min(columns, sheet.columns)),
  };
}

/**
 * Marks for the block read (`notes` and `backgrounds` give its size): marks and remembered
 * colours outside it are dropped, so a cell deleted since is forgotten.
 */
export function planMarks(input: MarkInput): MarkPlan {
  const wanted = new Map<string, CellMark[]>();
  for (const mark of input.marks) {
    const key = `${mark.row}:${mark.column}`;
    const same = wanted.get(key);
    if (same) same.push(mark);
    else wanted.set(key, [mark]);
  }
  const height = input.notes.length;
  const width = input.notes[0]?.length ?? 0;
  const restore: Record<string, string> = {};
  let changed = false;
  const backgrounds: (string | null)[][] = [];
  const notes: string[][] = [];
  for (let r = 1; r <= height; r++) {
    const bgRow: (string | null)[] = [];
    const noteRow: string[] = [];
    for (let c = 1; c <= width; c++) {
      const key = `${r}:${c}`;
      const background = input.backgrounds[r - 1]?.[c - 1] ?? DEFAULT_BACKGROUND;
      const note = input.notes[r - 1]?.[c - 1] ?? "";
      const { own, marked } = splitNote(note);
      const marks = wanted.get(key);
      let nextBackground = background;
      let nextNote = note;
      if (marks) {
        const severity = marks.map((m) => m.severity).sort((a, b) => RANK[a] - RANK[b])[0];
        nextNote = markNote(own, [...new Set(marks.map((m) => m.message))]);
        const original = marked ? input.restore[key] : background;
        if (!marked || isMarkColor(background)) nextBackground = MARK_COLORS[severity];
        if (original !== undefined && original !== DEFAULT_BACKGROUND && !isMarkColor(original))
          restore[key] = original;
      } else if (marked) {
        nextNote = own;
        if (isMarkColor(background)) nextBackground = input.restore[key] ?? DEFAULT_BACKGROUND;
      }
      if (nextBackground !== background || nextNote !== note) changed = true;
      bgRow.push(nextBackground === DEFAULT_BACKGROUND ? null : nextBackground);
      noteRow.push(nextNote);
    }
    backgrounds.push(bgRow);
    notes.push(noteRow);
  }
  return { backgrounds, notes, restore, changed };
}
