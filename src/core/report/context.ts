/** What every section of the report needs: the plan, the options, and per-action facts computed once. */
import { addDays, dayParts } from "../calendar";
import { dueDate } from "../deadline";
import { type Messages, messages } from "../i18n";
import {
  type Action,
  type ActionInContext,
  allActions,
  type IsoDate,
  type Language,
  type Plan,
  type Problem,
} from "../model";
import type { ReportBlock, Tone } from "./document";
import { actionLabel, deadlineLabel, ownersLabel, percentLabel, statusLabel } from "./labels";
import { actionProgress } from "./measures";
import type { ReportPeriod } from "./period";
import { type ActionScope, actionScope, monthsBetween, type PeriodReference, periodReference } from "./scope";
import type { ReportSnapshot } from "./snapshot";

export interface ReportOptions {
  period: ReportPeriod;
  today: IsoDate;
  language: Language;
  /** Add the « Actions par responsable » section. */
  includeOwners: boolean;
  /** List Réalisée actions in the objectives' tables; else only count them in each total row. */
  includeCompletedDetail: boolean;
  /** Add the appendix of the plan's problems (off unless asked for). */
  includeProblems?: boolean;
  /** The plan's validation problems, for the appendix. */
  problems: Problem[];
  /** The snapshot stored with the previous report, to say what changed since. */
  previous?: ReportSnapshot | null;
}

export interface ReportContext {
  plan: Plan;
  options: ReportOptions;
  t: Messages["report"];
  reference: PeriodReference;
  /** Every action of the plan, in plan order. */
  all: ActionInContext[];
  /** The actions the period covers (carried-over ones included), in plan order. */
  actions: ActionInContext[];
  scope: Map<Action, ActionScope>;
  late: Set<Action>;
}

export function reportContext(plan: Plan, options: ReportOptions): ReportContext {
  const all = allActions(plan);
  const reference = periodReference(options.period, options.today);
  const scope = new Map(all.map(({ action }) => [action, actionScope(action, options.period, reference)]));
  const covered = (action: Action) => {
    const placement = scope.get(action)?.placement;
    return placement === "inPeriod" || placement === "carriedOver";
  };
  const actions = all.filter(({ action }) => covered(action));
  const late = new Set(
    actions.map(({ action }) => action).filter((action) => (scope.get(action)?.daysLate ?? 0) > 0),
  );
  return { plan, options, t: messages(options.language).report, reference, all, actions, scope, late };
}

export type ActionColumn = "action" | "owners" | "deadline" | "status" | "progress" | "notes" | "lateness";

/** A table of actions with the chosen columns, in the given order; the status column as chips. */
export function actionTable(
  context: ReportContext,
  actions: readonly Action[],
  columns: readonly ActionColumn[],
  footer?: string[],
): ReportBlock {
  const rows = actions.map((action) => {
    const cells = actionCells(context, action);
    return columns.map((column) => cells[column]);
  });
  const status = columns.indexOf("status");
  return {
    kind: "table",
    columns: columns.map((column) => context.t.columns[column]),
    rows,
    ...(footer ? { footer } : {}),
    ...(status >= 0
      ? { chips: { column: status, tones: actions.map((action) => actionTone(context, action)) } }
      : {}),
  };
}

export function actionTone(context: ReportContext, action: Action): Tone {
  if (context.late.has(action)) return "late";
  switch (action.status) {
    case "Réalisée":
      return "done";
    case "En cours":
      return "inProgress";
    case "Reportée":
      return "postponed";
    case "À venir":
      return "planned";
    case "Annulée":
      return "cancelled";
    default:
      return "none";
  }
}

function actionCells(context: ReportContext, action: Action): Record<ActionColumn, string> {
  const { language } = context.options;
  const { t } = context;
  const scope = context.scope.get(action);
  const deadline = deadlineLabel(action, language);
  return {
    action: actionLabel(action),
    owners: ownersLabel(action),
    deadline: scope?.placement === "carriedOver" ? t.carriedOver(deadline) : deadline,
    status: statusLabel(action, lateSince(context, action), language),
    progress: percentLabel(actionProgress(action), language),
    notes: action.notes?.trim() ?? "",
    lateness: latenessText(context, action),
  };
}

/** « mars 2020 »: the month the action became late, or null when it is not late. */
function lateSince(context: ReportContext, action: Action): string | null {
  const due = dueDate(action.deadline);
  if (!context.late.has(action) || due === null) return null;
  const { month, year } = dayParts(addDays(due, 1));
  return context.t.monthYear(month, year);
}

/** « 3 mois de retard », « 12 jours de retard », counted to the report's reference day. */
function latenessText(context: ReportContext, action: Action): string {
  const days = context.scope.get(action)?.daysLate ?? 0;
  const due = dueDate(action.deadline);
  if (days === 0 || due === null) return "";
  const months = monthsBetween(due, addDays(due, days));
  return context.t.lateness(days, months);
}
