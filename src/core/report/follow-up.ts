/** What comes after the review: late and postponed actions, the next period, owners, problems. */
import { messages } from "../i18n";
import type { Action, Severity } from "../model";
import { actionRows, actionTable, type ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { NONE, ownerKeys } from "./labels";
import { isDueIn } from "./measures";
import { nextPeriod } from "./period";

export function lateAndPostponed(context: ReportContext): ReportBlock[] {
  const { t } = context;
  const actions = context.actions
    .map(({ action }) => action)
    .filter((action) => context.late.has(action) || action.status === "Reportée");
  return [
    { kind: "heading", level: 1, text: t.lateAndPostponed },
    actions.length === 0
      ? { kind: "paragraph", text: t.noLate }
      : actionTable(context, actions, ["action", "owners", "deadline", "status", "notes"]),
  ];
}

export function nextPeriodActions(context: ReportContext): ReportBlock[] {
  const { t, options, plan } = context;
  const next = nextPeriod(options.period, plan.settings.fiscalStartMonth, options.language);
  const actions = context.actions.map(({ action }) => action).filter((action) => isDueIn(action, next));
  return [
    { kind: "heading", level: 1, text: t.nextPeriod(next.label) },
    actions.length === 0
      ? { kind: "paragraph", text: t.noNext }
      : actionTable(context, actions, ["action", "owners", "deadline", "status"]),
  ];
}

/**
 * One table, grouped by owner (the roster name an owner resolved to, else the text as written):
 * roster order first, then the others as they first appear, then actions without an owner.
 * The owner's name is on every row: a group that continues on the next page stays readable.
 */
export function byOwner(context: ReportContext): ReportBlock[] {
  const { t, plan } = context;
  const groups = new Map<string, Action[]>(plan.roster.map((entry) => [entry.name.trim(), []]));
  const unowned: Action[] = [];
  for (const { action } of context.actions) {
    const keys = ownerKeys(action);
    if (keys.length === 0) unowned.push(action);
    for (const key of keys) {
      const group = groups.get(key);
      if (group) group.push(action);
      else groups.set(key, [action]);
    }
  }
  if (unowned.length > 0) groups.set(t.noOwner, unowned);
  const rows: string[][] = [];
  for (const [owner, actions] of groups) {
    for (const row of actionRows(context, actions, ["action", "deadline", "status", "progress"])) {
      rows.push([owner, ...row]);
    }
  }
  const columns = [
    t.columns.owner,
    t.columns.action,
    t.columns.deadline,
    t.columns.status,
    t.columns.progress,
  ];
  return [
    { kind: "heading", level: 1, text: t.byOwner },
    rows.length === 0 ? { kind: "paragraph", text: t.noActions } : { kind: "table", columns, rows },
  ];
}

/** Errors first, then warnings, then information; in the plan's order within each. */
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export function problemsAppendix(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  if (options.problems.length === 0) return [];
  const severities = messages(options.language).common.severities;
  const sorted = SEVERITY_ORDER.flatMap((severity) =>
    options.problems.filter((p) => p.severity === severity),
  );
  const rows = sorted.map((problem) => [
    severities[problem.severity],
    problem.sheet ?? NONE,
    problem.row === null ? NONE : String(problem.row),
    problem.column ?? NONE,
    problem.message,
  ]);
  return [
    { kind: "heading", level: 1, text: t.appendix },
    { kind: "paragraph", text: t.appendixIntro },
    { kind: "table", columns: t.problemColumns, rows },
  ];
}
