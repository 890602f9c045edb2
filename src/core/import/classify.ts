/**
 * Pass 1 — classify: what each row of the board's sheet is on its face. The only context it keeps
 * is the table a row sits in (a header opens one; a blank row, a heading or a « Notes : » line
 * closes it), because « 1. Faire un sondage » is an action inside a table and a section outside.
 * Which heading is which level is decided by the next pass, from all headings together.
 */
import { type Cell, cellText, type SheetGrid } from "../cells";
import { normalizeKey } from "../text";
import { isBareCode, normalizeCode, splitLeadingCode } from "./codes";
import { type ColumnMap, extendWithPeriods, type RowCell, readHeaderRow } from "./headers";
import { codeOnly, type Heading, isPageMarker, isUpperCase, parseHeading, parseLabelLine } from "./lines";
import { type Field, fieldOfLabel } from "./synonyms";

export type RowClassKind =
  | "blank"
  | "header"
  | "periods"
  | "heading"
  | "data"
  | "label"
  | "note"
  | "pageHeader"
  | "text";

/** A line that may be a heading: its keyword (null for bare numbering) and its parsed code. */
export interface HeadingCandidate extends Heading {
  keyword: boolean;
  /** The cells that make the heading (its code and title may sit in two cells). */
  used: RowCell[];
}

export interface LabelLine {
  label: string;
  /** The text after the colon, with the row's other cells below it. */
  value: string;
  field: Field | null;
}

export interface ClassifiedRow {
  row: number;
  cells: RowCell[];
  kind: RowClassKind;
  /** Header and data rows: the table's columns. */
  table: ColumnMap | null;
  heading: HeadingCandidate | null;
  label: LabelLine | null;
  /** A loose line « A. Titre » or « A) Titre »: a letter the numbering may turn into a section. */
  letter: { code: string; title: string } | null;
  /** A short or capitalized one-cell line seen several times: a page header pasted with the pages. */
  repeated: boolean;
}

/** Every row of the grid as its non-empty cells, whatever the grid holds. */
export function readRows(sheet: SheetGrid, timeZone: string): RowCell[][] {
  const values: unknown = sheet?.values;
  if (!Array.isArray(values)) return [];
  const rows: RowCell[][] = [];
  for (const row of values as unknown[]) {
    const cells: RowCell[] = [];
    if (Array.isArray(row)) {
      for (let index = 0; index < row.length; index++) {
        const raw: unknown = row[index];
        const text = raw === "" ? "" : isCell(raw) ? cellText(raw, timeZone) : "";
        if (text !== "") cells.push({ index, text, raw });
      }
    }
    rows.push(cells);
  }
  return rows;
}

function isCell(value: unknown): value is Cell {
  return ["string", "number", "boolean"].includes(typeof value) || value instanceof Date;
}

const MAX_HEADER_CELL = 80;

/**
 * Whether header detection is worth running: a header's cells are short texts (a year may be a
 * number). Most data rows are ruled out here without looking a word up.
 */
export function couldBeHeader(cells: readonly RowCell[]): boolean {
  if (cells.length < 2) return false;
  for (const cell of cells) {
    if (cell.text.length > MAX_HEADER_CELL) return false;
    if (typeof cell.raw !== "string" && !(typeof cell.raw === "number" && /^(19|20)\d\d$/.test(cell.text)))
      return false;
  }
  return true;
}

/** Classifies every row; pure: the same rows always give the same classes. */
export function classifyRows(rows: readonly RowCell[][]): ClassifiedRow[] {
  const out: ClassifiedRow[] = [];
  const headers = new HeaderCache();
  let map: ColumnMap | null = null;
  let tableOpen = false;
  let afterHeader = false;
  const numbering = new HeadingNumbering();
  /** How deep the leading codes of the open table's rows go (« 1. Faire… » → 1). */
  let tableDepths = new Set<number>();
  rows.forEach((cells, row) => {
    const entry: ClassifiedRow = {
      row,
      cells,
      kind: "text",
      table: null,
      heading: null,
      label: null,
      letter: null,
      repeated: false,
    };
    out.push(entry);
    if (cells.length === 0) {
      entry.kind = "blank";
      tableOpen = afterHeader = false;
      return;
    }
    const wasAfterHeader = afterHeader;
    afterHeader = false;
    if (wasAfterHeader && map && cells.length >= 2) {
      const extended = withPeriods(map, cells);
      if (extended) {
        map = extended;
        entry.kind = "periods";
        entry.table = map;
        afterHeader = true;
        return;
      }
    }
    const strict = tableOpen && out[row - 1]?.kind !== "header";
    const header = couldBeHeader(cells) ? headers.read(cells, row, strict) : null;
    if (header) {
      map = header;
      tableDepths = new Set();
      tableOpen = afterHeader = true;
      entry.kind = "header";
      entry.table = map;
      return;
    }
    const inTable = tableOpen && cells.length > 1 && cells.every((c) => map?.columns.has(c.index));
    const endsTable = tableOpen && map !== null && isSectionLine(cells, map, numbering, tableDepths);
    const heading = inTable ? null : headingOf(cells, tableOpen && !endsTable, map);
    if (heading) {
      numbering.seen(heading.code);
      tableOpen = false;
      entry.kind = "heading";
      entry.heading = heading;
      return;
    }
    const label = cells[0].text.includes(":") ? labelOf(cells) : null;
    if (label?.field === "notes" && isNotesLine(cells, map)) {
      tableOpen = false;
      entry.kind = "note";
      entry.label = label;
      return;
    }
    const current = map;
    if (
      current &&
      (tableOpen || inTable || (cells.length >= 2 && cells.every((c) => current.columns.has(c.index))))
    ) {
      tableOpen = true;
      entry.kind = "data";
      entry.table = current;
      const depth = numericParts(splitLeadingCode(cells[0].text)?.code ?? null)?.length;
      if (depth) tableDepths.add(depth);
      return;
    }
    const text = cells.map((cell) => cell.text).join(" ");
    if (isPageMarker(text)) entry.kind = "pageHeader";
    else if (label) {
      entry.kind = label.field === "notes" ? "note" : "label";
      entry.label = label;
    } else entry.letter = letterOf(cells);
  });
  markRepeated(out);
  return out;
}

function markRepeated(rows: ClassifiedRow[]): void {
  const lines = rows.filter(
    (entry) => entry.cells.length === 1 && (entry.kind === "text" || entry.kind === "label"),
  );
  const counts = new Map<string, number>();
  const keys = lines.map((entry) => {
    const text = entry.cells[0].text;
    const key = normalizeKey(text.length > 200 ? text.slice(0, 200) : text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return key;
  });
  lines.forEach((entry, i) => {
    const text = entry.cells[0].text;
    entry.repeated = (counts.get(keys[i]) ?? 0) >= 2 && (isUpperCase(text) || text.split(/\s+/).length <= 6);
  });
}

/**
 * The same header row repeated above every table is read once: later copies reuse its columns
 * (a fresh map, since cells under no header add columns to their own table's map).
 */
class HeaderCache {
  private readonly known = new Map<string, ColumnMap | null>();

  read(cells: readonly RowCell[], row: number, strict: boolean): ColumnMap | null {
    let key = strict ? "s" : "l";
    for (const cell of cells) key += `\u0000${cell.index}\u0001${typeof cell.raw}\u0001${cell.text}`;
    if (!this.known.has(key)) this.known.set(key, readHeaderRow(cells, row, strict));
    const map = this.known.get(key);
    return map ? { row, columns: new Map(map.columns), byRole: new Map(map.byRole) } : null;
  }
}

function withPeriods(map: ColumnMap, cells: readonly RowCell[]): ColumnMap | null {
  const copy: ColumnMap = { row: map.row, columns: new Map(map.columns), byRole: new Map() };
  return extendWithPeriods(copy, cells) ? copy : null;
}

/**
 * A heading alone on its line, or with its title in the next cell (« ORIENTATION STRATÉGIQUE 1 |
 * titre », « 1.1 | titre »). Bare numbering counts only outside a table, where « 1. … » cannot
 * be an action; « code | titre » pairs only when the sheet has had no table yet.
 */
function headingOf(cells: RowCell[], tableOpen: boolean, map: ColumnMap | null): HeadingCandidate | null {
  if (cells.length > 3) return null;
  const [first, second] = cells;
  const parsed = parseHeading(first.text, !tableOpen);
  const heading = parsed ?? (map ? null : codeOnly(first.text));
  if (!heading) return null;
  const keyword = parsed !== null && !isBareNumbering(first.text);
  if (heading.title === "" && second)
    return { ...heading, title: second.text, keyword, used: [first, second] };
  return { ...heading, keyword, used: [first] };
}

/**
 * « 2.0 Consolider le financement » right under a table, with no blank row between: a person reads
 * the next section, not a row, when the line is alone in the table's first column, continues the
 * numbering of the headings above, and the table's own rows are not numbered at its depth (a
 * table of « 1. Faire… », « 2. Faire… » keeps its « 3. … »).
 */
function isSectionLine(
  cells: readonly RowCell[],
  map: ColumnMap,
  numbering: HeadingNumbering,
  tableDepths: ReadonlySet<number>,
): boolean {
  if (cells.length !== 1 || cells[0].index !== Math.min(...map.columns.keys())) return false;
  const { text } = cells[0];
  const parsed = isBareNumbering(text) ? parseHeading(text, true) : null;
  const parts = numericParts(parsed?.code ?? null);
  return parts !== null && !tableDepths.has(parts.length) && numbering.continues(parts);
}

/** The headings' numbering so far: the last code, and the deepest level headings have used. */
class HeadingNumbering {
  private last: number[] | null = null;
  private deepest = 0;

  seen(code: string | null): void {
    const parts = numericParts(code);
    if (!parts) return;
    this.last = parts;
    this.deepest = Math.max(this.deepest, parts.length);
  }

  /** The next heading at some level (« 1.1 » → « 1.2 » or « 2 »), or the first below the last one. */
  continues(parts: readonly number[]): boolean {
    const last = this.last;
    if (!last) return false;
    const same = (depth: number) => parts.slice(0, depth).every((part, i) => part === last[i]);
    if (
      parts.length <= last.length &&
      same(parts.length - 1) &&
      parts[parts.length - 1] === last[parts.length - 1] + 1
    )
      return true;
    return (
      parts.length === last.length + 1 &&
      parts.length <= this.deepest &&
      same(last.length) &&
      parts[last.length] === 1
    );
  }
}

/** « 2.0 » → [2] (a trailing zero marks a section), « 1.2 » → [1, 2]; null when not dotted numbers. */
function numericParts(code: string | null): number[] | null {
  if (!code || !/^\d+(\.\d+)*$/.test(code)) return null;
  const parts = code.split(".").map(Number);
  while (parts.length > 1 && parts[parts.length - 1] === 0) parts.pop();
  return parts;
}

/** « 1. Titre », « 1.2 Titre », « III. Titre »: numbering with no keyword before it. */
function isBareNumbering(text: string): boolean {
  return /^(\d|[IVX]{1,5}\s*[.)–—-])/.test(text);
}

function labelOf(cells: RowCell[]): LabelLine | null {
  const parsed = parseLabelLine(cells[0].text);
  if (!parsed) return null;
  const value = [parsed.value, ...cells.slice(1).map((c) => c.text)].filter(Boolean).join("\n");
  return { label: parsed.label, value, field: fieldOfLabel(parsed.label) };
}

/**
 * « Notes : … » in the first column ends the table, even right under it. The same words in a
 * Notes or Description column are the action's own text.
 */
function isNotesLine(cells: RowCell[], map: ColumnMap | null): boolean {
  const column = map?.columns.get(cells[0].index);
  return (
    cells.length <= 2 && (!column || ["title", "objective", "orientation", "code"].includes(column.role))
  );
}

/** « A. Promotion de la région », « B) Vie communautaire »: one cell, a capital, then words. */
function letterOf(cells: RowCell[]): { code: string; title: string } | null {
  if (cells.length !== 1) return null;
  const match = /^([A-Z])[.)]\s+(\p{Lu}[\s\S]*)$/u.exec(cells[0].text);
  if (!match || isBareCode(cells[0].text)) return null;
  return { code: normalizeCode(match[1]), title: match[2].trim() };
}
