/**
 * Formatting of the canonical sheets, done so that running it again changes nothing: frozen bold
 * header, alternating row colours (backgrounds, only on cells still white or banded: a colour a
 * person chose or a Valider mark is kept), plain-text format on codes, references and échéances,
 * data validation, conditional formats recognised by a marker in their formula (so they are
 * replaced, never duplicated, and a person's own rules are kept), a warning-only protection on the
 * header. Every step costs a fixed number of calls, whatever the number of rows. What must be
 * known of a sheet's present state is read first (inspectFormatting, protectedHeaders), so that
 * the writes of Structurer travel as one batch; a sheet Boussole creates is not read at all.
 */

import { columnLetters } from "../core/a1";
import { messages } from "../core/i18n";
import { type Language, STATUSES } from "../core/model";
import {
  ACTIONS_SHEET,
  mapHeader,
  matchesName,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  PLANNED_END_COLUMN,
  ROSTER_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from "../core/sheets/columns";
import type { Range, Sheet } from "./env";

const HEADER_BACKGROUND = "#d9e2f3";
const BAND_COLORS = ["#ffffff", "#f3f6fb"];
const LATE_FONT = "#b3261e";
const DONE_FONT = "#1e7b34";
/** Part of every conditional-format formula Boussole writes; N() of a text is 0, so it changes nothing. */
export const RULE_MARKER = 'N("boussole")';

/** Fields shown as plain text: Sheets would read « 1.2 » as a number and « 2020-03 » as a date. */
const TEXT_FIELDS: Record<string, readonly string[]> = {
  [ORIENTATIONS_SHEET.fr]: ["code"],
  [OBJECTIVES_SHEET.fr]: ["code", "orientation"],
  [ACTIONS_SHEET.fr]: ["code", "objective", "deadline"],
};

/** Widths (px) given to a sheet's columns when Boussole creates it; afterwards they are the people's. */
const WIDTHS: Record<string, Record<string, number>> = {
  [ORIENTATIONS_SHEET.fr]: { code: 70, title: 320, description: 360 },
  [OBJECTIVES_SHEET.fr]: { code: 70, orientation: 220, title: 320, group: 160 },
  [ACTIONS_SHEET.fr]: {
    code: 70,
    objective: 220,
    title: 280,
    description: 280,
    owners: 180,
    deadline: 130,
    notes: 220,
  },
  [ROSTER_SHEET.fr]: { name: 220, role: 160, email: 200, aliases: 200 },
  [SETTINGS_SHEET.fr]: { key: 220, value: 320 },
};

export interface FormatTarget {
  sheet: Sheet;
  name: string;
  spec: SheetSpec;
  /** 1-based row of the header. */
  headerRow: number;
  header: string[];
  /** Rows in the sheet after writing (1-based last row with content). */
  lastRow: number;
  created: boolean;
}

export interface FormatContext {
  language: Language;
  /** The ranges the dropdowns take their values from. */
  objectiveList: Range | null;
  orientationList: Range | null;
  rosterNames: Range | null;
}

function columnsOf(target: FormatTarget): Map<string, number> {
  return mapHeader(target.header, target.spec).fields as Map<string, number>;
}

/** Data rows, from below the header to the bottom of the sheet (rows people add are covered). */
function columnRange(target: FormatTarget, maxRows: number, index: number): Range {
  return target.sheet.getRange(target.headerRow + 1, index + 1, Math.max(1, maxRows - target.headerRow), 1);
}

/** 0-based indexes of the columns shown as plain text. */
export function textColumns(target: FormatTarget): number[] {
  const columns = columnsOf(target);
  return (TEXT_FIELDS[target.spec.fr] ?? []).flatMap((field) => {
    const index = columns.get(field);
    return index === undefined ? [] : [index];
  });
}

/** Before values are written: plain-text format on the columns that need it. */
export function prepareTextColumns(target: FormatTarget, maxRows: number): void {
  for (const index of textColumns(target)) columnRange(target, maxRows, index).setNumberFormat("@");
}

/** What formatting a sheet must know of its present state: read before anything is written. */
export interface FormatInspection {
  /** Backgrounds of the data rows the sheet already has: banding keeps a person's colours. */
  backgrounds: string[][];
  /** Conditional format rules that are not Boussole's: kept as they are. */
  otherRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  headerProtected: boolean;
}

/** A sheet Boussole is about to create: white, no rules, no protection. */
export const NEW_SHEET: FormatInspection = { backgrounds: [], otherRules: [], headerProtected: false };

/** The names of the sheets whose header carries Boussole's protection: one read for them all. */
export function protectedHeaders(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<string> {
  const descriptions = (["fr", "en"] as const).map((l) => messages(l).ui.server.headerProtection);
  return new Set(
    spreadsheet
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((protection) => descriptions.includes(protection.getDescription()))
      .map((protection) => protection.getRange().getSheet().getName()),
  );
}

/** The reads formatting an existing sheet needs (created sheets use NEW_SHEET). */
export function inspectFormatting(
  target: FormatTarget,
  protectedSheets: ReadonlySet<string>,
): FormatInspection {
  const { sheet, headerRow } = target;
  // Rows the sheet does not have yet are new, hence white.
  const rows = Math.min(target.lastRow, sheet.getMaxRows()) - headerRow;
  const width = Math.min(target.header.length, sheet.getMaxColumns());
  return {
    backgrounds: rows > 0 && width > 0 ? sheet.getRange(headerRow + 1, 1, rows, width).getBackgrounds() : [],
    otherRules:
      target.spec === ACTIONS_SHEET
        ? sheet.getConditionalFormatRules().filter((existing) => !isOwnRule(existing))
        : [],
    headerProtected: protectedSheets.has(target.name),
  };
}

export function formatSheet(
  target: FormatTarget,
  maxRows: number,
  context: FormatContext,
  inspection: FormatInspection,
): void {
  const { sheet, headerRow, header } = target;
  const width = header.length;
  sheet.setFrozenRows(headerRow);
  const headerRange = sheet.getRange(headerRow, 1, 1, width);
  headerRange.setFontWeight("bold").setBackground(HEADER_BACKGROUND);
  band(target, width, inspection.backgrounds);
  if (target.created) setWidths(target);
  validate(target, maxRows, context);
  if (target.spec === ACTIONS_SHEET) conditionalFormats(target, maxRows, inspection.otherRules);
  if (!inspection.headerProtected) protectHeader(headerRange, context.language);
}

function band(target: FormatTarget, width: number, backgrounds: string[][]): void {
  const rows = target.lastRow - target.headerRow;
  if (rows <= 0) return;
  const range = target.sheet.getRange(target.headerRow + 1, 1, rows, width);
  let changed = false;
  const current = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: width }, (_, c) => backgrounds[r]?.[c] ?? BAND_COLORS[0]),
  );
  const next = current.map((row, r) =>
    row.map((color) => {
      const band = BAND_COLORS[r % 2];
      if (!BAND_COLORS.includes(color.toLowerCase()) || color.toLowerCase() === band) return color;
      changed = true;
      return band;
    }),
  );
  if (changed) range.setBackgrounds(next);
}

function setWidths(target: FormatTarget): void {
  const columns = columnsOf(target);
  for (const [field, width] of Object.entries(WIDTHS[target.spec.fr] ?? {})) {
    const index = columns.get(field);
    if (index !== undefined) target.sheet.setColumnWidth(index + 1, width);
  }
}

function validate(target: FormatTarget, maxRows: number, context: FormatContext): void {
  const hints = messages(context.language).ui.server.hints;
  const columns = columnsOf(target);
  const rule = (
    field: string,
    build: (
      b: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    ) => GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  ) => {
    const index = columns.get(field);
    if (index !== undefined)
      columnRange(target, maxRows, index).setDataValidation(
        build(SpreadsheetApp.newDataValidation()).build(),
      );
  };
  if (target.spec === OBJECTIVES_SHEET && context.orientationList) {
    const list = context.orientationList;
    rule("orientation", (b) => b.requireValueInRange(list, true).setHelpText(hints.orientation));
  }
  if (target.spec !== ACTIONS_SHEET) return;
  rule("status", (b) =>
    b
      .requireValueInList([...STATUSES], true)
      .setAllowInvalid(false)
      .setHelpText(hints.status),
  );
  rule("progress", (b) => b.requireNumberBetween(0, 100).setAllowInvalid(false).setHelpText(hints.progress));
  rule("deadline", (b) => b.requireFormulaSatisfied("=TRUE").setHelpText(hints.deadline));
  const { objectiveList, rosterNames } = context;
  if (objectiveList)
    rule("objective", (b) => b.requireValueInRange(objectiveList, true).setHelpText(hints.objective));
  if (rosterNames) rule("owners", (b) => b.requireValueInRange(rosterNames, true).setHelpText(hints.owners));
}

/**
 * Done actions in green, late ones in red (font colours: they never hide Valider's marks). « Late »
 * compares the « Fin prévue » column (the échéance's computed end) with TODAY(), so it stays right
 * as days pass and as the status is edited; the references are relative, so they follow moved columns.
 */
function conditionalFormats(
  target: FormatTarget,
  maxRows: number,
  otherRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
): void {
  const columns = columnsOf(target);
  const status = columns.get("status");
  const end = target.header.findIndex((text) => matchesName(text, PLANNED_END_COLUMN));
  if (status === undefined) return;
  const first = target.headerRow + 1;
  const cell = (index: number) => `$${columnLetters(index + 1)}${first}`;
  const done = `=AND(${cell(status)}="Réalisée",${RULE_MARKER}=0)`;
  const late =
    end < 0
      ? null
      : `=AND(ISNUMBER(${cell(end)}),${cell(end)}<TODAY(),${cell(status)}<>"Réalisée",${cell(status)}<>"Annulée",${RULE_MARKER}=0)`;
  const range = target.sheet.getRange(
    first,
    1,
    Math.max(1, maxRows - target.headerRow),
    target.header.length,
  );
  const rule = (formula: string, color: string) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setFontColor(color)
      .setRanges([range])
      .build();
  const rules = [rule(done, DONE_FONT), ...(late ? [rule(late, LATE_FONT)] : [])];
  target.sheet.setConditionalFormatRules([...otherRules, ...rules]);
}

function isOwnRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((value) => typeof value === "string" && value.includes(RULE_MARKER));
}

function protectHeader(headerRange: Range, language: Language): void {
  headerRange.protect().setDescription(messages(language).ui.server.headerProtection).setWarningOnly(true);
}
