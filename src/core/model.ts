/**
 * The plan model: Plan → Orientation → Objective → Action, plus the roster and settings.
 * Zod schemas are the single source of truth; the types are inferred from them.
 * This is the shape that adapters read from sheets and files, and that the CLI prints as JSON.
 */
import * as z from "zod";
import { STATUSES } from "./status";

/** A day as "YYYY-MM-DD" (a calendar date, never an instant: no time zone attached). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ");
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Statuses as boards write them (French is the stored form; English labels live in i18n). */
export { STATUSES, type Status } from "./status";
export const StatusSchema = z.enum(STATUSES);

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
export const DeadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/** An échéance: the text as written is always kept beside the interval it was understood as. */
export const DeadlineSchema = z.object({
  text: z.string(),
  kind: DeadlineKindSchema.nullable(),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** One owner named in a Responsables cell; `name` is the roster entry it resolved to, if any. */
export const OwnerSchema = z.object({
  text: z.string(),
  name: z.string().nullable(),
  suggestions: z.array(z.string()).optional(),
});
export type Owner = z.infer<typeof OwnerSchema>;

/** A cell of a column Boussole does not know: kept as is, keyed by its header. */
export const ExtraValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ExtraValue = z.infer<typeof ExtraValueSchema>;
export const ExtrasSchema = z.record(z.string(), ExtraValueSchema);
export type Extras = z.infer<typeof ExtrasSchema>;

export const ActionSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** The Responsables cell as written (its separators are the board's own). */
  ownersText: z.string(),
  owners: z.array(OwnerSchema),
  deadline: DeadlineSchema,
  status: StatusSchema.nullable(),
  /** 0–100 (%). */
  progress: z.number().min(0).max(100).nullable(),
  /** A number of dollars when the cell is a number, else the text as written (« À déterminer »). */
  budget: z.union([z.number(), z.string()]).nullable(),
  partners: z.string().nullable(),
  indicators: z.string().nullable(),
  expectedResult: z.string().nullable(),
  notes: z.string().nullable(),
  lastUpdate: IsoDateSchema.nullable(),
  /** Yearly columns marked « X » in the board's layout (« 2011 », « 2012-2013 »). */
  periods: z.array(z.string()),
  extra: ExtrasSchema,
});
export type Action = z.infer<typeof ActionSchema>;

export const ObjectiveSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** A grouping level between orientation and objective (« Volet : administratif »). */
  group: z.string().nullable(),
  indicators: z.string().nullable(),
  expectedResults: z.string().nullable(),
  notes: z.string().nullable(),
  actions: z.array(ActionSchema),
  extra: ExtrasSchema,
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const OrientationSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  objectives: z.array(ObjectiveSchema),
  extra: ExtrasSchema,
});
export type Orientation = z.infer<typeof OrientationSchema>;

export const RosterEntrySchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  aliases: z.array(z.string()),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

export const LanguageSchema = z.enum(["fr", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

export const SettingsSchema = z.object({
  organisation: z.string().nullable(),
  planName: z.string().nullable(),
  mission: z.string().nullable(),
  vision: z.string().nullable(),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  /** 1–12; the exercice starts on the first day of this month (April by default in Quebec). */
  fiscalStartMonth: z.number().int().min(1).max(12),
  language: LanguageSchema,
  /** Link to the last generated annual report, written back by the report feature. */
  reportLink: z.string().nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisation: null,
  planName: null,
  mission: null,
  vision: null,
  periodStart: null,
  periodEnd: null,
  fiscalStartMonth: 4,
  language: "fr",
  reportLink: null,
};

export const PlanSchema = z.object({
  settings: SettingsSchema,
  orientations: z.array(OrientationSchema),
  roster: z.array(RosterEntrySchema),
});
export type Plan = z.infer<typeof PlanSchema>;

export const SEVERITIES = ["error", "warning", "info"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A fix offered with a problem: write `value` in the cell of `column` on the problem's row and
 * sheet, provided the cell still holds `from` (what the fix was computed from).
 */
export const ProblemFixSchema = z.object({
  label: z.string(),
  column: z.string(),
  from: z.union([z.string(), z.number(), z.null()]),
  value: z.union([z.string(), z.number()]),
});
export type ProblemFix = z.infer<typeof ProblemFixSchema>;

/**
 * A problem found in a plan, located where a person can fix it.
 * `row` is the 1-based row of the sheet (as Sheets numbers it); `column` is the header's text.
 */
export const ProblemSchema = z.object({
  severity: SeveritySchema,
  code: z.string(),
  message: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  /** What Boussole knows would fix it, one write each (src/core/validate/fixes.ts). */
  fixes: z.array(ProblemFixSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Builders that fill the optional parts so that every feature creates entities the same way. */
export function emptyDeadline(text = ""): Deadline {
  return { text, kind: null, start: null, end: null };
}

export function newAction({
  code,
  title,
  ...fields
}: Partial<Action> & Pick<Action, "code" | "title">): Action {
  return {
    code,
    title,
    description: null,
    ownersText: "",
    owners: [],
    deadline: emptyDeadline(),
    status: null,
    progress: null,
    budget: null,
    partners: null,
    indicators: null,
    expectedResult: null,
    notes: null,
    lastUpdate: null,
    periods: [],
    extra: {},
    ...fields,
  };
}

export function newObjective({
  code,
  title,
  ...fields
}: Partial<Objective> & Pick<Objective, "code" | "title">): Objective {
  return {
    code,
    title,
    group: null,
    indicators: null,
    expectedResults: null,
    notes: null,
    actions: [],
    extra: {},
    ...fields,
  };
}

export function newOrientation({
  code,
  title,
  ...fields
}: Partial<Orientation> & Pick<Orientation, "code" | "title">): Orientation {
  return { code, title, description: null, objectives: [], extra: {}, ...fields };
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
