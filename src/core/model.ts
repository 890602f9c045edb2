/**
 * The plan model: Plan → Orientation → Objective → Action, plus the roster and settings.
 * Plain types: nothing in the add-on parses a plan (the adapters build it from cells), so no
 * schema is built when the bundle loads. Their zod schemas (src/core/model-schema.ts) describe the
 * same shapes for what checks a plan as data (the CLI's JSON in the tests), typed against these.
 * This is the shape that adapters read from sheets and files, and that the CLI prints as JSON.
 */
import type { Status } from "./status";

/** A day as "YYYY-MM-DD" (a calendar date, never an instant: no time zone attached). */
export type IsoDate = string;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Statuses as boards write them (French is the stored form; English labels live in i18n). */
export { STATUSES, type Status } from "./status";

export const DEADLINE_KINDS = [
  "date",
  "month",
  "season",
  "quarter",
  "year",
  "fiscal",
  "range",
  "ongoing",
  "recurring",
  "immediate",
  "undetermined",
  "invalid",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** An échéance: the text as written is always kept beside the interval it was understood as. */
export interface Deadline {
  text: string;
  kind: DeadlineKind | null;
  start: IsoDate | null;
  end: IsoDate | null;
}

/** One owner named in a Responsables cell; `name` is the roster entry it resolved to, if any. */
export interface Owner {
  text: string;
  name: string | null;
  suggestions?: string[];
}

/** A cell of a column Boussole does not know: kept as is, keyed by its header. */
export type ExtraValue = string | number | boolean | null;
export type Extras = Record<string, ExtraValue>;

export interface Action {
  code: string;
  title: string;
  description: string | null;
  /** The Responsables cell as written (its separators are the board's own). */
  ownersText: string;
  owners: Owner[];
  deadline: Deadline;
  status: Status | null;
  /** 0–100 (%). */
  progress: number | null;
  /** A number of dollars when the cell is a number, else the text as written (« À déterminer »). */
  budget: number | string | null;
  partners: string | null;
  indicators: string | null;
  expectedResult: string | null;
  notes: string | null;
  lastUpdate: IsoDate | null;
  /** Yearly columns marked « X » in the board's layout (« 2011 », « 2012-2013 »). */
  periods: string[];
  extra: Extras;
}

export interface Objective {
  code: string;
  title: string;
  /** The paragraphs a plan writes under an objective's title, before its actions. */
  description: string | null;
  /** A grouping level between orientation and objective (« Volet : administratif »). */
  group: string | null;
  indicators: string | null;
  expectedResults: string | null;
  notes: string | null;
  actions: Action[];
  extra: Extras;
}

export interface Orientation {
  code: string;
  title: string;
  description: string | null;
  objectives: Objective[];
  extra: Extras;
}

export interface RosterEntry {
  name: string;
  role: string | null;
  email: string | null;
  aliases: string[];
}

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  organisation: string | null;
  planName: string | null;
  mission: string | null;
  vision: string | null;
  /** « Valeurs »: the organisation's values, as its plan states them. */
  values: string | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  /** 1–12; the exercice starts on the first day of this month (April by default in Quebec). */
  fiscalStartMonth: number;
  language: Language;
  /** Link to the last generated annual report, written back by the report feature. */
  reportLink: string | null;
  /** The board's own words for the annual report (« Mot de la présidence », « Faits saillants »). */
  presidentMessage: string | null;
  highlights: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  organisation: null,
  planName: null,
  mission: null,
  vision: null,
  values: null,
  periodStart: null,
  periodEnd: null,
  fiscalStartMonth: 4,
  language: "fr",
  reportLink: null,
  presidentMessage: null,
  highlights: null,
};

export interface Plan {
  settings: Settings;
  orientations: Orientation[];
  roster: RosterEntry[];
}

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A problem found in a plan, located where a person can fix it.
 * `row` is the 1-based row of the sheet (as Sheets numbers it); `column` is the header's text.
 */
export interface Problem {
  severity: Severity;
  code: string;
  message: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** What Boussole knows would fix it, one write each (src/core/validate/fixes.ts). */
  fixes?: ProblemFix[];
}

/**
 * A fix offered with a problem: write `value` in the cell of `column` on the problem's row and
 * sheet, provided the cell still holds `from` (what the fix was computed from).
 */
export interface ProblemFix {
  label: string;
  column: string;
  from: string | number | null;
  value: string | number;
}

/** Builders that fill the optional parts so that every feature creates entities the same way. */
export function emptyDeadline(text = ""): Deadline {
  return { text, kind: null, start: null, end: null };
}

export function newAction(fields: Partial<Action> & Pick<Action, "code" | "title">): Action {
  // Every field named, no rest and spread: the reader calls this once per row, and an object
  // literal of fixed shape is several times cheaper to build, and to read, than a spread one.
  return {
    code: fields.code,
    title: fields.title,
    description: fields.description ?? null,
    ownersText: fields.ownersText ?? "",
    owners: fields.owners ?? [],
    deadline: fields.deadline ?? emptyDeadline(),
    status: fields.status ?? null,
    progress: fields.progress ?? null,
    budget: fields.budget ?? null,
    partners: fields.partners ?? null,
    indicators: fields.indicators ?? null,
    expectedResult: fields.expectedResult ?? null,
    notes: fields.notes ?? null,
    lastUpdate: fields.lastUpdate ?? null,
    periods: fields.periods ?? [],
    extra: fields.extra ?? {},
  };
}

export function newObjective(fields: Partial<Objective> & Pick<Objective, "code" | "title">): Objective {
  return {
    code: fields.code,
    title: fields.title,
    description: fields.description ?? null,
    group: fields.group ?? null,
    indicators: fields.indicators ?? null,
    expectedResults: fields.expectedResults ?? null,
    notes: fields.notes ?? null,
    actions: fields.actions ?? [],
    extra: fields.extra ?? {},
  };
}

export function newOrientation(
  fields: Partial<Orientation> & Pick<Orientation, "code" | "title">,
): Orientation {
  return {
    code: fields.code,
    title: fields.title,
    description: fields.description ?? null,
    objectives: fields.objectives ?? [],
    extra: fields.extra ?? {},
  };
}

export function emptyPlan(settings: Partial<Settings> = {}): Plan {
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, orientations: [], roster: [] };
}

/** Every action with its objective and orientation, in plan order. */
export interface ActionInContext {
  orientation: Orientation;
  objective: Objective;
  action: Action;
}

export function allActions(plan: Plan): ActionInContext[] {
  return plan.orientations.flatMap((orientation) =>
    orientation.objectives.flatMap((objective) =>
      objective.actions.map((action) => ({ orientation, objective, action })),
    ),
  );
}
