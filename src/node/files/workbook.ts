/**
 * Workbook files ↔ WorkbookGrid: .xlsx with exceljs, .csv with csv-parse (RFC 4180: quoted cells
 * with commas, quotes and line breaks; UTF-8 with or without BOM). A .csv holds one sheet, named
 * after the file.
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Cell, Grid, SheetGrid, WorkbookGrid } from "../../core/cells";
import { instantToWall, wallToInstant } from "./zone";

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
    readonly reason: "missing" | "unreadable" | "unsupported",
    readonly path: string,
  ) {
    super(`${reason}: ${path}`);
  }
}

export async function readWorkbookFile(
  path: string,
  timeZone = DEFAULT_TIME_ZONE,
): Promise<WorkbookGrid & { sheets: DecoratedSheet[] }> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv") throw new WorkbookFileError("unsupported", path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new WorkbookFileError("missing", path);
  }
  try {
    const sheets = extension === ".csv" ? [csvSheet(bytes, path)] : await xlsxSheets(bytes, timeZone);
    return { sheets, timeZone };
  } catch {
    throw new WorkbookFileError("unreadable", path);
  }
}

function csvSheet(bytes: Buffer, path: string): SheetGrid {
  const text = bytes.toString("utf8");
  if (text.includes("\u0000")) throw new Error("binary");
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  return { name: basename(path, extname(path)), values: rows };
}

async function xlsxSheets(bytes: Buffer, timeZone: string): Promise<DecoratedSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const height = sheet.rowCount;
    const width = sheet.columnCount;
    const values: Grid = [];
    const notes: string[][] = [];
    const backgrounds: string[][] = [];
    for (let r = 1; r <= height; r++) {
      const row = sheet.getRow(r);
      const rowValues: Cell[] = [];
      const rowNotes: string[] = [];
      const rowBackgrounds: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        rowValues.push(cellValue(cell.value, timeZone));
        rowNotes.push(noteText(cell.note));
        rowBackgrounds.push(backgroundOf(cell.fill));
      }
      values.push(rowValues);
      notes.push(rowNotes);
      backgrounds.push(rowBackgrounds);
    }
    const frozen = (sheet.views ?? []).find((view) => view.state === "frozen") as
      | Partial<ExcelJS.WorksheetViewFrozen>
      | undefined;
    const frozenRows = frozen?.ySplit ?? 0;
    const columnWidths = Array.from({ length: width }, (_, i) => sheet.getColumn(i + 1).width ?? 0);
    const hidden = sheet.state !== "visible";
    return { name: sheet.name, values, notes, backgrounds, frozenRows, columnWidths, hidden };
  });
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
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const out = workbook.addWorksheet(sheet.name, {
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
