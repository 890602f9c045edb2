/**
 * Which sheets are Boussole's canonical ones: a sheet is recognised by its name AND its header, so
 * that a board's own sheet called « Actions » (with its own columns) is read as the board's plan,
 * never written over or restyled as Boussole's. When such a sheet holds the name, Boussole's sheet
 * takes the name with « (Boussole) » after it.
 */
import { cellText, isEmptyRow, type SheetGrid } from "../cells";
import type { Language } from "../model";
import {
  ACTIONS_SHEET,
  CANONICAL_SHEETS,
  mapHeader,
  matchesName,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  ROSTER_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from "./columns";

/** The fields a header must name for the sheet to be Boussole's. */
const REQUIRED: ReadonlyMap<SheetSpec, readonly string[]> = new Map<SheetSpec, readonly string[]>([
  [ORIENTATIONS_SHEET, ["code", "title"]],
  [OBJECTIVES_SHEET, ["code", "title"]],
  [ACTIONS_SHEET, ["code", "title"]],
  [ROSTER_SHEET, ["name"]],
  [SETTINGS_SHEET, ["key", "value"]],
]);

const SUFFIX = /\s*\(\s*boussole(?:\s+\d+)?\s*\)\s*$/i;

/** « Actions », « actions », « Actions (Boussole) », « Actions (Boussole 2) » for the Actions sheet. */
export function hasSpecName(name: string, spec: SheetSpec): boolean {
  return matchesName(name.replace(SUFFIX, ""), spec);
}

/** The header row of a sheet as text: its first non-empty row; [] for an empty sheet. */
export function headerOf(sheet: SheetGrid, timeZone: string): string[] {
  const row = sheet.values.find((cells) => !isEmptyRow(cells));
  return row ? row.map((cell) => cellText(cell, timeZone)) : [];
}

/** True when the sheet is Boussole's `spec` sheet: its name, and a header naming the key fields (or no content yet). */
export function isCanonicalSheet(sheet: SheetGrid, spec: SheetSpec, timeZone: string): boolean {
  if (!hasSpecName(sheet.name, spec)) return false;
  const header = headerOf(sheet, timeZone);
  if (header.length === 0) return true;
  const { fields } = mapHeader(header, spec);
  return (REQUIRED.get(spec) ?? []).every((field) => fields.has(field));
}

/** The canonical `spec` sheet of a workbook: the one holding the exact name first. */
export function canonicalSheet<T extends SheetGrid>(
  sheets: readonly T[],
  spec: SheetSpec,
  timeZone: string,
): T | undefined {
  const found = sheets.filter((sheet) => isCanonicalSheet(sheet, spec, timeZone));
  return found.find((sheet) => matchesName(sheet.name, spec)) ?? found[0];
}

/** Every canonical sheet the workbook has, by spec. */
export function canonicalSheetsOf<T extends SheetGrid>(
  sheets: readonly T[],
  timeZone: string,
): Map<SheetSpec, T> {
  const found = new Map<SheetSpec, T>();
  for (const spec of CANONICAL_SHEETS) {
    const sheet = canonicalSheet(sheets, spec, timeZone);
    if (sheet) found.set(spec, sheet);
  }
  return found;
}

/** True when the workbook holds a plan in the canonical sheets (its Actions or Objectifs sheet). */
export function hasCanonicalPlan(sheets: readonly SheetGrid[], timeZone: string): boolean {
  return [ACTIONS_SHEET, OBJECTIVES_SHEET].some((spec) => canonicalSheet(sheets, spec, timeZone));
}

/** True when some sheet may be canonical by its name alone: its content decides (hasCanonicalPlan). */
export function mayHaveCanonicalPlan(names: readonly string[]): boolean {
  return names.some((name) => hasSpecName(name, ACTIONS_SHEET) || hasSpecName(name, OBJECTIVES_SHEET));
}

/**
 * The names a canonical sheet may have, most specific first: the « (Boussole) » name exists only
 * where a board's own sheet took the plain one, so finding it first is finding Boussole's sheet
 * by name alone (when reading a sheet's content to check its header would cost a round trip).
 */
export function specNames(spec: SheetSpec): string[] {
  const plain = spec.fr === spec.en ? [spec.fr] : [spec.fr, spec.en];
  return [...plain.map((name) => `${name} (Boussole)`), ...plain];
}

/**
 * The name for a new canonical sheet: its own name, unless another sheet holds it (Sheets compares
 * names without case), then « Nom (Boussole) », « Nom (Boussole 2) », …
 */
export function freeSheetName(spec: SheetSpec, language: Language, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const base = spec[language];
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (Boussole)` : `${base} (Boussole ${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
