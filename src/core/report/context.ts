/** What every section of the report needs: the plan, the options, and per-action facts computed once. */
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
import type { ReportBlock } from "./document";
import { actionLabel, deadlineLabel, ownersLabel, percentLabel, statusLabel } from "./labels";
import type { ReportPeriod } from "./period";

export interface ReportOptions {
  period: ReportPeriod;
  today: IsoDate;
  language: Language;
  /** Add the « Actions par responsable » section. */
  includeOwners: boolean;
  /** List Réalisée actions in the objectives' tables; else only count them in each total row. */
  includeCompletedDetail: boolean;
  /** The plan's validation problems, listed in an appendix when there are any. */
  problems: Problem[];
  /** The deadline rule (src/core/validate/deadlines.ts), injected so that the report applies the same one. */
  isLate: (action: Action) => boolean;
}

export interface ReportContext {
  plan: Plan;
  options: ReportOptions;
  t: Messages["report"];
  actions: ActionInContext[];
  late: Set<Action>;
}

export function reportContext(plan: Plan, options: ReportOptions): ReportContext {
  const actions = allActions(plan);
  const late = new Set(actions.map(({ action }) => action).filter((action) => options.isLate(action)));
  return { plan, options, t: messages(options.language).report, actions, late };
}

export type ActionColumn = "action" | "owners" | "deadline" | "status" | "progress" | "notes";

/** A table of actions with the chosen columns, in the given order. */
export function actionTable(
  context: ReportContext,
  actions: readonly Action[],
  columns: readonly ActionColumn[],
  footer?: string[],
): ReportBlock {
  const rows = actionRows(context, actions, columns);
  const table: ReportBlock = {
    kind: "table",
    columns: columns.map((column) => context.t.columns[column]),
    rows,
  };
  return footer ? { ...table, footer } : table;
}

export function actionRows(
  context: ReportContext,
  actions: readonly Action[],
  columns: readonly ActionColumn[],
): string[][] {
  return actions.map((action) => {
    const cells = actionCells(context, action);
    return columns.map((column) => cells[column]);
  });
}

function actionCells(context: ReportContext, action: Action): Record<ActionColumn, string> {
  const { language } = context.options;
  const progress = action.status === "Annulée" ? null : action.status === "Réalisée" ? 100 : action.progress;
  return {
    action: actionLabel(action),
    owners: ownersLabel(action),
    deadline: deadlineLabel(action, language),
    status: statusLabel(action, context.late.has(action), language),
    progress: percentLabel(progress, language),
    notes: action.notes?.trim() ?? "",
  };
}
