/**
 * Writing Structurer's result into the canonical sheets. `prepare` does every read a sheet needs
 * (the formulas and formats of its changed block, its formatting state) before anything is
 * written; `writeAll` and `writeLists` then only write, so that the changes travel as one batch.
 */
import { columnLetters, quotedSheet } from "../core/a1";
import { type Cell, cellText, isEmptyRow, type SheetGrid } from "../core/cells";
import type { Language } from "../core/model";
import {
  mapHeader,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  ROSTER_SHEET,
  type SheetSpec,
} from "../core/sheets/columns";
import type { Range, Sheet, Spreadsheet } from "./env";
import {
  type FormatInspection,
  type FormatTarget,
  inspectFormatting,
  NEW_SHEET,
  prepareTextColumns,
  textColumns,
} from "./format";
import type { SheetData } from "./read";

export interface SheetTarget {
  spec: SheetSpec;
  data: SheetData | undefined;
  values: Cell[][];
  changed: boolean;
}

/** A sheet to write, with what was read of it beforehand. */
interface Prepared extends SheetTarget {
  name: string;
  headerRow: number;
  header: string[];
  block: ChangedBlock | null;
  inspection: FormatInspection;
}

/** The smallest block holding every changed cell, and the formulas and formats it had. */
interface ChangedBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
  formulas: string[][];
  formats: string[][];
}

export interface Written {
  target: FormatTarget;
  maxRows: number;
  inspection: FormatInspection;
}

/** The reads a sheet needs before it is written: its changed block and its formatting. */
export function prepare(
  target: SheetTarget,
  protectedSheets: ReadonlySet<string>,
  language: Language,
): Prepared {
  const { spec, data, values } = target;
  const headerAt = Math.max(
    0,
    values.findIndex((row) => !isEmptyRow(row)),
  );
  const prepared = {
    ...target,
    name: data?.grid.name ?? spec[language],
    headerRow: headerAt + 1,
    header: (values[headerAt] ?? []).map((cell) => cellText(cell, "UTC")),
  };
  const bounds = target.changed ? changedBounds(data?.grid ?? null, values) : null;
  if (!data) {
    const block = bounds && { ...bounds, formulas: [], formats: [] };
    return { ...prepared, block, inspection: NEW_SHEET };
  }
  const existing: FormatTarget = { ...prepared, sheet: data.sheet, lastRow: values.length, created: false };
  return {
    ...prepared,
    block: bounds && readBlock(data.sheet, bounds, data.grid),
    inspection: inspectFormatting(existing, protectedSheets),
  };
}

/** Creates missing sheets, sets text formats, then writes each changed sheet's changed block. */
export function writeAll(spreadsheet: Spreadsheet, prepared: readonly Prepared[]): Written[] {
  return prepared.map(({ spec, data, values, name, headerRow, header, block, inspection }) => {
    const sheet = data?.sheet ?? spreadsheet.insertSheet(name);
    let maxRows = sheet.getMaxRows();
    if (values.length > maxRows) {
      sheet.insertRowsAfter(maxRows, values.length - maxRows);
      maxRows = values.length;
    }
    const target: FormatTarget = {
      sheet,
      name,
      spec,
      headerRow,
      header,
      lastRow: values.length,
      created: !data,
    };
    prepareTextColumns(target, maxRows);
    if (block) writeBlock(sheet, block, data?.grid ?? null, values, new Set(textColumns(target)));
    return { target, maxRows, inspection };
  });
}

function sameCell(before: SheetGrid | null, values: Cell[][], r: number, c: number): boolean {
  const old = before?.values[r]?.[c] ?? "";
  const next = values[r][c] ?? "";
  return old instanceof Date && next instanceof Date ? old.getTime() === next.getTime() : old === next;
}

/** 0-based bounds of the changed cells; null when nothing changed. */
function changedBounds(before: SheetGrid | null, values: Cell[][]) {
  let top = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (sameCell(before, values, r, c)) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** Formulas and formats of the block, where the sheet had content (below and right of it, none). */
function readBlock(
  sheet: Sheet,
  bounds: { top: number; left: number; bottom: number; right: number },
  before: SheetGrid,
): ChangedBlock {
  const bottom = Math.min(bounds.bottom, before.values.length - 1);
  // No spread: Math.max(...rows) overflows the stack past ~120,000 rows.
  const width = before.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const right = Math.min(bounds.right, width - 1);
  if (bottom < bounds.top || right < bounds.left) return { ...bounds, formulas: [], formats: [] };
  const range = sheet.getRange(
    bounds.top + 1,
    bounds.left + 1,
    bottom - bounds.top + 1,
    right - bounds.left + 1,
  );
  return { ...bounds, formulas: range.getFormulas(), formats: range.getNumberFormats() };
}

/**
 * Writes the changed block in one `setValues`. Unchanged cells inside it are written back as they
 * were: formulas as formulas, and text that Sheets would otherwise convert (« 007 », « 2020-03 »)
 * quoted, unless its cell is plain text (a text column, or a cell a person formatted so).
 */
function writeBlock(
  sheet: Sheet,
  block: ChangedBlock,
  before: SheetGrid | null,
  values: Cell[][],
  textColumns: ReadonlySet<number>,
): void {
  const { top, left, bottom, right, formulas, formats } = block;
  const isText = (r: number, c: number) => textColumns.has(left + c) || formats[r]?.[c] === "@";
  const cells = values.slice(top, bottom + 1).map((row, r) =>
    row.slice(left, right + 1).map((cell, c): Cell => {
      const formula = formulas[r]?.[c];
      if (formula && sameCell(before, values, top + r, left + c)) return formula;
      if (typeof cell === "string" && !isText(r, c) && wouldConvert(cell)) return `'${cell}`;
      return cell;
    }),
  );
  sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1).setValues(cells);
}

/** Text that Sheets would read as a number, a date, a boolean or a formula if written as is. */
function wouldConvert(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[=+'-]/.test(trimmed) ||
    /^[\d\s.,$%]+$/.test(trimmed) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(trimmed) ||
    /^(true|false|vrai|faux)$/i.test(trimmed)
  );
}

/**
 * A hidden sheet of formulas listing « code — title » of every objective and orientation: the
 * dropdowns of the Objectif and Orientation columns read it, so they follow the sheets as people
 * edit them, and match the labels those columns hold.
 */
export function writeLists(
  spreadsheet: Spreadsheet,
  written: readonly Written[],
  name: string,
  all: readonly SheetData[],
): { objectives: Range; orientations: Range } | null {
  const source = (spec: SheetSpec) => written.find((w) => w.target.spec === spec)?.target;
  const objectives = source(OBJECTIVES_SHEET);
  const orientations = source(ORIENTATIONS_SHEET);
  if (!objectives || !orientations) return null;
  const existing = all.find((d) => d.grid.name === name)?.sheet;
  const sheet = existing ?? spreadsheet.insertSheet(name);
  if (!existing) sheet.hideSheet();
  sheet.getRange(1, 1, 2, 2).setValues([
    [OBJECTIVES_SHEET.fr, ORIENTATIONS_SHEET.fr],
    [labelsFormula(objectives), labelsFormula(orientations)],
  ]);
  return { objectives: sheet.getRange("A2:A"), orientations: sheet.getRange("B2:B") };
}

function labelsFormula(target: FormatTarget): string {
  const fields = mapHeader(target.header, target.spec).fields as Map<string, number>;
  const sheet = quotedSheet(target.name);
  const column = (field: string) => {
    const letter = columnLetters((fields.get(field) ?? 0) + 1);
    return `${sheet}!${letter}${target.headerRow + 1}:${letter}`;
  };
  const code = column("code");
  const title = column("title");
  return `=ARRAYFORMULA(IF(${code}="","",IF(${title}="",${code},${code}&" — "&${title})))`;
}

export function rosterRange(written: readonly Written[]): Range | null {
  const roster = written.find((w) => w.target.spec === ROSTER_SHEET);
  if (!roster) return null;
  const { target, maxRows } = roster;
  const name = mapHeader(target.header, ROSTER_SHEET).fields.get("name");
  if (name === undefined) return null;
  return target.sheet.getRange(target.headerRow + 1, name + 1, Math.max(1, maxRows - target.headerRow), 1);
}
