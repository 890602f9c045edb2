import type { report as fr } from "../fr/report";
import { MONTHS } from "./common";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const report: typeof fr = {
  periodRange: (start: string, end: string) => `${start} to ${end}`,
  periodInvalid: (text: string) =>
    `“${text}” is not a period Boussole understands. Write a fiscal year (“2024-2025”) or two dates (“2024-04-01:2025-03-31”).`,
  periodFiscalNotConsecutive: (text: string) =>
    `“${text}”: a fiscal year spans two consecutive years, for example “2024-2025”.`,
  periodDateInvalid: (text: string) =>
    `“${text}” is not a date that exists. Write it as YYYY-MM-DD, for example “2024-04-01”.`,
  periodReversed: (start: string, end: string) =>
    `The period starts (${start}) after it ends (${end}): swap the two dates.`,

  title: (period: string) => `Annual report ${period}`,
  documentName: (period: string, organisation: string) => `Annual report ${period} — ${organisation}`,
  plan: "Plan",
  planPeriod: "Plan period",
  generatedOn: "Generated on",
  periodLine: (dates: string, asOf: string) => `Period ${dates} · status as of ${asOf}`,
  contents: "Contents",
  figures: {
    done: "done",
    inProgress: "in progress",
    late: "late",
    postponed: "postponed",
    percentDone: "of actions done",
  },
  noPeriodActions: "No action of the plan falls in this period.",
  sinceLastReport: (date: string, c: { done: number; added: number; postponed: number; removed: number }) =>
    `Since the report of ${date}: ${[
      `${c.done} ${plural(c.done, "action", "actions")} done`,
      `${c.added} new`,
      `${c.postponed} postponed`,
      ...(c.removed > 0 ? [`${c.removed} removed`] : []),
    ].join(", ")}.`,
  presidentMessage: "President's message",
  boardHighlights: "Highlights",
  carriedOver: (deadline: string) => `${deadline} (carried over)`,
  carriedOverCount: "of which carried over from an earlier period",
  monthYear: (month: number, year: number) => `${MONTHS[month - 1]} ${year}`,
  lateness: (days: number, months: number) =>
    months >= 1
      ? `${months} ${plural(months, "month", "months")} late`
      : `${days} ${plural(days, "day", "days")} late`,

  missionVision: "Mission and vision",
  missionVisionValues: "Mission, vision and values",
  mission: "Mission",
  vision: "Vision",
  values: "Values",

  summary: "Summary",
  totalActions: "Total actions",
  noStatus: "No status",
  done: (done: number, counted: number, percent: string) => `${done} of ${counted} (${percent})`,
  doneLabel: "Actions done (cancelled actions excluded)",
  lateCount: "Late actions",
  plannedBudget: "Planned budget (costed actions)",
  overallProgress: "Overall progress",
  progressByOrientation: "Progress by orientation",

  highlights: "Actions completed during the period",
  noHighlights: "No action was completed during the period.",

  byOrientation: "Review by orientation",
  orientationWord: "Orientation",
  objectiveWord: "Objective",
  noObjectives: "This orientation has no objectives.",
  noObjectiveActions: "This objective has no actions.",
  noObjectivePeriodActions: "No action of this objective falls in this period.",
  columns: {
    action: "Action",
    owners: "Owners",
    deadline: "Deadline",
    status: "Status",
    progress: "Progress",
    notes: "Notes",
    lateness: "Delay",
  },
  objectiveProgress: (hiddenDone: number) =>
    hiddenDone === 0
      ? "Objective progress"
      : `Objective progress (including ${hiddenDone} completed action${hiddenDone > 1 ? "s" : ""} not listed)`,

  lateAndPostponed: "Late or postponed actions",
  noLate: "No action is late or postponed.",
  statusLate: (status: string, since: string) => `${status}\nlate since ${since}`,
  lateSince: (since: string) => `Late since ${since}`,
  lateHeading: (count: string) => `Late (${count})`,
  postponedHeading: (count: string) => `Postponed (${count})`,

  nextPeriod: (period: string) => `Next period: ${period}`,
  noNext: "No open action is due during the next period.",
  laterActions: (count: number) =>
    `${count} other ${count === 1 ? "action is" : "actions are"} due after the next period.`,

  byOwner: "Actions by owner",
  noOwner: "(No owner)",

  appendix: "Appendix — Issues to fix in the plan",
  appendixIntro:
    "Validating the plan found the following issues when this report was generated, grouped by kind (late actions are listed above).",
  problemColumns: ["Severity", "Count", "Example", "Where"],
  sheetRows: (sheet: string, rows: string, more: boolean) =>
    rows === "" ? sheet : `${sheet}, row${rows.includes(",") ? "s" : ""} ${rows}${more ? "…" : ""}`,
};
