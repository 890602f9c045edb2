/**
 * « Structurer le plan »: writes and formats the canonical sheets.
 * - Empty spreadsheet: the sheets with a short example plan.
 * - A sheet in the board's own layout: the pipeline's Structurer import, written beside it (the
 *   source sheet is only read). Its name is remembered, so running again re-imports it.
 * - Running again: rows are merged into what people edited since (core/sync/merge.ts): nothing a
 *   person typed is overwritten; conflicts are reported instead.
 * State (source sheet, hash of each row written) lives in DocumentProperties (state.ts); the
 * writing itself, reads first and then one batch of changes, is write-sheets.ts.
 */

import { type Cell, cellText, isEmptyRow } from "../core/cells";
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
import { type MergeConflict, mergeSheet } from "../core/sheets/merge";
import { hasCanonicalSheets, readCanonicalPlan } from "../core/sheets/read";
import { canonicalSheets } from "../core/sheets/write";
import { writeDashboard } from "./dashboard";
import { activeSpreadsheet, languageOf, type Spreadsheet, todayIn } from "./env";
import { formatSheet, protectedHeaders } from "./format";
import { asWorkbook, readSheetData, type SheetData } from "./read";
import { readState, writeState } from "./state";
import { prepare, rosterRange, writeAll, writeLists } from "./write-sheets";

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
  const canonicalNow = targets.map((t) => ({
    name: t.data?.grid.name ?? t.spec[language],
    values: t.values,
  }));
  writeDashboard(
    spreadsheet,
    { sheets: canonicalNow, timeZone },
    language,
    targets.some((t) => t.changed),
  );
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
  const structured = hasCanonicalSheets({ sheets });
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
