/**
 * Writing what core/sheets/structure-plan.ts decided into the spreadsheet. `prepare` does every
 * read a sheet needs (the formulas under the cells it keeps, its formatting state) before anything
 * is written; `writeAll`, `writeLists` and `writeSnapshots` then only write, through the safe cell
 * writer, so that the changes travel as one batch. The sheets grow (rows and columns) before a
 * block is written past their edge.
 */
import { columnLetters, quotedSheet } from "../core/a1";
import {
  mapHeader,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  ROSTER_SHEET,
  type SheetSpec,
} from "../core/sheets/columns";
import {
  type BlockCell,
  changedBlocks,
  EMPTY_CELL,
  type SheetCell,
  type WriteBlock,
} from "../core/sheets/sheet-cells";
import type { PlannedSheet } from "../core/sheets/structure-plan";
import {
  AUTOMATIC_FORMAT,
  type CellWrite,
  cellWrite,
  DATE_FORMAT,
  dayWrite,
  TEXT_FORMAT,
  writeCells,
} from "./cell-writer";
import type { Range, Sheet, Spreadsheet } from "./env";
import {
  type FormatInspection,
  type FormatTarget,
  inspectFormatting,
  NEW_SHEET,
  prepareTextColumns,
} from "./format";
import type { SheetData } from "./read";

/** What a sheet held under the cells to write, read beforehand (a 0-based window). */
interface Underneath {
  top: number;
  left: number;
  /** Formulas, read only when some cell is kept: a kept formula is written back as a formula. */
  formulas: string[][];
  /** Number formats: a number or an emptied cell keeps its own (a person's « 0 $ »). */
  formats: string[][];
}

/** A sheet to write, with what was read of it beforehand. */
export interface Prepared {
  planned: PlannedSheet;
  data: SheetData | undefined;
  underneath: Underneath | null;
  inspection: FormatInspection;
}

export interface Written {
  target: FormatTarget;
  maxRows: number;
  inspection: FormatInspection;
}

/** The reads a sheet needs before it is written: the formulas it keeps, and its formatting. */
export function prepare(
  planned: PlannedSheet,
  data: SheetData | undefined,
  protectedSheets: ReadonlySet<string>,
): Prepared {
  if (!data) return { planned, data, underneath: null, inspection: NEW_SHEET };
  const target = formatTarget(planned, data.sheet);
  return {
    planned,
    data,
    underneath: readUnderneath(data, planned.blocks),
    inspection: inspectFormatting(target, protectedSheets),
  };
}

/** One read (two when a cell is kept) of what lies under the blocks where the sheet has content. */
function readUnderneath(data: SheetData, blocks: readonly WriteBlock[]): Underneath | null {
  const height = data.grid.values.length;
  const width = Math.max(0, ...data.grid.values.map((row) => row.length));
  let [top, left, bottom, right] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  let keeps = false;
  for (const block of blocks) {
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const [y, x] = [block.row - 1 + r, block.column - 1 + c];
        if (y >= height || x >= width) return;
        keeps ||= cell.kind === "kept";
        [top, left, bottom, right] = [
          Math.min(top, y),
          Math.min(left, x),
          Math.max(bottom, y),
          Math.max(right, x),
        ];
      });
    });
  }
  if (bottom < 0) return null;
  const range = data.sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1);
  return { top, left, formulas: keeps ? range.getFormulas() : [], formats: range.getNumberFormats() };
}

function formatTarget(planned: PlannedSheet, sheet: Sheet, created = false): FormatTarget {
  const { spec, name, headerRow, header, cells } = planned;
  return { sheet, name, spec, headerRow, header, lastRow: cells.length, created };
}

/** Creates missing sheets, grows them, sets text formats, then writes each sheet's changed blocks. */
export function writeAll(
  spreadsheet: Spreadsheet,
  prepared: readonly Prepared[],
  timeZone: string,
): Written[] {
  return prepared.map(({ planned, data, underneath, inspection }) => {
    const sheet = data?.sheet ?? spreadsheet.insertSheet(planned.name);
    const maxRows = growTo(sheet, planned.cells);
    const target = formatTarget(planned, sheet, !data);
    prepareTextColumns(target, maxRows);
    const at = (grid: string[][] | undefined, y: number, x: number) =>
      underneath ? grid?.[y - underneath.top]?.[x - underneath.left] || undefined : undefined;
    writeBlocks(sheet, planned.blocks, timeZone, {
      kept: (y, x) => {
        const formula = at(underneath?.formulas, y, x);
        // A formula already in the cell (a person's own) is written back as it was, not as its value.
        return formula ? { kind: "formula", formula } : cellWrite(data?.grid.values[y]?.[x] ?? "");
      },
      format: (y, x) => at(underneath?.formats, y, x),
    });
    return { target, maxRows, inspection };
  });
}

/** Grows the sheet to hold `cells` (insertRowsAfter, insertColumnsAfter); its number of rows after. */
function growTo(sheet: Sheet, cells: readonly (readonly unknown[])[]): number {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  // No spread: Math.max(...rows) overflows the stack past ~120,000 rows.
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (cells.length > maxRows) sheet.insertRowsAfter(maxRows, cells.length - maxRows);
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  return Math.max(maxRows, cells.length);
}

/** What the sheet holds at a 0-based cell, read beforehand: its content to keep, its number format. */
interface Held {
  kept: (row: number, column: number) => CellWrite;
  format: (row: number, column: number) => string | undefined;
}

function writeBlocks(sheet: Sheet, blocks: readonly WriteBlock[], timeZone: string, held: Held): void {
  for (const block of blocks) {
    const height = block.cells.length;
    const width = block.cells[0]?.length ?? 0;
    if (height === 0 || width === 0) continue;
    const cells = block.cells.map((row, r) =>
      row.map((cell: BlockCell, c) => {
        const [y, x] = [block.row - 1 + r, block.column - 1 + c];
        return withOwnFormat(
          cell.kind === "kept" ? held.kept(y, x) : sheetWrite(cell, timeZone),
          held.format(y, x),
        );
      }),
    );
    writeCells(sheet.getRange(block.row, block.column, height, width), withColumnFormats(cells));
  }
}

/** A number or an emptied cell keeps the number format its cell had. */
function withOwnFormat(write: CellWrite, format: string | undefined): CellWrite {
  return (write.kind === "number" || write.kind === "empty") && write.format === undefined && format
    ? { ...write, format }
    : write;
}

/**
 * Every cell of a block given a number format, so that the writer sets them all in one call
 * (whatever the number of rows): a number with none gets the automatic one, an empty cell with
 * none (a new row) the format of its column in the block.
 */
function withColumnFormats(cells: CellWrite[][]): CellWrite[][] {
  const formatOf = (write: CellWrite) =>
    write.kind === "text"
      ? TEXT_FORMAT
      : write.kind === "date"
        ? DATE_FORMAT
        : write.kind === "number" || write.kind === "empty"
          ? write.format
          : undefined;
  const columns = (cells[0] ?? []).map(
    (_, c) => cells.map((row) => formatOf(row[c])).find((format) => format !== undefined) ?? AUTOMATIC_FORMAT,
  );
  return cells.map((row) =>
    row.map((write, c) =>
      write.kind === "number" && write.format === undefined
        ? { ...write, format: AUTOMATIC_FORMAT }
        : write.kind === "empty" && write.format === undefined
          ? { ...write, format: columns[c] }
          : write,
    ),
  );
}

/** A cell the core decided, as the safe writer's write: days as dates in the spreadsheet's zone. */
function sheetWrite(cell: SheetCell, timeZone: string): CellWrite {
  switch (cell.kind) {
    case "text":
      return { kind: "text", text: cell.text };
    case "date":
      return dayWrite(cell.day, timeZone);
    case "number":
      return { kind: "number", value: cell.value };
    case "boolean":
      return { kind: "boolean", value: cell.value };
    default:
      return { kind: "empty" };
  }
}

/**
 * A hidden sheet of the add-on's own (the dropdowns' lists, the snapshots): created hidden when
 * missing, then only its changed cells written, what it held beyond `rows` emptied.
 */
function writeHidden(
  spreadsheet: Spreadsheet,
  existing: SheetData | undefined,
  name: string,
  rows: readonly (readonly SheetCell[])[],
  timeZone: string,
): Sheet {
  const sheet = existing?.sheet ?? spreadsheet.insertSheet(name);
  if (!existing) sheet.hideSheet();
  const before = existing?.grid.values ?? [];
  const height = Math.max(rows.length, before.length);
  const widest = (grid: readonly (readonly unknown[])[]) =>
    grid.reduce((w, row) => Math.max(w, row.length), 0);
  const width = Math.max(widest(rows), widest(before));
  const after = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? EMPTY_CELL),
  );
  growTo(sheet, after);
  writeBlocks(sheet, changedBlocks(before, after, timeZone), timeZone, {
    kept: (y, x) => cellWrite(before[y]?.[x] ?? ""),
    format: () => undefined,
  });
  return sheet;
}

const text = (value: string): SheetCell => ({ kind: "text", text: value });

/** Structurer's snapshots, in their hidden sheet (core/sheets/snapshots.ts). */
export function writeSnapshots(
  spreadsheet: Spreadsheet,
  existing: SheetData | undefined,
  name: string,
  rows: readonly string[][],
  timeZone: string,
): void {
  writeHidden(
    spreadsheet,
    existing,
    name,
    rows.map((row) => row.map(text)),
    timeZone,
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
  existing: SheetData | undefined,
): { objectives: Range; orientations: Range } | null {
  const source = (spec: SheetSpec) => written.find((w) => w.target.spec === spec)?.target;
  const objectives = source(OBJECTIVES_SHEET);
  const orientations = source(ORIENTATIONS_SHEET);
  if (!objectives || !orientations) return null;
  const sheet = existing?.sheet ?? spreadsheet.insertSheet(name);
  if (!existing) sheet.hideSheet();
  const formula = (target: FormatTarget): CellWrite => ({ kind: "formula", formula: labelsFormula(target) });
  writeCells(sheet.getRange(1, 1, 2, 2), [
    [
      { kind: "text", text: OBJECTIVES_SHEET.fr },
      { kind: "text", text: ORIENTATIONS_SHEET.fr },
    ],
    [formula(objectives), formula(orientations)],
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
