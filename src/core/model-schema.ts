/**
 * The zod schemas of the plan model (src/core/model.ts), for what checks a plan as data rather than
 * building it: the tests check the CLI's JSON and the Structurer's output against them. Each is
 * typed against its model type, so the two cannot drift. Never imported by the add-on's bundle
 * (it would build them all at every execution's start).
 */
import * as z from "zod";
import {
  type Action,
  DEADLINE_KINDS,
  type Deadline,
  type Extras,
  ISO_DATE_PATTERN,
  LANGUAGES,
  type Objective,
  type Orientation,
  type Owner,
  type Plan,
  type Problem,
  type RosterEntry,
  SEVERITIES,
  type Settings,
  STATUSES,
} from "./model";

export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN, "date attendue au format AAAA-MM-JJ");

export const DeadlineSchema: z.ZodType<Deadline> = z.object({
  text: z.string(),
  kind: z.enum(DEADLINE_KINDS).nullable(),
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
});

export const OwnerSchema: z.ZodType<Owner> = z.object({
  text: z.string(),
  name: z.string().nullable(),
  suggestions: z.array(z.string()).optional(),
});

export const ExtrasSchema: z.ZodType<Extras> = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export const ActionSchema: z.ZodType<Action> = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  ownersText: z.string(),
  owners: z.array(OwnerSchema),
  deadline: DeadlineSchema,
  status: z.enum(STATUSES).nullable(),
  progress: z.number().min(0).max(100).nullable(),
  budget: z.union([z.number(), z.string()]).nullable(),
  partners: z.string().nullable(),
  indicators: z.string().nullable(),
  expectedResult: z.string().nullable(),
  notes: z.string().nullable(),
  lastUpdate: IsoDateSchema.nullable(),
  periods: z.array(z.string()),
  extra: ExtrasSchema,
});

export const ObjectiveSchema: z.ZodType<Objective> = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  group: z.string().nullable(),
  indicators: z.string().nullable(),
  expectedResults: z.string().nullable(),
  notes: z.string().nullable(),
  actions: z.array(ActionSchema),
  extra: ExtrasSchema,
});

export const OrientationSchema: z.ZodType<Orientation> = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  objectives: z.array(ObjectiveSchema),
  extra: ExtrasSchema,
});

export const RosterEntrySchema: z.ZodType<RosterEntry> = z.object({
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  aliases: z.array(z.string()),
});

export const SettingsSchema: z.ZodType<Settings> = z.object({
  organisation: z.string().nullable(),
  planName: z.string().nullable(),
  mission: z.string().nullable(),
  vision: z.string().nullable(),
  /** Absent from plans written before it existed. */
  values: z.string().nullable().default(null),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  fiscalStartMonth: z.number().int().min(1).max(12),
  language: z.enum(LANGUAGES),
  reportLink: z.string().nullable(),
  /** The board's words for the annual report; absent from plans written before they existed. */
  presidentMessage: z.string().nullable().default(null),
  highlights: z.string().nullable().default(null),
});

export const PlanSchema: z.ZodType<Plan> = z.object({
  settings: SettingsSchema,
  orientations: z.array(OrientationSchema),
  roster: z.array(RosterEntrySchema),
});

export const ProblemSchema: z.ZodType<Problem> = z.object({
  severity: z.enum(SEVERITIES),
  code: z.string(),
  message: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
});
