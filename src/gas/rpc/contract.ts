/**
 * The sidebar ↔ server contract: `RPC_CONTRACT` is the one list of server calls, each with its
 * argument schema and result type. The exported globals of src/gas/main.ts are checked against it
 * (a missing, extra or mistyped one is a compile error), the pages' typed `google.script.run`
 * (src/ui/shared/rpc.ts) derives `ServerApi` from it, and the bundle test reads its names.
 * Arguments are zod schemas (the client is untrusted: every call parses its argument first), built
 * on first use so that loading the bundle builds none; results are plain JSON types (no Date: ISO
 * strings). The pages import this file with `import type` only, so no server code reaches them.
 */
import type * as z from "zod/mini";
import { isValidIsoDate } from "../../core/calendar";
import { MAX_CELL_TEXT } from "../../core/cells";
import { lazy } from "../../core/lazy";
import {
  ISO_DATE_PATTERN,
  LANGUAGES,
  type Problem,
  SEVERITIES,
  STATUSES,
  type Status,
} from "../../core/model";

/** zod, evaluated by the first call that parses an argument (see ./zod.ts). */
declare const require: (id: "./zod") => typeof import("./zod");
const zod = lazy(() => require("./zod"));

const text = (max: number) => zod().string().check(zod().maxLength(max));
const required = (max: number) => zod().string().check(zod().maxLength(max), zod().minLength(1));
const percent = () => zod().number().check(zod().minimum(0), zod().maximum(100));
const isoDate = () => zod().string().check(zod().regex(ISO_DATE_PATTERN));

/**
 * Why a value of the right JSON type is still refused; parse.ts words it in the person's language
 * (`params` of a zod custom issue).
 */
export type Refusal =
  | { reason: "invisible" }
  | { reason: "notADay"; text: string }
  | { reason: "reversedPeriod"; start: string; end: string };

/** A character a person can see: not a blank, a control or a zero-width one (U+200B, U+FEFF…). */
const VISIBLE = /[^\p{Cc}\p{Cf}\p{Z}\s]/u;

/** A text check: empty, or showing something (a title of zero-width or control characters is refused). */
const visible = () =>
  zod().refine<string>((value) => value === "" || VISIBLE.test(value), {
    params: { reason: "invisible" } satisfies Refusal,
  });

/** A day of the calendar as AAAA-MM-JJ (« 2020-02-30 » has the shape and is not); a text not of the shape has the shape's own issue. */
const realDay = () =>
  isoDate().check(
    zod().superRefine((value: string, context) => {
      if (ISO_DATE_PATTERN.test(value) && !isValidIsoDate(value))
        context.issues.push({
          code: "custom",
          input: value,
          params: { reason: "notADay", text: value } satisfies Refusal,
        });
    }),
  );

/** A report's period: real days, the end not before the start, a label that shows. */
const period = () => {
  const z = zod();
  return z.object({ label: text(50).check(visible()), start: realDay(), end: realDay() }).check(
    z.superRefine(({ start, end }, context) => {
      if (isValidIsoDate(start) && isValidIsoDate(end) && start > end)
        context.issues.push({
          code: "custom",
          input: end,
          path: ["end"],
          params: { reason: "reversedPeriod", start, end } satisfies Refusal,
        });
    }),
  );
};

export const newActionInput = lazy(() => {
  const z = zod();
  return z.object({
    objectiveCode: required(50),
    title: z.string().check(z.maxLength(2000), z.trim(), z.minLength(1), visible()),
    description: z._default(text(MAX_CELL_TEXT), ""),
    owners: z._default(text(2000), ""),
    deadline: z._default(text(200), ""),
    status: z._default(z.enum(STATUSES), "À venir"),
    progress: z._default(z.nullable(percent()), null),
    budget: z._default(z.nullable(z.union([z.number().check(z.minimum(0)), text(200)])), null),
    notes: z._default(text(MAX_CELL_TEXT), ""),
  });
});
export type NewActionInput = z.input<ReturnType<typeof newActionInput>>;
export type NewAction = z.output<ReturnType<typeof newActionInput>>;

export const actionUpdateInput = lazy(() => {
  const z = zod();
  return z.object({
    code: required(50),
    /** Where the sidebar read the action: the update is refused if the row no longer holds it. */
    row: z.optional(z.int().check(z.minimum(2))),
    status: z.optional(z.enum(STATUSES)),
    progress: z.optional(z.nullable(percent())),
    notes: z.optional(text(MAX_CELL_TEXT)),
    deadline: z.optional(text(200)),
    title: z.optional(z.string().check(z.maxLength(2000), z.trim(), z.minLength(1), visible())),
    description: z.optional(text(MAX_CELL_TEXT)),
    owners: z.optional(text(2000)),
    budget: z.optional(z.nullable(z.union([z.number().check(z.minimum(0)), text(200)]))),
    /** Another objective: the action moves there with a new code and a note of its old one. */
    objectiveCode: z.optional(required(50)),
    /** The plan's own columns, by header text. */
    extra: z.optional(z.record(text(200), text(MAX_CELL_TEXT))),
  });
});
export type ActionUpdateInput = z.input<ReturnType<typeof actionUpdateInput>>;
export type ActionUpdate = z.output<ReturnType<typeof actionUpdateInput>>;

const deadlineText = lazy(() => text(200));

const cellLocation = lazy(() => {
  const z = zod();
  return z.object({
    sheet: required(200),
    row: z.int().check(z.minimum(1)),
    column: z.nullable(text(200)),
  });
});
export type CellLocation = z.infer<ReturnType<typeof cellLocation>>;

const actionCode = lazy(() => required(50));

/** A fix offered with a problem (core ProblemFix), on the problem's row and sheet. */
export const fixInput = lazy(() => {
  const z = zod();
  return z.object({
    sheet: required(200),
    row: z.int().check(z.minimum(1)),
    column: required(200),
    from: z.nullable(z.union([text(2000), z.number()])),
    value: z.union([text(2000), z.number()]),
  });
});
export type FixInput = z.output<ReturnType<typeof fixInput>>;

/** The next page of one group of problems: its kind, and how many of them the sidebar shows. */
const problemPage = lazy(() => {
  const z = zod();
  return z.object({
    severity: z.enum(SEVERITIES),
    code: required(100),
    offset: z.int().check(z.minimum(0)),
  });
});
export type ProblemPageRequest = z.output<ReturnType<typeof problemPage>>;

const ownerName = lazy(() => text(500));

const searchQuery = lazy(() => text(200));

export const reportRequest = lazy(() => {
  const z = zod();
  return z.object({
    period: period(),
    language: z.enum(LANGUAGES),
    includeOwners: z._default(z.boolean(), true),
    includeCompletedDetail: z._default(z.boolean(), true),
    /** The appendix of the plan's problems: off unless asked for. */
    includeProblems: z._default(z.boolean(), false),
  });
});
export type ReportRequest = z.input<ReturnType<typeof reportRequest>>;
export type ReportRequestData = z.output<ReturnType<typeof reportRequest>>;

/** One server call: its argument's schema (null for a call without argument) and its result type. */
export interface Rpc<S extends z.ZodMiniType | undefined, R> {
  readonly argument: S extends z.ZodMiniType ? () => S : null;
  /** Types only: never set. */
  readonly types?: { argument: S; result: R };
}

const takes = <S extends z.ZodMiniType>(argument: () => S) => ({
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
  getProblems: takes(problemPage).returns<ProblemPage>(),
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
  [K in RpcName]: ArgumentOf<K> extends z.ZodMiniType
    ? (argument: z.input<ArgumentOf<K>>) => ResultOf<K>
    : () => ResultOf<K>;
};

/** What main.ts exports: each argument as the untrusted page sent it, parsed by the call. */
export type ServerHandlers = {
  [K in RpcName]: ArgumentOf<K> extends z.ZodMiniType
    ? (argument: unknown) => ResultOf<K>
    : () => ResultOf<K>;
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
/** A problem as its group lists it: the group already says its severity and code. */
export type ProblemItem = Omit<Problem, "severity" | "code">;

/** A further page of a group: its problems from the offset asked, and the group's count now. */
export interface ProblemPage {
  count: number;
  problems: ProblemItem[];
}

export interface ProblemGroupView {
  severity: Problem["severity"];
  code: string;
  title: string;
  count: number;
  problems: ProblemItem[];
}

/**
 * The tab the sidebar opens on. The server appends `<div hidden data-boussole-view="problems">` to
 * Sidebar.html when it opens the sidebar for a purpose (« Valider le plan » → "problems").
 */
export type SidebarView = "add" | "update" | "mine" | "problems";

/** An objective as the selects label it. */
export type ObjectiveLabel = readonly [code: string, title: string];

export interface SidebarData {
  language: "fr" | "en";
  /** Objectives as pairs: a plan of 1,250 objectives is most of this payload (issue 16 §3). */
  orientations: { code: string; title: string; objectives: ObjectiveLabel[] }[];
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
