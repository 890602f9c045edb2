/** The key figures, the progress bars, what changed since the last report, and the summary. */

import { messages } from "../i18n";
import { type Action, STATUSES } from "../model";
import { actionTable, type ReportContext } from "./context";
import type { Bar, ReportBlock } from "./document";
import { formatAmount, formatDate, formatNumber, formatPercent } from "./format";
import { entityHeading, NONE, percentLabel } from "./labels";
import { isCompletedIn, meanProgress } from "./measures";
import { changesSince, takeSnapshot } from "./snapshot";

const covered = (context: ReportContext): Action[] => context.actions.map(({ action }) => action);

/** Done over every action the period covers but the cancelled ones; null when none is left. */
function donePercent(actions: readonly Action[]): number | null {
  const counted = actions.filter((action) => action.status !== "Annulée").length;
  if (counted === 0) return null;
  return (actions.filter((action) => action.status === "Réalisée").length / counted) * 100;
}

export function keyFigures(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  const actions = covered(context);
  if (actions.length === 0) return [{ kind: "paragraph", text: t.noPeriodActions }];
  const count = (predicate: (action: Action) => boolean) =>
    formatNumber(actions.filter(predicate).length, options.language);
  const late = (action: Action) => context.late.has(action);
  const percent = donePercent(actions);
  return [
    {
      kind: "keyFigures",
      items: [
        { value: count((a) => a.status === "Réalisée"), label: t.figures.done, tone: "done" },
        {
          value: count((a) => a.status === "En cours" && !late(a)),
          label: t.figures.inProgress,
          tone: "inProgress",
        },
        { value: count(late), label: t.figures.late, tone: "late" },
        {
          value: count((a) => a.status === "Reportée" && !late(a)),
          label: t.figures.postponed,
          tone: "postponed",
        },
        {
          value: percent === null ? NONE : formatPercent(percent, options.language),
          label: t.figures.percentDone,
          tone: "none",
        },
      ],
    },
  ];
}

/** Progress of the whole period and of each orientation, as bars. */
export function progressBars(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  if (context.actions.length === 0) return [];
  const bar = (label: string, actions: readonly Action[]): Bar => {
    const mean = meanProgress(actions);
    return { label, percent: mean, text: percentLabel(mean, options.language) };
  };
  const coveredSet = new Set(covered(context));
  const bars = [
    bar(t.overallProgress, covered(context)),
    ...context.plan.orientations.map((orientation) =>
      bar(
        entityHeading(t.orientationWord, orientation.code, orientation.title),
        orientation.objectives
          .flatMap((objective) => objective.actions)
          .filter((action) => coveredSet.has(action)),
      ),
    ),
  ];
  return [{ kind: "bars", caption: t.progressByOrientation, bars }];
}

/** « Depuis le rapport du 12 mars 2025 : 7 actions réalisées, 3 nouvelles, 2 reportées. » */
export function sinceLastReport(context: ReportContext): ReportBlock[] {
  const { previous, today, language } = context.options;
  if (!previous) return [];
  const changes = changesSince(previous, takeSnapshot(context.plan, today));
  return [
    { kind: "paragraph", text: context.t.sinceLastReport(formatDate(changes.since, language), changes) },
  ];
}

export function summary(context: ReportContext): ReportBlock[] {
  const { t } = context;
  const heading: ReportBlock = { kind: "heading", level: 1, text: t.summary };
  if (context.actions.length === 0) return [heading, { kind: "paragraph", text: t.noPeriodActions }];
  return [heading, counts(context), ...completedInPeriod(context)];
}

function counts(context: ReportContext): ReportBlock {
  const { t, options } = context;
  const { language } = options;
  const actions = covered(context);
  const count = (predicate: (action: Action) => boolean) => actions.filter(predicate).length;
  const statusNames = messages(language).common.statuses;
  const byStatus = STATUSES.map((status) => ({
    label: statusNames[status],
    value: formatNumber(
      count((action) => action.status === status),
      language,
    ),
  }));
  const withoutStatus = count((action) => action.status === null);
  const counted = count((action) => action.status !== "Annulée");
  const done = count((action) => action.status === "Réalisée");
  const carried = count((action) => context.scope.get(action)?.placement === "carriedOver");
  const budgets = actions.map((action) => action.budget).filter((budget) => typeof budget === "number");
  const items = [
    { label: t.totalActions, value: formatNumber(actions.length, language) },
    ...(carried > 0 ? [{ label: t.carriedOverCount, value: formatNumber(carried, language) }] : []),
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

function completedInPeriod(context: ReportContext): ReportBlock[] {
  const { t, options } = context;
  const done = covered(context).filter((action) => isCompletedIn(action, options.period));
  const heading: ReportBlock = { kind: "heading", level: 2, text: t.highlights };
  if (done.length === 0) return [heading, { kind: "paragraph", text: t.noHighlights }];
  return [heading, actionTable(context, done, ["action", "owners", "deadline", "notes"])];
}
