/**
 * « Structurer le plan », every decision of it, for the add-on and the CLI alike: which sheet holds
 * the plan, how the fresh import merges into the canonical sheets people may have edited since
 * (merge.ts: nothing a person typed is overwritten), the computed « Fin prévue » column, the dates
 * written as dates, and the words of the outcome. It returns the sheets to write, cell by cell with
 * each cell's kind, and the blocks where they differ from what the spreadsheet holds; the adapters
 * only read, call this, and write.
 * - Empty spreadsheet: the sheets with a short example plan.
 * - A sheet in the board's own layout: imported, written beside it (the source is only read); its
 *   name is remembered, so running again re-imports it.
 * - Canonical sheets only: formatted, « Fin prévue » brought up to date, text dates repaired.
 */
import { type Cell, cellText, isEmptyRow, type SheetGrid, type WorkbookGrid } from "../cells";
import { examplePlan } from "../example/plan";
import { messages } from "../i18n";
import { pickPlanSheet } from "../import";
import { allActions, type IsoDate, type Language, type Plan, type RosterEntry } from "../model";
import { type DeadlineParser, deadlineContext, deadlineParser, loadPlan } from "../pipeline";
import { actionsTable } from "./actions-table";
import { type CutTexts, capGrids, cutCells } from "./cell-limit";
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
} from "./columns";
import { type DayColumnFix, dayColumnFixes } from "./day-columns";
import { canonicalSheetsOf, freeSheetName, hasSpecName, headerOf, mayHaveCanonicalPlan } from "./identify";
import { type MergeConflict, mergeSheet, type SheetSnapshot } from "./merge";
import { readSettingsSheet } from "./read";
import { changedBlocks, EMPTY_CELL, type SheetCell, sheetCell, type WriteBlock } from "./sheet-cells";
import { canonicalSheets } from "./write";

export interface StructureInput {
  /** The sheets read, with their values. */
  workbook: WorkbookGrid;
  /** Every sheet's name, read or not: a new sheet must not take one (Sheets ignores case). */
  sheetNames: readonly string[];
  language: Language;
  today: IsoDate;
  /** The sheet imported last time (remembered by the adapter). */
  source?: string;
  /** Per canonical sheet name: what the last run wrote (merge.ts). */
  written?: Readonly<Record<string, SheetSnapshot>>;
  /** The sheet to import, named by the person (the CLI's --sheet); found automatically otherwise. */
  sheet?: string;
  /** A roster from elsewhere (the CLI's --roster). */
  roster?: RosterEntry[];
  /**
   * The most characters a cell holds where the sheets are written (Google Sheets: 50,000): a longer
   * text from the source is written cut, and said (cell-limit.ts). None for a local file.
   */
  cellLimit?: number;
}

/** A canonical sheet as Structurer leaves it. */
export interface PlannedSheet {
  spec: SheetSpec;
  name: string;
  /** False when the sheet is to be created. */
  exists: boolean;
  /** 1-based row of the header. */
  headerRow: number;
  header: string[];
  /** The whole sheet afterwards, rectangular. */
  cells: SheetCell[][];
  /** Where it differs from what the sheet holds: the only cells to write. */
  blocks: WriteBlock[];
}

export type StructureKind = "created" | "imported" | "formatted";

export interface StructureResult {
  kind: StructureKind;
  /** The sheet imported, to remember for the next run. */
  source?: string;
  sheets: PlannedSheet[];
  /** Per canonical sheet name: what this run wrote, to remember for the next one. */
  written: Record<string, SheetSnapshot>;
  /** What happened, then every note and conflict, in the plan's language. */
  messages: string[];
  conflicts: (MergeConflict & { sheet: string })[];
}

/**
 * The sheets to read first: once the spreadsheet may have its canonical sheets, only those, the
 * remembered source and the adapter's own (other tabs cost nothing, however many); before that,
 * every sheet, to find the plan. When what was read holds no canonical plan after all (a board's
 * own sheet called « Actions »), the adapter reads the rest too.
 */
export function sheetsToRead(names: readonly string[], source: string | undefined): string[] {
  if (!mayHaveCanonicalPlan(names)) return [...names];
  const helpers = helperSheetNames();
  return names.filter(
    (name) =>
      name === source || helpers.includes(name) || CANONICAL_SHEETS.some((spec) => hasSpecName(name, spec)),
  );
}

/**
 * The add-on's hidden helper sheets, in either language (a spreadsheet's locale may change): the
 * dropdowns' lists and Structurer's snapshots. Never a plan, and never a canonical sheet.
 */
export function helperSheetNames(): string[] {
  return (["fr", "en"] as const).flatMap((language) => {
    const { listsSheet, stateSheet } = messages(language).ui.server;
    return [listsSheet, stateSheet];
  });
}

const KEY_FIELDS: ReadonlyMap<SheetSpec, string> = new Map<SheetSpec, string>([
  [ORIENTATIONS_SHEET, "code"],
  [OBJECTIVES_SHEET, "code"],
  [ACTIONS_SHEET, "code"],
  [ROSTER_SHEET, "name"],
]);

export function planStructure(input: StructureInput): StructureResult {
  const { workbook, language } = input;
  const timeZone = workbook.timeZone;
  const texts = messages(language).ui.server.structure;
  const own = canonicalSheetsOf(workbook.sheets, timeZone);
  const hasCanonical = own.has(ACTIONS_SHEET) || own.has(OBJECTIVES_SHEET);
  const { kind, source, plan, parsed } = choosePlan(input, own, hasCanonical);
  const fresh = plan ? canonicalSheets(plan, { sheets: [...own.values()], timeZone }, language) : [];
  // Cut before the merge, so that what is remembered as written is what the sheet holds.
  const capped = input.cellLimit === undefined ? null : capGrids(fresh, input.cellLimit);
  const merged = mergeAll(input, own, capped?.grids ?? fresh);

  const settingsValues = merged.sheets.find((m) => m.spec === SETTINGS_SHEET)?.values;
  const settings = readSettingsSheet(
    settingsValues && { name: SETTINGS_SHEET[language], values: settingsValues },
    timeZone,
    language,
  ).settings;
  const actions = merged.sheets.find((m) => m.spec === ACTIONS_SHEET);
  const days = new Map<SheetSpec, DayColumnFix[]>();
  if (actions) {
    actions.values = withPlannedEndColumn(actions.values, timeZone, language);
    // The import's parser when the settings left its context unchanged: each échéance parsed once.
    const parse = deadlineParser(deadlineContext({ settings }, timeZone), parsed);
    const table = actionsTable(actions.values, timeZone);
    if (table) days.set(ACTIONS_SHEET, dayColumnFixes(table, parse));
  }

  const summary =
    kind === "created"
      ? texts.created
      : kind === "imported" && plan
        ? texts.imported(
            source ?? "",
            plan.orientations.length,
            plan.orientations.flatMap((o) => o.objectives).length,
            allActions(plan).length,
          )
        : texts.formatted;
  const { conflicts } = merged;
  return {
    kind,
    source: source ?? input.source,
    sheets: merged.sheets.map(({ spec, name, before, values }) =>
      plannedSheet(spec, name, before, values, timeZone, days.get(spec) ?? []),
    ),
    written: merged.written,
    messages: [
      summary,
      // Rows added to sheets that already existed: on a first import every row is new.
      ...(merged.added > 0 && hasCanonical ? [texts.added(merged.added)] : []),
      ...merged.notes,
      ...(capped && input.cellLimit !== undefined
        ? cutNotes(merged.sheets, capped.cut, input.cellLimit, source ?? "", language)
        : []),
      ...conflicts.map((c) => texts.conflict(c.sheet, c.row, c.key, c.columns.join(", "))),
    ],
    conflicts,
  };
}

/**
 * What this run structures: the example on an empty spreadsheet; else the sheet named (the CLI's
 * --sheet, the remembered source) or, before the canonical sheets exist, the best plan-like sheet
 * that is not Boussole's; else nothing (the canonical sheets are only brought up to date).
 */
function choosePlan(
  input: StructureInput,
  own: ReadonlyMap<SheetSpec, SheetGrid>,
  hasCanonical: boolean,
): { kind: StructureKind; source?: string; plan: Plan | null; parsed?: DeadlineParser } {
  const { workbook, language } = input;
  const ownSheets = new Set(own.values());
  const helpers = helperSheetNames();
  const others = workbook.sheets.filter((sheet) => !ownSheets.has(sheet) && !helpers.includes(sheet.name));
  const complete = workbook.sheets.length === input.sheetNames.length;
  if (complete && workbook.sheets.every((sheet) => sheet.values.every(isEmptyRow)))
    return { kind: "created", plan: examplePlan(language) };
  const named = input.sheet ?? input.source;
  const source =
    named && others.some((sheet) => sheet.name === named)
      ? named
      : hasCanonical
        ? undefined
        : pickPlanSheet(others)?.name;
  if (!source) return { kind: "formatted", plan: null };
  const options = { today: input.today, language, sheet: source, roster: input.roster };
  const loaded = loadPlan(workbook, options);
  return { kind: "imported", source, plan: loaded.plan, parsed: loaded.parseDeadline };
}

interface Merged {
  sheets: { spec: SheetSpec; name: string; before: Cell[][] | null; values: Cell[][] }[];
  written: Record<string, SheetSnapshot>;
  conflicts: StructureResult["conflicts"];
  notes: string[];
  added: number;
}

/** Each fresh sheet merged into the canonical sheet that exists (merge.ts), or into a new one. */
function mergeAll(input: StructureInput, own: ReadonlyMap<SheetSpec, SheetGrid>, fresh: SheetGrid[]): Merged {
  const { language } = input;
  const { timeZone } = input.workbook;
  const texts = messages(language).ui.server.structure;
  const out: Merged = {
    sheets: [],
    written: { ...(input.written ?? {}) },
    conflicts: [],
    notes: [],
    added: 0,
  };
  const taken = [...input.sheetNames];
  for (const spec of CANONICAL_SHEETS) {
    const existing = own.get(spec) ?? null;
    const grid = fresh.find((g) => matchesName(g.name, spec));
    if (!grid) {
      if (existing)
        out.sheets.push({ spec, name: existing.name, before: existing.values, values: existing.values });
      continue;
    }
    const name = existing?.name ?? freeSheetName(spec, language, taken);
    if (!existing) {
      taken.push(name);
      const holder = input.sheetNames.find((other) => other.toLowerCase() === spec[language].toLowerCase());
      if (holder) out.notes.push(texts.nameTaken(holder, name));
    }
    const result = mergeSheet({
      existing,
      fresh: grid,
      snapshot: out.written[name],
      timeZone,
      keyOf: keyOf(spec, headerOf(grid, timeZone)),
      known: (text) => spec.columns.some((column) => matchesName(text, column)),
      fillOnly: spec === SETTINGS_SHEET,
    });
    out.written[name] = result.snapshot;
    out.added += result.added;
    out.conflicts.push(...result.conflicts.map((c) => ({ ...c, sheet: name })));
    out.notes.push(...result.deleted.map((key) => texts.deleted(name, key)));
    out.sheets.push({ spec, name, before: existing?.values ?? null, values: result.values });
  }
  return out;
}

/**
 * A merged sheet as the cells to write, each of its kind; `days`: the cells of « Fin prévue » and
 * « Mise à jour » that must hold a day as a date (day-columns.ts, shared with Valider).
 */
function plannedSheet(
  spec: SheetSpec,
  name: string,
  before: Cell[][] | null,
  values: Cell[][],
  timeZone: string,
  days: readonly DayColumnFix[],
): PlannedSheet {
  const headerAt = Math.max(
    0,
    values.findIndex((row) => !isEmptyRow(row)),
  );
  const cells = values.map((row) => row.map((cell) => sheetCell(cell, timeZone)));
  for (const { column, days: byRow } of days) {
    for (const [row, day] of byRow) cells[row - 1][column] = day === "" ? EMPTY_CELL : { kind: "date", day };
  }
  return {
    spec,
    name,
    exists: before !== null,
    headerRow: headerAt + 1,
    header: (values[headerAt] ?? []).map((cell) => cellText(cell, timeZone)),
    cells,
    blocks: changedBlocks(before ?? [], cells, timeZone),
  };
}

/** Each cell about to hold a text that was cut, said with its sheet and where the whole text is. */
function cutNotes(
  sheets: Merged["sheets"],
  cut: CutTexts,
  limit: number,
  source: string,
  language: Language,
): string[] {
  const texts = messages(language).ui.server.structure;
  return sheets.flatMap(({ name, values }) =>
    cutCells(values, cut).map(({ cell, length }) => texts.cellCut(name, cell, length, limit, source)),
  );
}

function keyOf(spec: SheetSpec, header: readonly string[]): (cells: readonly string[]) => string {
  // The settings' labels in either language designate the same setting.
  if (spec === SETTINGS_SHEET) {
    return (cells) =>
      SETTING_KEYS.find((key) => matchesName(cells[0] ?? "", key))?.field ?? (cells[0] ?? "").trim();
  }
  const index = mapHeader(header, spec).fields.get(KEY_FIELDS.get(spec) ?? "code") ?? 0;
  return (cells) => (cells[index] ?? "").trim();
}

/**
 * The Actions sheet with its « Fin prévue » column, added at the right when missing (when the
 * sheet has an Échéance column): each échéance's computed end, which the « late » conditional
 * format compares with TODAY(), is then filled in by day-columns.ts.
 */
function withPlannedEndColumn(sheet: readonly Cell[][], timeZone: string, language: Language): Cell[][] {
  const values = sheet.map((row) => [...row]);
  const headerAt = values.findIndex((row) => !isEmptyRow(row));
  if (headerAt < 0) return values;
  const header = values[headerAt].map((cell) => cellText(cell, timeZone));
  const { fields } = mapHeader(header, ACTIONS_SHEET);
  if (!fields.has("deadline") || header.some((text) => matchesName(text, PLANNED_END_COLUMN))) return values;
  for (const row of values) row.push("");
  values[headerAt][header.length] = PLANNED_END_COLUMN[language];
  return values;
}
