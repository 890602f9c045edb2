/** Reading sample and fixture CSVs as Sheets would hand them over, and walking the result. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { SheetGrid } from "../../../src/core/cells";
import { type StructureResult, structurePlan } from "../../../src/core/import";
import type { Action, Objective, Orientation } from "../../../src/core/model";

const ROOT = join(__dirname, "..", "..", "..");

export function readCsv(path: string, name = "Plan"): SheetGrid {
  const values = parse(readFileSync(join(ROOT, path), "utf8"), {
    bom: true,
    relax_column_count: true,
  }) as string[][];
  return { name, values };
}

export function structure(sheet: SheetGrid, language: "fr" | "en" = "fr"): StructureResult {
  return structurePlan(sheet, { timeZone: "America/Toronto", language });
}

export function objectives(result: StructureResult): Objective[] {
  return result.orientations.flatMap((orientation) => orientation.objectives);
}

export function actions(result: StructureResult): Action[] {
  return objectives(result).flatMap((objective) => objective.actions);
}

export function findAction(result: StructureResult, title: string): Action {
  const found = actions(result).find((action) => action.title === title);
  if (!found) throw new Error(`no action « ${title} »`);
  return found;
}

export function orientationOf(result: StructureResult, code: string): Orientation {
  const found = result.orientations.find((orientation) => orientation.code === code);
  if (!found) throw new Error(`no orientation ${code}`);
  return found;
}

/** Every string the result holds: entity fields, extras, and the texts the report accounts for. */
export function everyText(result: StructureResult): string {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(result.orientations);
  for (const row of result.report.rows) texts.push(row.text);
  for (const column of result.report.columns) texts.push(column.header);
  for (const cell of result.report.unused) texts.push(cell.text);
  return texts.join("\n");
}

/** The non-empty text cells of a sheet that appear nowhere in the result. */
export function lostCells(sheet: SheetGrid, result: StructureResult): string[] {
  const all = everyText(result);
  return sheet.values
    .flat()
    .filter(
      (cell): cell is string => typeof cell === "string" && cell.trim() !== "" && !/^\d+$/.test(cell.trim()),
    )
    .filter((cell) => !all.includes(cell.trim()));
}

/**
 * The non-empty cells the report does not account for: each must sit on a row the report
 * explains, in a column that fed a field when the row is a table row, or be listed as unused.
 */
export function unaccountedCells(sheet: SheetGrid, result: StructureResult): string[] {
  const rows = new Map(result.report.rows.map((row) => [row.row, row]));
  const fed = new Set(result.report.columns.filter((c) => c.fields.length > 0).map((c) => c.index));
  const unused = new Set(result.report.unused.map((cell) => `${cell.row}:${cell.columnIndex}`));
  const missing: string[] = [];
  sheet.values.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (typeof cell === "string" && cell.trim() === "") return;
      const kind = rows.get(r + 1)?.kind;
      // Heading lines carry their source text; table rows do not.
      const tableRow = ["action", "continuation", "objective"].includes(kind ?? "") && !rows.get(r + 1)?.text;
      const accounted =
        unused.has(`${r + 1}:${c + 1}`) ||
        (kind !== undefined && kind !== "blank" && (!tableRow || fed.has(c + 1)));
      if (!accounted) missing.push(`${r + 1}:${c + 1} ${String(cell)}`);
    });
  });
  return missing;
}
