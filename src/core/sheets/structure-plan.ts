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
import { dueDate } from "../deadline";
import { examplePlan } from "../example/plan";
import { messages } from "../i18n";
import { pickPlanSheet } from "../import";
import { allActions, type IsoDate, type Language, type Plan, type RosterEntry } from "../model";
import { type DeadlineParser, deadlineContext, deadlineParser, loadPlan } from "../pipeline";
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
import { canonicalSheetsOf, freeSheetName, hasSpecName, headerOf, mayHaveCanonicalPlan } from "./identify";
import { type MergeConflict, mergeSheet, type SheetSnapshot } from "./merge";
import { readSettingsSheet } from "./read";
import { changedBlocks, dayCell, type SheetCell, sheetCell, type WriteBlock } from "./sheet-cells";
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

/** Columns of the Actions sheet that hold days: written as dates, so the « late » rule can compare them. */
const DAY_COLUMNS = [
  PLANNED_END_COLUMN,
  ...ACTIONS_SHEET.columns.filter((column) => column.field === "lastUpdate"),
] as const;

export function planStructure(input: StructureInput): StructureResult {
  const { workbook, language } = input;
  const timeZone = workbook.timeZone;
  const texts = messages(language).ui.server.structure;
  const own = canonicalSheetsOf(workbook.sheets, timeZone);
  const hasCanonical = own.has(ACTIONS_SHEET) || own.has(OBJECTIVES_SHEET);
  const { kind, source, plan, parsed } = choosePlan(input, own, hasCanonical);
  const fresh = plan ? canonicalSheets(plan, { sheets: [...own.values()], timeZone }, language) : [];
  const merged = mergeAll(input, own, fresh);

  const settingsValues = merged.sheets.find((m) => m.spec === SETTINGS_SHEET)?.values;
  const settings = readSettingsSheet(
    settingsValues && { name: SETTINGS_SHEET[language], values: settingsValues },
    timeZone,
    language,
  ).settings;
  const actions = merged.sheets.find((m) => m.spec === ACTIONS_SHEET);
  if (actions) {
    // The import's parser when the settings left its context unchanged: each échéance parsed once.
    const parse = deadlineParser(deadlineContext({ settings }, timeZone), parsed);
    actions.values = withPlannedEnd(actions.values, parse, language);
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
      plannedSheet(spec, name, before, values, timeZone),
    ),
    written: merged.written,
    messages: [
      summary,
      // Rows added to sheets that already existed: on a first import every row is new.
      ...(merged.added > 0 && hasCanonical ? [texts.added(merged.added)] : []),
      ...merged.notes,
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

function plannedSheet(
  spec: SheetSpec,
  name: string,
  before: Cell[][] | null,
  values: Cell[][],
  timeZone: string,
): PlannedSheet {
  const headerAt = Math.max(
    0,
    values.findIndex((row) => !isEmptyRow(row)),
  );
  const header = (values[headerAt] ?? []).map((cell) => cellText(cell, timeZone));
  const days = new Set(
    spec === ACTIONS_SHEET
      ? header.flatMap((text, index) =>
          DAY_COLUMNS.some((column) => matchesName(text, column)) ? [index] : [],
        )
      : [],
  );
  const cells = values.map((row, r) =>
    row.map((cell, c) => (r > headerAt && days.has(c) ? dayCell(cell, timeZone) : sheetCell(cell, timeZone))),
  );
  return {
    spec,
    name,
    exists: before !== null,
    headerRow: headerAt + 1,
    header,
    cells,
    blocks: changedBlocks(before ?? [], cells, timeZone),
  };
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
 * The Actions sheet with its « Fin prévue » column (added at the right when missing) holding each
 * échéance's computed end, which the « late » conditional format compares with TODAY().
 */
function withPlannedEnd(sheet: readonly Cell[][], parse: DeadlineParser, language: Language): Cell[][] {
  const { context } = parse;
  const values = sheet.map((row) => [...row]);
  const headerAt = values.findIndex((row) => !isEmptyRow(row));
  if (headerAt < 0) return values;
  const header = values[headerAt].map((cell) => cellText(cell, context.timeZone));
  const deadline = mapHeader(header, ACTIONS_SHEET).fields.get("deadline");
  if (deadline === undefined) return values;
  let column = header.findIndex((text) => matchesName(text, PLANNED_END_COLUMN));
  if (column < 0) {
    column = header.length;
    for (const row of values) row.push("");
    values[headerAt][column] = PLANNED_END_COLUMN[language];
  }
  for (let r = headerAt + 1; r < values.length; r++) {
    if (isEmptyRow(values[r])) continue;
    // The due day, as the core's « late » rule has it (src/core/deadline/late.ts): none for
    // « En continu », so that the format and the « Tableau de bord » never call it late.
    const end = dueDate(parse(values[r][deadline])) ?? "";
    if (cellText(values[r][column], context.timeZone) !== end) values[r][column] = end;
  }
  return values;
}
