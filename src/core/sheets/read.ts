/**
 * Reads a plan from the canonical sheets, by header name. Every value that cannot be understood is
 * reported with its location and kept (as text in the model, or as the user's own column): the
 * reader never drops a cell.
 */
import { type Cell, cellText, isEmptyRow, type SheetGrid, type WorkbookGrid } from "../cells";
import { messages } from "../i18n";
import {
  type Action,
  DEFAULT_SETTINGS,
  type Extras,
  emptyDeadline,
  type Language,
  newAction,
  newObjective,
  newOrientation,
  type Objective,
  type Orientation,
  type Plan,
  type Problem,
  type RosterEntry,
  type Settings,
} from "../model";
import { parseAliases } from "../owners/roster";
import { normalizeKey } from "../text";
import { type Locate, type Location, problem } from "../validate/context";
import { optionalText, parseBudget, parseDateCell, parseProgress, parseStatus } from "../values";
import {
  ACTIONS_SHEET,
  mapHeader,
  matchesName,
  OBJECTIVES_SHEET,
  ORIENTATIONS_SHEET,
  ROSTER_SHEET,
  referenceCode,
  SETTING_KEYS,
  SETTINGS_SHEET,
  type SheetSpec,
} from "./columns";
import { canonicalSheet, hasCanonicalPlan } from "./identify";
import { readSettingValue } from "./settings";

export interface CanonicalReadResult {
  plan: Plan;
  problems: Problem[];
  locate: Locate;
}

interface RowSource {
  sheet: string;
  row: number;
  headers: Map<string, string>;
}

/** One non-blank row under the header. */
interface SheetRow {
  cells: readonly Cell[];
  extra: Extras;
  source: RowSource;
}

/**
 * A sheet's rows and, once for the sheet, each field's column index (-1 when the header lacks it):
 * a row's cell is `at(row, column.field)`, with no accessor built per row.
 */
interface SheetRows<F extends string> {
  column: Record<F, number>;
  rows: SheetRow[];
}

function at(row: SheetRow, index: number): Cell {
  return index < 0 ? "" : (row.cells[index] ?? "");
}

/** True when the workbook has the canonical Actions or Objectifs sheet, by name and header (identify.ts). */
export function hasCanonicalSheets(workbook: WorkbookGrid): boolean {
  return hasCanonicalPlan(workbook.sheets, workbook.timeZone);
}

export function readCanonicalPlan(workbook: WorkbookGrid, language: Language = "fr"): CanonicalReadResult {
  const reader = new CanonicalReader(workbook, language);
  return reader.read();
}

/**
 * Readers of one sheet, for callers that need only it: the sheet is given as it was read (any
 * name), so no caller builds a partial workbook around it.
 */
function readerOf(spec: SheetSpec, sheet: SheetGrid | undefined, timeZone: string, language: Language) {
  return new CanonicalReader({ sheets: sheet ? [sheet] : [], timeZone }, language, spec);
}

/** The Paramètres sheet: the plan's settings (defaults where it is absent) and what could not be read. */
export function readSettingsSheet(
  sheet: SheetGrid | undefined,
  timeZone: string,
  language: Language = "fr",
): { settings: Settings; problems: Problem[] } {
  const reader = readerOf(SETTINGS_SHEET, sheet, timeZone, language);
  const settings = reader.readSettings();
  return { settings, problems: reader.problems };
}

/** The Responsables sheet: the roster, each entry located for the problems that name it. */
export function readRosterSheet(
  sheet: SheetGrid | undefined,
  timeZone: string,
  language: Language = "fr",
): { roster: RosterEntry[]; locate: Locate } {
  const reader = readerOf(ROSTER_SHEET, sheet, timeZone, language);
  const roster = reader.readRoster();
  return { roster, locate: (entity, field) => reader.locate(entity, field) };
}

/** The Objectifs sheet alone: every objective with its code, in sheet order (no orientation needed). */
export function readObjectivesSheet(
  sheet: SheetGrid | undefined,
  timeZone: string,
  language: Language = "fr",
): Objective[] {
  const reader = readerOf(OBJECTIVES_SHEET, sheet, timeZone, language);
  // Without the Orientations sheet every objective lands under the placeholder: the list keeps them all.
  const orientations: Orientation[] = [];
  reader.readObjectives(orientations, new ReferenceIndex<Orientation>());
  return orientations.flatMap((orientation) => orientation.objectives);
}

type ActionField = (typeof ACTIONS_SHEET)["columns"][number]["field"];

class CanonicalReader {
  /** A Map, not a WeakMap: it lives as long as `locate`, and a WeakMap's bookkeeping cost more. */
  private readonly sources = new Map<object, RowSource>();
  readonly problems: Problem[] = [];
  private readonly text = messages(this.language).sheets;

  /** `only`: the one sheet a single-sheet reader was given, whatever its name. */
  constructor(
    private readonly workbook: WorkbookGrid,
    private readonly language: Language,
    private readonly only?: SheetSpec,
  ) {}

  private sheetOf(spec: SheetSpec): SheetGrid | undefined {
    if (this.only) return this.only === spec ? this.workbook.sheets[0] : undefined;
    return canonicalSheet(this.workbook.sheets, spec, this.workbook.timeZone);
  }

  read(): CanonicalReadResult {
    const settings = this.readSettings();
    const { orientations, index } = this.readOrientations();
    const objectives = this.readObjectives(orientations, index);
    this.readActions(objectives, orientations);
    const roster = this.readRoster();
    const plan: Plan = { settings, orientations, roster };
    // Plan-wide problems (« the roster is empty ») point at the Responsables sheet.
    const rosterSheet = this.sheetOf(ROSTER_SHEET)?.name ?? ROSTER_SHEET[this.language];
    this.sources.set(plan, { sheet: rosterSheet, row: 1, headers: new Map() });
    return {
      plan,
      problems: this.problems,
      locate: (entity, field) => this.locate(entity, field),
    };
  }

  locate(entity: object, field: string): Location {
    const source = this.sources.get(entity);
    if (!source) return { sheet: null, row: null, column: null };
    return { sheet: source.sheet, row: source.row, column: source.headers.get(field) ?? null };
  }

  /** Rows of a sheet, skipping blank rows; the header is the first non-blank row. */
  private rows<F extends string>(spec: SheetSpec<F>): SheetRows<F> {
    const column = {} as Record<F, number>;
    for (const { field } of spec.columns) column[field] = -1;
    const rows: SheetRow[] = [];
    const sheet = this.sheetOf(spec);
    if (!sheet) return { column, rows };
    const { values } = sheet;
    const headerIndex = values.findIndex((row) => !isEmptyRow(row));
    if (headerIndex < 0) return { column, rows };
    const headerRow = values[headerIndex].map((cell) => cellText(cell, this.workbook.timeZone));
    const { fields, extras } = mapHeader(headerRow, spec);
    // As a list, read by index on every row: a Map's iterator allocates per row.
    const extraColumns = [...extras];
    const headers = new Map<string, string>();
    for (const [field, index] of fields) {
      column[field] = index;
      headers.set(field, headerRow[index]);
    }
    for (let index = headerIndex + 1; index < values.length; index++) {
      const cells = values[index];
      if (isEmptyRow(cells)) continue;
      const source: RowSource = { sheet: sheet.name, row: index + 1, headers };
      rows.push({ cells, extra: this.extras(cells, extraColumns), source });
    }
    return { column, rows };
  }

  private extras(cells: readonly Cell[], extras: ReadonlyArray<readonly [number, string]>): Extras {
    const out: Extras = {};
    for (let i = 0; i < extras.length; i++) {
      const [index, header] = extras[i];
      const cell = cells[index] ?? "";
      out[header] = cell instanceof Date ? cellText(cell, this.workbook.timeZone) : cell === "" ? null : cell;
    }
    return out;
  }

  private str(cell: Cell): string {
    return cellText(cell, this.workbook.timeZone);
  }

  private report(
    severity: Problem["severity"],
    code: string,
    message: string,
    source: RowSource,
    field: string,
  ) {
    this.problems.push(
      problem(severity, code, message, {
        sheet: source.sheet,
        row: source.row,
        column: source.headers.get(field) ?? null,
      }),
    );
  }

  private track<T extends object>(entity: T, source: RowSource): T {
    this.sources.set(entity, source);
    return entity;
  }

  readSettings(): Settings {
    const sheet = this.sheetOf(SETTINGS_SHEET);
    const settings: Settings = { ...DEFAULT_SETTINGS, language: this.language };
    if (!sheet) return settings;
    sheet.values.forEach((row, index) => {
      const key = SETTING_KEYS.find((k) => matchesName(this.str(row[0] ?? ""), k));
      if (!key) return;
      const outcome = readSettingValue(key.field, row[1] ?? "", this.workbook.timeZone);
      if (outcome.ok) Object.assign(settings, { [key.field]: outcome.value });
      else
        this.problems.push(
          problem(
            "error",
            "settings.invalid",
            this.text.invalidSetting(key[this.language], outcome.text, outcome.hint),
            {
              sheet: sheet.name,
              row: index + 1,
              column: SETTINGS_SHEET.columns[1][this.language],
            },
          ),
        );
    });
    return settings;
  }

  private readOrientations(): { orientations: Orientation[]; index: ReferenceIndex<Orientation> } {
    const orientations: Orientation[] = [];
    const index = new ReferenceIndex<Orientation>();
    const { column, rows } = this.rows(ORIENTATIONS_SHEET);
    for (const row of rows) {
      const { source } = row;
      const code = this.str(at(row, column.code)) || String(orientations.length + 1);
      const orientation = newOrientation({
        code,
        title: this.str(at(row, column.title)),
        description: optionalText(at(row, column.description), this.workbook.timeZone),
        extra: row.extra,
      });
      if (!index.add(orientation)) {
        this.report("error", "structure.duplicateCode", this.text.duplicateCode(code), source, "code");
      }
      orientations.push(this.track(orientation, source));
    }
    return { orientations, index };
  }

  readObjectives(orientations: Orientation[], orientationIndex: ReferenceIndex<Orientation>) {
    const objectives = new ReferenceIndex<Objective>();
    const tz = this.workbook.timeZone;
    const { column, rows } = this.rows(OBJECTIVES_SHEET);
    for (const [position, row] of rows.entries()) {
      const { source } = row;
      const code = this.str(at(row, column.code)) || String(position + 1);
      const objective = this.track(
        newObjective({
          code,
          title: this.str(at(row, column.title)),
          description: optionalText(at(row, column.description), tz),
          group: optionalText(at(row, column.group), tz),
          indicators: optionalText(at(row, column.indicators), tz),
          expectedResults: optionalText(at(row, column.expectedResults), tz),
          notes: optionalText(at(row, column.notes), tz),
          extra: row.extra,
        }),
        source,
      );
      if (!objectives.add(objective)) {
        this.report("error", "structure.duplicateCode", this.text.duplicateCode(code), source, "code");
      }
      const reference = this.str(at(row, column.orientation));
      const parent = orientationIndex.find(reference);
      if (parent) parent.objectives.push(objective);
      else {
        this.report(
          "error",
          "structure.objectiveWithoutOrientation",
          this.text.objectiveWithoutOrientation(code, reference),
          source,
          "orientation",
        );
        placeholder(orientations, this.text.noOrientation).objectives.push(objective);
      }
    }
    return objectives;
  }

  private readActions(objectives: ReferenceIndex<Objective>, orientations: Orientation[]): void {
    const seen = new Set<string>();
    // Thousands of actions name a few objectives: each reference is resolved once.
    const parents = new Map<string, Objective | undefined>();
    const { column, rows } = this.rows(ACTIONS_SHEET);
    for (const row of rows) {
      const { source } = row;
      const action = this.track(this.readAction(row, column), source);
      if (seen.has(action.code)) {
        this.report("error", "structure.duplicateCode", this.text.duplicateCode(action.code), source, "code");
      }
      seen.add(action.code);
      const reference = this.str(at(row, column.objective));
      let parent = parents.get(reference);
      if (parent === undefined && !parents.has(reference)) {
        parent = objectives.find(reference);
        parents.set(reference, parent);
      }
      if (parent) parent.actions.push(action);
      else {
        this.report(
          "error",
          "structure.actionWithoutObjective",
          this.text.actionWithoutObjective(action.code, reference),
          source,
          "objective",
        );
        const orphans = placeholder(orientations, this.text.noOrientation);
        let bucket = orphans.objectives.find(isPlaceholder);
        if (!bucket) {
          bucket = newObjective({ code: PLACEHOLDER_CODE, title: this.text.noObjective });
          orphans.objectives.push(bucket);
        }
        bucket.actions.push(action);
      }
    }
  }

  private readAction(row: SheetRow, column: SheetRows<ActionField>["column"]): Action {
    const { source } = row;
    const tz = this.workbook.timeZone;
    const statusCell = at(row, column.status);
    const status = parseStatus(statusCell);
    if (status === undefined)
      this.report("error", "status.invalid", this.text.invalidStatus(this.str(statusCell)), source, "status");
    const progressCell = at(row, column.progress);
    const progress = parseProgress(progressCell);
    if (progress === undefined)
      this.report(
        "error",
        "progress.invalid",
        this.text.invalidProgress(this.str(progressCell)),
        source,
        "progress",
      );
    const updateCell = at(row, column.lastUpdate);
    const lastUpdate = parseDateCell(updateCell, tz);
    if (lastUpdate === undefined)
      this.report(
        "warning",
        "lastUpdate.invalid",
        this.text.invalidDate(this.str(updateCell)),
        source,
        "lastUpdate",
      );
    const deadlineCell = at(row, column.deadline);
    return newAction({
      code: this.str(at(row, column.code)),
      title: this.str(at(row, column.title)),
      description: optionalText(at(row, column.description), tz),
      ownersText: this.str(at(row, column.owners)),
      deadline: emptyDeadline(this.str(deadlineCell)),
      status: status ?? null,
      progress: progress ?? null,
      budget: parseBudget(at(row, column.budget)),
      partners: optionalText(at(row, column.partners), tz),
      indicators: optionalText(at(row, column.indicators), tz),
      expectedResult: optionalText(at(row, column.expectedResult), tz),
      notes: optionalText(at(row, column.notes), tz),
      periods: splitList(this.str(at(row, column.periods))),
      lastUpdate: lastUpdate ?? null,
      extra: row.extra,
    });
  }

  readRoster(): RosterEntry[] {
    const { column, rows } = this.rows(ROSTER_SHEET);
    return rows.map((row) =>
      this.track(
        {
          name: this.str(at(row, column.name)),
          role: optionalText(at(row, column.role), this.workbook.timeZone),
          email: optionalText(at(row, column.email), this.workbook.timeZone),
          aliases: parseAliases(this.str(at(row, column.aliases))),
        },
        row.source,
      ),
    );
  }
}

/** Code of the entries that hold orphans (an action whose objective does not exist, …). */
export const PLACEHOLDER_CODE = "?";

function isPlaceholder(entity: { code: string }): boolean {
  return entity.code === PLACEHOLDER_CODE;
}

/** Orphans are kept under a visible « (sans orientation) » entry rather than dropped. */
function placeholder(orientations: Orientation[], title: string): Orientation {
  let found = orientations.find(isPlaceholder);
  if (!found) {
    found = newOrientation({ code: PLACEHOLDER_CODE, title });
    orientations.push(found);
  }
  return found;
}

/**
 * Finds an entity by « 1.2 — Titre », « 1.2 » or its title alone, in constant time. The first
 * entity of a code wins: a duplicate is reported, not used as a parent.
 */
class ReferenceIndex<T extends { code: string; title: string }> {
  private readonly byCode = new Map<string, T>();
  private readonly entities: T[] = [];
  /** Built on the first lookup by title: references by code, the usual ones, never need it. */
  private byTitle: Map<string, T> | null = null;

  /** False when the code was already taken. */
  add(entity: T): boolean {
    this.entities.push(entity);
    this.byTitle = null;
    if (this.byCode.has(entity.code)) return false;
    this.byCode.set(entity.code, entity);
    return true;
  }

  find(reference: string): T | undefined {
    if (reference === "") return undefined;
    return this.byCode.get(referenceCode(reference)) ?? this.titles().get(normalizeKey(reference));
  }

  private titles(): Map<string, T> {
    if (!this.byTitle) {
      this.byTitle = new Map();
      for (const entity of this.entities) {
        const key = normalizeKey(entity.title);
        if (!this.byTitle.has(key)) this.byTitle.set(key, entity);
      }
    }
    return this.byTitle;
  }
}

function splitList(text: string): string[] {
  if (text === "") return [];
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
