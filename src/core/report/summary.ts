/** The summary: actions by status, % done, late count, progress per orientation, highlights. */

import { messages } from "../i18n";
import { STATUSES } from "../model";
import { actionTable, type ReportContext } from "./context";
import type { ReportBlock } from "./document";
import { formatAmount, formatNumber, formatPercent, progressBar } from "./format";
import { entityHeading, NONE, percentLabel } from "./labels";
import { isCompletedIn, meanProgress } from "./measures";

export function summary(context: ReportContext): ReportBlock[] {
  const { t } = context;
  const heading: ReportBlock = { kind: "heading", level: 1, text: t.summary };
  if (context.actions.length === 0) return [heading, { kind: "paragraph", text: t.noActions }];
  return [
    heading,
    counts(context),
    overallProgress(context),
    ...byOrientation(context),
    ...highlights(context),
  ];
}

function counts(context: ReportContext): ReportBlock {
  const { t, options } = context;
  const { language } = options;
  const actions = context.actions.map(({ action }) => action);
  const count = (predicate: (status: (typeof actions)[number]["status"]) => boolean) =>
    actions.filter((action) => predicate(action.status)).length;
  const statusNames = messages(language).common.statuses;
  const byStatus = STATUSES.map((status) => ({
    label: statusNames[status],
    value: formatNumber(
      count((s) => s === status),
      language,
    ),
  }));
  const withoutStatus = count((s) => s === null);
  const counted = count((s) => s !== "Annulée");
  const done = count((s) => s === "Réalisée");
  const budgets = actions.map((action) => action.budget).filter((budget) => typeof budget === "number");
  const items = [
    { label: t.totalActions, value: formatNumber(actions.length, language) },
    ...byStatus,
    ...(withoutStatus > 0 ? [{ label: t.noStatus, value: formatNumber(withoutStatus, language) }] : []),
    {
      label: t.doneLabel,
      value: t.done(done, counted, counted === 0 ? NONE : formatPercent((done / counted) * 100, language)),
    },
    { label: t.lateCount, value: formatNumber(context.late.size, language) },
    ...(budgets.length > 0
      ? [
          {
            label: t.plannedBudget,
            value: formatAmount(
              budgets.reduce((a, b) => a + b, 0),
              language,
            ),
          },
        ]
      : []),
  ];
  return { kind: "fields", items };
}

function overallProgress(context: ReportContext): ReportBlock {
  const mean = meanProgress(context.actions.map(({ action }) => action)) ?? 0;
  const { language } = context.options;
  return {
    kind: "progress",
    label: context.t.overallProgress,
    percent: mean,
    text: formatPercent(mean, language),
  };
}

function byOrientation(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  const rows = context.plan.orientations.map((orientation) => {
    const actions = orientation.objectives.flatMap((objective) => objective.actions);
    const mean = meanProgress(actions);
    return [
      entityHeading(t.orientationWord, orientation.code, orientation.title),
      formatNumber(actions.length, options.language),
      formatNumber(actions.filter((action) => action.status === "Réalisée").length, options.language),
      percentLabel(mean, options.language),
      mean === null ? "" : progressBar(mean),
    ];
  });
  if (rows.length === 0) return [];
  return [
    { kind: "heading", level: 2, text: t.progressByOrientation },
    { kind: "table", columns: t.orientationColumns, rows },
  ];
}

function highlights(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  const done = context.actions.filter(({ action }) => isCompletedIn(action, options.period));
  const heading: ReportBlock = { kind: "heading", level: 2, text: t.highlights };
  if (done.length === 0) return [heading, { kind: "paragraph", text: t.noHighlights }];
  const actions = done.map(({ action }) => action);
  return [heading, actionTable(context, actions, ["action", "owners", "deadline", "notes"])];
}
