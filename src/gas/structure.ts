/**
 * « Structurer le plan »: writes and formats the canonical sheets.
 * - Empty spreadsheet: the sheets with a short example plan.
 * - A sheet in the board's own layout: the pipeline's Structurer import, written beside it (the
 *   source sheet is only read). Its name is remembered, so running again re-imports it.
 * - Running again: rows are merged into what people edited since (core/sync/merge.ts): nothing a
 *   person typed is overwritten; conflicts are reported instead.
 * State (source sheet, hash of each row written) lives in DocumentProperties (state.ts).
 */

import { columnLetters, quotedSheet } from "../core/a1";
import { type Cell, cellText, isEmptyRow, type SheetGrid } from "../core/cells";
import { parseDeadline } from "../core/deadline";
import { examplePlan } from "../core/example/plan";
import { messages } from "../core/i18n";
import { pickPlanSheet } from "../core/import";
import { allActions, type Language, type Plan } from "../core/model";
import { deadlineContext, loadPlan } from "../core/pipeline";
import {
  ACTIONS_SHEET,
  CANONICAL_SHEETS,
  mapHeader,
  matchesName,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  PLANNED_END_COLUMN,
  ROSTER_SHEET,
  SETTING_KEYS,
  SETTINGS_SHEET,
  type SheetSpec,
} from "../core/sheets/columns";
import { hasCanonicalSheets, readCanonicalPlan } from "../core/sheets/read";
import { canonicalSheets } from "../core/sheets/write";
import { type MergeConflict, mergeSheet } from "../core/sync/merge";
import { activeSpreadsheet, languageOf, type Range, type Sheet, type Spreadsheet, todayIn } from "./env";
import {
  type FormatInspection,
  type FormatTarget,
  formatSheet,
  inspectFormatting,
  NEW_SHEET,
  prepareTextColumns,
  protectedHeaders,
  textColumns,
} from "./format";
import { asWorkbook, readSheetData, type SheetData } from "./read";
import { readState, writeState } from "./state";

export interface StructureOutcome {
  kind: "created" | "imported" | "formatted";
  /** What happened, then every conflict, in the spreadsheet's language. */
  messages: string[];
  conflicts: (MergeConflict & { sheet: string })[];
}

const KEY_FIELDS: Record<string, string> = {
  [ORIENTATIONS_SHEET.fr]: "code",
  [OBJECTIVES_SHEET.fr]: "code",
  [ACTIONS_SHEET.fr]: "code",
  [ROSTER_SHEET.fr]: "name",
};

export function structure(): StructureOutcome {
  const spreadsheet = activeSpreadsheet();
  const language = languageOf(spreadsheet);
  const texts = messages(language).ui.server;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const state = readState();
  const listsName = texts.listsSheet;
  const ownSheet = (name: string) =>
    CANONICAL_SHEETS.some((spec) => matchesName(name, spec)) || name === listsName;
  const { all, complete } = readNeededSheets(spreadsheet, (name) => ownSheet(name) || name === state.source);
  const workbook = asWorkbook(all, timeZone);

  const empty = complete && all.every((data) => data.grid.values.every(isEmptyRow));
  const remembered = state.source && all.some((d) => d.grid.name === state.source) ? state.source : undefined;
  // A roster or settings sheet alone is not a plan: the board's own layout is still to be structured.
  const hasCanonical = hasCanonicalSheets(workbook);
  const source =
    remembered ??
    (hasCanonical ? undefined : pickPlanSheet(workbook.sheets.filter((s) => !ownSheet(s.name)))?.name);
  let plan: Plan | null = null;
  if (empty) plan = examplePlan(language);
  else if (source) plan = loadPlan(workbook, { today: todayIn(timeZone), language, sheet: source }).plan;

  const canonical = { sheets: workbook.sheets.filter((s) => ownSheet(s.name)), timeZone };
  const fresh = plan ? canonicalSheets(plan, canonical, language) : [];
  const written = { ...(state.written ?? {}) };
  const conflicts: StructureOutcome["conflicts"] = [];
  const notes: string[] = [];
  let added = 0;
  const targets: { spec: SheetSpec; data: SheetData | undefined; values: Cell[][]; changed: boolean }[] = [];
  for (const spec of CANONICAL_SHEETS) {
    const data = all.find((d) => matchesName(d.grid.name, spec));
    const grid = fresh.find((g) => matchesName(g.name, spec));
    if (!grid) {
      if (data) targets.push({ spec, data, values: data.grid.values, changed: false });
      continue;
    }
    const name = data?.grid.name ?? grid.name;
    const header = (grid.values.find((row) => !isEmptyRow(row)) ?? []).map((cell) =>
      cellText(cell, timeZone),
    );
    const merged = mergeSheet({
      existing: data?.grid ?? null,
      fresh: grid,
      snapshot: written[name],
      timeZone,
      keyOf: keyOf(spec, header),
      known: (text) => spec.columns.some((column) => matchesName(text, column)),
      fillOnly: spec === SETTINGS_SHEET,
    });
    written[name] = merged.snapshot;
    added += merged.added;
    conflicts.push(...merged.conflicts.map((c) => ({ ...c, sheet: name })));
    notes.push(...merged.deleted.map((key) => texts.structure.deleted(name, key)));
    targets.push({ spec, data, values: merged.values, changed: merged.changed });
  }
  const actions = targets.find((t) => t.spec === ACTIONS_SHEET);
  if (
    actions &&
    withPlannedEnd(actions.values, canonicalPlanOf(targets, timeZone, language), timeZone, language)
  ) {
    actions.changed = true;
  }

  // Every read comes before the first write, so that the writes travel as one batch.
  const protectedSheets = protectedHeaders(spreadsheet);
  const prepared = targets.map((target) => prepare(target, protectedSheets, language));
  const sheets = writeAll(spreadsheet, prepared);
  const lists = writeLists(spreadsheet, sheets, listsName, all);
  for (const { target, maxRows, inspection } of sheets) {
    formatSheet(
      target,
      maxRows,
      {
        language,
        objectiveList: lists?.objectives ?? null,
        orientationList: lists?.orientations ?? null,
        rosterNames: rosterRange(sheets),
      },
      inspection,
    );
  }
  // Each insertSheet made the new sheet the active one: show the plan's actions instead.
  if (sheets.some(({ target }) => target.created)) {
    sheets.find(({ target }) => target.spec === ACTIONS_SHEET)?.target.sheet.activate();
  }
  writeState({ ...state, source: source ?? state.source, written });

  const kind: StructureOutcome["kind"] = empty ? "created" : source ? "imported" : "formatted";
  const summary =
    kind === "created"
      ? texts.structure.created
      : kind === "imported" && plan
        ? texts.structure.imported(
            source ?? "",
            plan.orientations.length,
            plan.orientations.flatMap((o) => o.objectives).length,
            allActions(plan).length,
          )
        : texts.structure.formatted;
  const conflictTexts = conflicts.map((c) =>
    texts.structure.conflict(c.sheet, c.row, c.key, c.columns.join(", ")),
  );
  return {
    kind,
    messages: [
      summary,
      // Rows added to sheets that already existed: on a first import every row is new.
      ...(added > 0 && hasCanonical ? [texts.structure.added(added)] : []),
      ...notes,
      ...conflictTexts,
    ],
    conflicts,
  };
}

/**
 * The sheets Structurer reads. Once the plan has its canonical sheets, only the sheets `needed`
 * names (its own, the remembered source): the other tabs of the workbook (archives, notes) cost
 * nothing, however many. Before that, every sheet, to find the plan in the board's own layout.
 */
function readNeededSheets(
  spreadsheet: Spreadsheet,
  needed: (name: string) => boolean,
): { all: SheetData[]; complete: boolean } {
  const sheets = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const structured = hasCanonicalSheets({
    sheets: sheets.map(({ name }) => ({ name, values: [] })),
    timeZone: "UTC",
  });
  const read = structured ? sheets.filter(({ name }) => needed(name)) : sheets;
  return {
    all: read.map(({ sheet, name }) => readSheetData(sheet, name)),
    complete: read.length === sheets.length,
  };
}

function keyOf(spec: SheetSpec, header: readonly string[]): (cells: readonly string[]) => string {
  // The settings' labels in either language designate the same setting.
  if (spec === SETTINGS_SHEET) {
    return (cells) =>
      SETTING_KEYS.find((key) => matchesName(cells[0] ?? "", key))?.field ?? (cells[0] ?? "").trim();
  }
  const index = mapHeader(header, spec).fields.get(KEY_FIELDS[spec.fr]) ?? 0;
  return (cells) => (cells[index] ?? "").trim();
}

function canonicalPlanOf(
  targets: readonly { spec: SheetSpec; values: Cell[][] }[],
  timeZone: string,
  language: Language,
): Plan {
  const sheets = targets
    .filter((t) => t.spec === SETTINGS_SHEET)
    .map((t) => ({ name: SETTINGS_SHEET.fr, values: t.values }));
  return readCanonicalPlan({ sheets, timeZone }, language).plan;
}

/**
 * Fills the « Fin prévue » column (added at the right when missing) with each échéance's computed
 * end, which the « late » conditional format compares with TODAY(). True when something changed.
 */
function withPlannedEnd(values: Cell[][], plan: Plan, timeZone: string, language: Language): boolean {
  const headerAt = values.findIndex((row) => !isEmptyRow(row));
  if (headerAt < 0) return false;
  const header = values[headerAt].map((cell) => cellText(cell, timeZone));
  const deadline = mapHeader(header, ACTIONS_SHEET).fields.get("deadline");
  if (deadline === undefined) return false;
  let column = header.findIndex((text) => matchesName(text, PLANNED_END_COLUMN));
  let changed = false;
  if (column < 0) {
    column = header.length;
    for (const row of values) row.push("");
    values[headerAt][column] = PLANNED_END_COLUMN[language];
    changed = true;
  }
  const context = deadlineContext(plan, timeZone);
  for (let r = headerAt + 1; r < values.length; r++) {
    if (isEmptyRow(values[r])) continue;
    const end = parseDeadline(values[r][deadline], context).end ?? "";
    if (cellText(values[r][column], timeZone) !== end) {
      values[r][column] = end;
      changed = true;
    }
  }
  return changed;
}

interface Target {
  spec: SheetSpec;
  data: SheetData | undefined;
  values: Cell[][];
  changed: boolean;
}

/** A sheet to write, with what was read of it beforehand. */
interface Prepared extends Target {
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

interface Written {
  target: FormatTarget;
  maxRows: number;
  inspection: FormatInspection;
}

/** The reads a sheet needs before it is written: its changed block and its formatting. */
function prepare(target: Target, protectedSheets: ReadonlySet<string>, language: Language): Prepared {
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
function writeAll(spreadsheet: Spreadsheet, prepared: readonly Prepared[]): Written[] {
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
  const right = Math.min(bounds.right, Math.max(0, ...before.values.map((row) => row.length)) - 1);
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
function writeLists(
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

function rosterRange(written: readonly Written[]): Range | null {
  const roster = written.find((w) => w.target.spec === ROSTER_SHEET);
  if (!roster) return null;
  const { target, maxRows } = roster;
  const name = mapHeader(target.header, ROSTER_SHEET).fields.get("name");
  if (name === undefined) return null;
  return target.sheet.getRange(target.headerRow + 1, name + 1, Math.max(1, maxRows - target.headerRow), 1);
}
