/**
 * The sidebar ↔ server contract: `RPC_CONTRACT` is the one list of server calls, each with its
 * argument schema and result type. The exported globals of src/gas/main.ts are checked against it
 * (a missing, extra or mistyped one is a compile error), the pages' typed `google.script.run`
 * (src/ui/shared/rpc.ts) derives `ServerApi` from it, and the bundle test reads its names.
 * Arguments are zod schemas (the client is untrusted: every call parses its argument first), built
 * on first use so that loading the bundle builds none; results are plain JSON types (no Date: ISO
 * strings). The pages import this file with `import type` only, so no server code reaches them.
 */
import * as z from "zod";
import { lazy } from "../../core/lazy";
import { IsoDateSchema, type Problem, STATUSES, type Status } from "../../core/model";

const text = (max: number) => z.string().max(max);

export const newActionInput = lazy(() =>
  z.object({
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
  }),
);
export type NewActionInput = z.input<ReturnType<typeof newActionInput>>;
export type NewAction = z.output<ReturnType<typeof newActionInput>>;

export const actionUpdateInput = lazy(() =>
  z.object({
    code: text(50).min(1),
    /** Where the sidebar read the action: the update is refused if the row no longer holds it. */
    row: z.number().int().min(2).optional(),
    status: z.enum(STATUSES).optional(),
    progress: z.number().min(0).max(100).nullable().optional(),
    notes: text(50000).optional(),
    deadline: text(200).optional(),
    title: text(2000).trim().min(1).optional(),
    description: text(50000).optional(),
    owners: text(2000).optional(),
    budget: z
      .union([z.number().min(0), text(200)])
      .nullable()
      .optional(),
    /** Another objective: the action moves there with a new code and a note of its old one. */
    objectiveCode: text(50).min(1).optional(),
    /** The plan's own columns, by header text. */
    extra: z.record(text(200), text(50000)).optional(),
  }),
);
export type ActionUpdateInput = z.input<ReturnType<typeof actionUpdateInput>>;
export type ActionUpdate = z.output<ReturnType<typeof actionUpdateInput>>;

const deadlineText = lazy(() => text(200));

const cellLocation = lazy(() =>
  z.object({
    sheet: text(200).min(1),
    row: z.number().int().min(1),
    column: text(200).nullable(),
  }),
);
export type CellLocation = z.infer<ReturnType<typeof cellLocation>>;

const actionCode = lazy(() => text(50).min(1));

/** A fix offered with a problem (core ProblemFix), on the problem's row and sheet. */
export const fixInput = lazy(() =>
  z.object({
    sheet: text(200).min(1),
    row: z.number().int().min(1),
    column: text(200).min(1),
    from: z.union([text(2000), z.number(), z.null()]),
    value: z.union([text(2000), z.number()]),
  }),
);
export type FixInput = z.output<ReturnType<typeof fixInput>>;

const ownerName = lazy(() => text(500));

const searchQuery = lazy(() => text(200));

export const reportRequest = lazy(() =>
  z.object({
    period: z.object({ label: text(50), start: IsoDateSchema, end: IsoDateSchema }),
    language: z.enum(["fr", "en"]),
    includeOwners: z.boolean().default(true),
    includeCompletedDetail: z.boolean().default(true),
  }),
);
export type ReportRequest = z.input<ReturnType<typeof reportRequest>>;
export type ReportRequestData = z.output<ReturnType<typeof reportRequest>>;

/** One server call: its argument's schema (null for a call without argument) and its result type. */
export interface Rpc<S extends z.ZodType | undefined, R> {
  readonly argument: S extends z.ZodType ? () => S : null;
  /** Types only: never set. */
  readonly types?: { argument: S; result: R };
}

const takes = <S extends z.ZodType>(argument: () => S) => ({
  returns: <R>() => ({ argument }) as Rpc<S, R>,
});
const returns = <R>() => ({ argument: null }) as Rpc<undefined, R>;

/** Every server call the pages make, by its global name in dist/Code.js. Add a call here. */
export const RPC_CONTRACT = {
  getSidebarData: returns<SidebarData>(),
  previewDeadline: takes(deadlineText).returns<DeadlinePreview>(),
  addAction: takes(newActionInput).returns<WriteResult>(),
  updateAction: takes(actionUpdateInput).returns<WriteResult>(),
  getAction: takes(actionCode).returns<ActionView | null>(),
  applyFix: takes(fixInput).returns<WriteResult>(),
  getOwnerActions: takes(ownerName).returns<OwnerAction[]>(),
  findActions: takes(searchQuery).returns<ActionChoice[]>(),
  selectCell: takes(cellLocation).returns<void>(),
  getReportOptions: returns<ReportDialogOptions>(),
  generateReport: takes(reportRequest).returns<GeneratedReport>(),
};

export type RpcName = keyof typeof RPC_CONTRACT;
type Types<K extends RpcName> = NonNullable<(typeof RPC_CONTRACT)[K]["types"]>;
type ArgumentOf<K extends RpcName> = Types<K>["argument"];
type ResultOf<K extends RpcName> = Types<K>["result"];

/** What the pages call: each argument as its schema takes it in. */
export type ServerApi = {
  [K in RpcName]: ArgumentOf<K> extends z.ZodType
    ? (argument: z.input<ArgumentOf<K>>) => ResultOf<K>
    : () => ResultOf<K>;
};

/** What main.ts exports: each argument as the untrusted page sent it, parsed by the call. */
export type ServerHandlers = {
  [K in RpcName]: ArgumentOf<K> extends z.ZodType ? (argument: unknown) => ResultOf<K> : () => ResultOf<K>;
};

/** What the report dialog offers: the plan's fiscal years, the last finished one chosen. */
export interface ReportDialogOptions {
  periods: { label: string; start: string; end: string }[];
  defaultPeriod: string;
  language: "fr" | "en";
}

export interface GeneratedReport {
  url: string;
  name: string;
  /** False when Drive kept the Doc in My Drive instead of the spreadsheet's folder. */
  movedNextToSpreadsheet: boolean;
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
  description: string;
  /** As the cell shows it (« 1 500 $ »). */
  budget: string;
  /** The plan's own columns, in sheet order. */
  extra: { header: string; value: string }[];
}

/** An action offered by the « Mettre à jour » picker. */
export interface ActionChoice {
  code: string;
  title: string;
}

/** One line of « Mes actions »: late ones first. */
export interface OwnerAction {
  code: string;
  sheet: string;
  row: number;
  title: string;
  deadline: string;
  status: Status | null;
  late: boolean;
}

/** A kind of problem (« 80 actions en retard »): its count, and its first page of problems. */
export interface ProblemGroupView {
  severity: Problem["severity"];
  code: string;
  title: string;
  count: number;
  problems: Problem[];
}

/**
 * The tab the sidebar opens on. The server appends `<div hidden data-boussole-view="problems">` to
 * Sidebar.html when it opens the sidebar for a purpose (« Valider le plan » → "problems").
 */
export type SidebarView = "add" | "update" | "mine" | "problems";

export interface SidebarData {
  language: "fr" | "en";
  orientations: { code: string; title: string; objectives: { code: string; title: string }[] }[];
  roster: { name: string; role: string | null }[];
  /** How many actions the plan has (the picker asks findActions for them, a page at a time). */
  actionCount: number;
  /** The action on the row under the cursor in the Actions sheet, if any. */
  current: ActionView | null;
  /** The person using the sidebar, as the roster names them (matched by e-mail), if found. */
  me: string | null;
  /** Errors first, grouped by kind (src/core/validate/order.ts), each group's first page. */
  problems: { counts: Record<Problem["severity"], number>; groups: ProblemGroupView[] };
  /**
   * The latest annual report's web address (Paramètres, « Rapport annuel »), only when it is an
   * http(s) address: any other text in that cell gives null.
   */
  reportLink: string | null;
}
