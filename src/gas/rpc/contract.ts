/**
 * The sidebar ↔ server contract. Arguments are zod schemas (the client is untrusted: every RPC
 * parses its argument first); results are plain JSON types (no Date: ISO strings). The sidebar
 * imports this file with `import type` only, so no server code reaches the browser.
 */
import * as z from "zod";
import { IsoDateSchema, type Problem, STATUSES, type Status } from "../../core/model";

const text = (max: number) => z.string().max(max);

export const NewActionInputSchema = z.object({
  objectiveCode: text(50).min(1),
  title: text(2000).trim().min(1),
  description: text(50000).default(""),
  owners: text(2000).default(""),
  deadline: text(200).default(""),
  status: z.enum(STATUSES).default("À venir"),
  progress: z.number().min(0).max(100).nullable().default(null),
  budget: z
    .union([z.number().min(0), text(200)])
    .nullable()
    .default(null),
  notes: text(50000).default(""),
});
export type NewActionInput = z.input<typeof NewActionInputSchema>;

export const ActionUpdateInputSchema = z.object({
  code: text(50).min(1),
  /** Where the sidebar read the action: the update is refused if the row no longer holds it. */
  row: z.number().int().min(2).optional(),
  status: z.enum(STATUSES).optional(),
  progress: z.number().min(0).max(100).nullable().optional(),
  notes: text(50000).optional(),
  deadline: text(200).optional(),
});
export type ActionUpdateInput = z.input<typeof ActionUpdateInputSchema>;

export const DeadlinePreviewInputSchema = text(200);

export const CellLocationSchema = z.object({
  sheet: text(200).min(1),
  row: z.number().int().min(1),
  column: text(200).nullable(),
});
export type CellLocation = z.infer<typeof CellLocationSchema>;

export const ActionCodeSchema = text(50).min(1);

export const ReportRequestSchema = z.object({
  period: z.object({ label: text(50), start: IsoDateSchema, end: IsoDateSchema }),
  language: z.enum(["fr", "en"]),
  includeOwners: z.boolean().default(true),
  includeCompletedDetail: z.boolean().default(true),
  /** The appendix of the plan's problems: off unless asked for. */
  includeProblems: z.boolean().default(false),
});
export type ReportRequest = z.input<typeof ReportRequestSchema>;
export type ReportRequestData = z.output<typeof ReportRequestSchema>;

/** What the report dialog offers: the plan's fiscal years, the last finished one chosen. */
export interface ReportDialogOptions {
  periods: { label: string; start: string; end: string }[];
  defaultPeriod: string;
  language: "fr" | "en";
}

export interface GeneratedReport {
  url: string;
  name: string;
  /** The Doc exported as PDF by Google (the person's own session opens it). */
  pdfUrl: string;
}

/** Result of a write: either done, or the reasons in plain words, field by field. */
export type WriteResult =
  | { ok: true; code: string; row: number; message: string }
  | { ok: false; errors: { field: string | null; message: string }[] };

export interface DeadlinePreview {
  kind: string | null;
  start: string | null;
  end: string | null;
  /** « Automne 2020 → 1 sept. – 31 déc. 2020 », or the reason it is not understood. */
  description: string;
  severity: "ok" | "warning" | "error";
}

export interface ActionView {
  code: string;
  row: number;
  objectiveCode: string;
  title: string;
  owners: string;
  deadline: string;
  status: Status | null;
  progress: number | null;
  notes: string;
}

/**
 * The tab the sidebar opens on. The server appends `<div hidden data-boussole-view="problems">` to
 * Sidebar.html when it opens the sidebar for a purpose (« Valider le plan » → "problems").
 */
export type SidebarView = "add" | "update" | "problems";

export interface SidebarData {
  language: "fr" | "en";
  orientations: { code: string; title: string; objectives: { code: string; title: string }[] }[];
  roster: { name: string; role: string | null }[];
  actions: ActionView[];
  /** The action on the row under the cursor in the Actions sheet, if any. */
  current: ActionView | null;
  problems: Problem[];
  /**
   * The latest annual report's web address (Paramètres, « Rapport annuel »), only when it is an
   * http(s) address: any other text in that cell gives null.
   */
  reportLink: string | null;
}
