/**
 * Workbook files ↔ WorkbookGrid: .xlsx with exceljs, .csv with csv-parse (./csv.ts: RFC 4180
 * quoting, the encoding and separator detected). A .csv holds one sheet, named after the file.
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { columnLetters } from "../../core/a1";
import type { Cell, Grid, SheetGrid, WorkbookGrid } from "../../core/cells";
import { lazy } from "../../core/lazy";
import { CsvError, type CsvFormat, readCsv } from "./csv";
import { excelSheetNames, withExcelSheetNames } from "./sheet-names";
import { encodeZipPartsAsUtf8 } from "./zip-utf8";
import { instantToWall, wallToInstant } from "./zone";

/** exceljs takes about half a second to load: only an .xlsx read or written loads it. */
const excel = lazy(() => {
  encodeZipPartsAsUtf8();
  return require("exceljs") as typeof ExcelJS;
});

export const DEFAULT_TIME_ZONE = "America/Toronto";

/** What a sheet shows besides its values; the playground keeps the marks Valider puts on cells. */
export interface SheetDecorations {
  notes?: string[][];
  backgrounds?: string[][];
  frozenRows?: number;
  columnWidths?: number[];
  hidden?: boolean;
  /** The add-on's own formulas (« =COUNTIFS(…) »), by cell; they replace the value there. */
  formulas?: string[][];
  /** Number formats (« 0% », « yyyy-mm-dd »), by cell. */
  numberFormats?: string[][];
}

export type DecoratedSheet = SheetGrid & SheetDecorations;

export class WorkbookFileError extends Error {
  constructor(
    readonly reason: "missing" | "unreadable" | "unsupported" | "tooLarge",
    readonly path: string,
  ) {
    super(`${reason}: ${path}`);
  }
}

/** A workbook past Google Sheets' 10 million cells: the sheet that crosses it, its farthest cell, the total. */
export class WorkbookTooLargeError extends WorkbookFileError {
  constructor(
    path: string,
    readonly sheet: string,
    readonly cell: string,
    readonly cells: number,
  ) {
    super("tooLarge", path);
  }
}

/** A workbook read from a file; a .csv says which encoding and separator it was read with. */
export type WorkbookFile = WorkbookGrid & { sheets: DecoratedSheet[]; csv?: CsvFormat };

/** A .csv that is not text, or not CSV: what was wrong and where (`CsvError`). */
export class CsvFileError extends WorkbookFileError {
  constructor(
    path: string,
    readonly csv: CsvError,
  ) {
    super("unreadable", path);
  }
}

export async function readWorkbookFile(path: string, timeZone = DEFAULT_TIME_ZONE): Promise<WorkbookFile> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv") throw new WorkbookFileError("unsupported", path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new WorkbookFileError("missing", path);
  }
  try {
    if (extension === ".xlsx") return { sheets: await xlsxSheets(bytes, timeZone, path), timeZone };
    const { sheet, format } = csvSheet(bytes, path);
    return { sheets: [sheet], timeZone, csv: format };
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    if (error instanceof CsvError) throw new CsvFileError(path, error);
    throw new WorkbookFileError("unreadable", path);
  }
}

function csvSheet(bytes: Buffer, path: string): { sheet: SheetGrid; format: CsvFormat } {
  const { rows, format } = readCsv(bytes);
  return { sheet: { name: basename(path, extname(path)), values: rows }, format };
}

/** Google Sheets holds at most 10 million cells per spreadsheet, all sheets together. */
export const MAX_CELLS = 10_000_000;

/** The cells of a sheet that hold something, read without walking the empty ones. */
interface UsedCell {
  row: number;
  column: number;
  value: Cell;
  note: string;
  background: string;
}

/**
 * Reads only the cells that are there (a lone value at XFD1048576 must not make a grid of
 * 17 billion cells). The grid is bounded by the cells that hold a value or a note; a format alone
 * (a background far below the table) does not stretch it, and is dropped with the empty cell.
 */
async function xlsxSheets(bytes: Buffer, timeZone: string, path: string): Promise<DecoratedSheet[]> {
  const workbook = await loadXlsx(bytes);
  const used = workbook.worksheets.map((sheet) => usedCells(sheet, timeZone));
  let total = 0;
  for (const [i, cells] of used.entries()) {
    const { height, width } = bounds(cells);
    total += height * width;
    if (total > MAX_CELLS) {
      const cell = `${columnLetters(width)}${height}`;
      throw new WorkbookTooLargeError(path, workbook.worksheets[i].name, cell, total);
    }
  }
  return workbook.worksheets.map((sheet, i) => decoratedSheet(sheet, used[i]));
}

/** ExcelJS refuses two sheet names that differ by case only: such a file is read renamed. */
async function loadXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new (excel().Workbook)();
  try {
    return await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const renamed = await withExcelSheetNames(bytes);
    if (!renamed) throw error;
    return new (excel().Workbook)().xlsx.load(renamed as unknown as ArrayBuffer);
  }
}

function usedCells(sheet: ExcelJS.Worksheet, timeZone: string): UsedCell[] {
  const cells: UsedCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const value = cellValue(cell.value, timeZone);
      const note = noteText(cell.note);
      if (value !== "" || note !== "")
        cells.push({ row: r, column: c, value, note, background: backgroundOf(cell.fill) });
    });
  });
  return cells;
}

function bounds(cells: readonly UsedCell[]): { height: number; width: number } {
  let height = 0;
  let width = 0;
  for (const cell of cells) {
    height = Math.max(height, cell.row);
    width = Math.max(width, cell.column);
  }
  return { height, width };
}

function decoratedSheet(sheet: ExcelJS.Worksheet, cells: readonly UsedCell[]): DecoratedSheet {
  const { height, width } = bounds(cells);
  const grid = <T>(fill: T) => Array.from({ length: height }, () => new Array<T>(width).fill(fill));
  const values: Grid = grid<Cell>("");
  const notes = grid("");
  const backgrounds = grid("");
  for (const cell of cells) {
    values[cell.row - 1][cell.column - 1] = cell.value;
    notes[cell.row - 1][cell.column - 1] = cell.note;
  }
  // Backgrounds (Valider's marks) inside the grid are kept, on empty cells too.
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > height) return;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (c <= width) backgrounds[r - 1][c - 1] = backgroundOf(cell.fill);
    });
  });
  const frozen = (sheet.views ?? []).find((view) => view.state === "frozen") as
    | Partial<ExcelJS.WorksheetViewFrozen>
    | undefined;
  const frozenRows = frozen?.ySplit ?? 0;
  const columnWidths = Array.from({ length: width }, (_, i) => sheet.getColumn(i + 1).width ?? 0);
  const hidden = sheet.state !== "visible";
  return { name: sheet.name, values, notes, backgrounds, frozenRows, columnWidths, hidden };
}

function cellValue(value: ExcelJS.CellValue, timeZone: string): Cell {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return wallToInstant(value, timeZone);
  if (typeof value !== "object") return value;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === "object" && !(result instanceof Date))
      ? ""
      : cellValue(result as ExcelJS.CellValue, timeZone);
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return String(value.text ?? value.hyperlink);
  if ("error" in value) return String(value.error);
  return "";
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

function backgroundOf(fill: ExcelJS.Fill | undefined): string {
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return "";
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toLowerCase()}` : "";
}

/** Writes sheets as .xlsx; dates are written as the wall time they show in `timeZone`. */
export async function writeXlsxFile(path: string, sheets: DecoratedSheet[], timeZone: string): Promise<void> {
  await writeFile(path, await xlsxBytes(sheets, timeZone));
}

export async function xlsxBytes(sheets: DecoratedSheet[], timeZone: string): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  const names = excelSheetNames(sheets.map((sheet) => sheet.name));
  for (const [i, sheet] of sheets.entries()) {
    const out = workbook.addWorksheet(names[i], {
      views: sheet.frozenRows ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
      state: sheet.hidden ? "hidden" : "visible",
    });
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === "") return;
        out.getCell(r + 1, c + 1).value = value instanceof Date ? instantToWall(value, timeZone) : value;
      });
    });
    decorate(out, sheet);
  }
  // Formulas are written without cached results: Excel and LibreOffice compute them on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function decorate(out: ExcelJS.Worksheet, sheet: DecoratedSheet): void {
  for (const [r, row] of (sheet.notes ?? []).entries()) {
    for (const [c, note] of row.entries()) if (note) out.getCell(r + 1, c + 1).note = note;
  }
  for (const [r, row] of (sheet.backgrounds ?? []).entries()) {
    for (const [c, color] of row.entries()) {
      if (!color || color.toLowerCase() === "#ffffff") continue;
      const argb = `FF${color.replace("#", "").toUpperCase()}`;
      out.getCell(r + 1, c + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
    }
  }
  for (const [r, row] of (sheet.formulas ?? []).entries()) {
    for (const [c, formula] of row.entries())
      if (formula) out.getCell(r + 1, c + 1).value = { formula: formula.replace(/^=/, "") };
  }
  for (const [r, row] of (sheet.numberFormats ?? []).entries()) {
    for (const [c, format] of row.entries()) if (format) out.getCell(r + 1, c + 1).numFmt = format;
  }
  for (const [c, width] of (sheet.columnWidths ?? []).entries())
    if (width > 0) out.getColumn(c + 1).width = width;
}
