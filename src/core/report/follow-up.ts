/** What comes after the review: late and postponed actions, the next period, owners, problems. */
import { dueDate } from "../deadline";
import { messages } from "../i18n";
import type { Action, Problem, Severity } from "../model";
import { actionTable, type ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { formatNumber } from "./format";
import { ownerKeys } from "./labels";
import { nextPeriod } from "./period";
import { isOpen } from "./scope";

export function lateAndPostponed(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  const covered = context.actions.map(({ action }) => action);
  const late = covered.filter((action) => context.late.has(action));
  const postponed = covered.filter((action) => action.status === "Reportée" && !context.late.has(action));
  const blocks: ReportBlock[] = [{ kind: "heading", level: 1, text: t.lateAndPostponed }];
  if (late.length === 0 && postponed.length === 0) return [...blocks, { kind: "paragraph", text: t.noLate }];
  if (late.length > 0)
    blocks.push(
      { kind: "heading", level: 2, text: t.lateHeading(formatNumber(late.length, options.language)) },
      actionTable(context, late, ["action", "owners", "deadline", "lateness", "notes"]),
    );
  if (postponed.length > 0)
    blocks.push(
      {
        kind: "heading",
        level: 2,
        text: t.postponedHeading(formatNumber(postponed.length, options.language)),
      },
      actionTable(context, postponed, ["action", "owners", "deadline", "notes"]),
    );
  return blocks;
}

/** Open actions due during the next period; those due later are counted, not listed. */
export function nextPeriodActions(context: ReportContext): ReportBlock[] {
  const { t, options, plan } = context;
  const next = nextPeriod(options.period, plan.settings.fiscalStartMonth, options.language);
  const after = context.all
    .map(({ action }) => action)
    .filter((action) => isOpen(action) && context.scope.get(action)?.placement === "nextPeriods");
  const due = (action: Action) => dueDate(action.deadline) ?? "";
  const listed = after.filter((action) => due(action) <= next.end);
  const later = after.length - listed.length;
  return [
    { kind: "heading", level: 1, text: t.nextPeriod(next.label) },
    listed.length === 0
      ? { kind: "paragraph", text: t.noNext }
      : actionTable(context, listed, ["action", "owners", "deadline", "status"]),
    ...(later > 0 ? [{ kind: "paragraph" as const, text: t.laterActions(later) }] : []),
  ];
}

/**
 * One section per owner (the roster name an owner resolved to, else the text as written): roster
 * order first, then the others as they first appear, then actions without an owner.
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
  const sections = [...groups].filter(([, actions]) => actions.length > 0);
  if (sections.length === 0)
    return [
      { kind: "heading", level: 1, text: t.byOwner },
      { kind: "paragraph", text: t.noPeriodActions },
    ];
  return [
    { kind: "heading", level: 1, text: t.byOwner },
    ...sections.flatMap(([owner, actions]): ReportBlock[] => [
      { kind: "heading", level: 2, text: owner },
      actionTable(context, actions, ["action", "deadline", "status", "progress"]),
    ]),
  ];
}

/** Errors first, then warnings, then information; in the plan's order within each. */
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
/** The late list already names every late action: the appendix does not repeat it. */
const LEFT_OUT = new Set(["deadline.late"]);
/** Rows shown after « lignes » before « … ». */
const ROWS_SHOWN = 8;

/** Problems grouped by kind, with counts, an example and where: one line per kind, never per action. */
export function problemsAppendix(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  if (options.includeProblems !== true) return [];
  const problems = options.problems.filter((p) => !LEFT_OUT.has(p.code));
  if (problems.length === 0) return [];
  const severities = messages(options.language).common.severities;
  const kinds = new Map<string, Problem[]>();
  for (const severity of SEVERITY_ORDER) {
    for (const problem of problems.filter((p) => p.severity === severity)) {
      const key = `${severity} ${problem.code}`;
      kinds.set(key, [...(kinds.get(key) ?? []), problem]);
    }
  }
  const rows = [...kinds.values()].map((group) => [
    severities[group[0].severity],
    formatNumber(group.length, options.language),
    group[0].message,
    where(context, group),
  ]);
  return [
    { kind: "heading", level: 1, text: t.appendix },
    { kind: "paragraph", text: t.appendixIntro },
    { kind: "table", columns: t.problemColumns, rows },
  ];
}

/** « Actions, lignes 4, 9, 12… »: the sheets and rows of a kind of problem. */
function where({ t }: ReportContext, group: Problem[]): string {
  const bySheet = new Map<string, number[]>();
  for (const problem of group) {
    if (problem.sheet === null) continue;
    const rows = bySheet.get(problem.sheet) ?? [];
    if (problem.row !== null) rows.push(problem.row);
    bySheet.set(problem.sheet, rows);
  }
  return [...bySheet]
    .map(([sheet, rows]) =>
      t.sheetRows(sheet, rows.slice(0, ROWS_SHOWN).join(", "), rows.length > ROWS_SHOWN),
    )
    .join(" ; ");
}
