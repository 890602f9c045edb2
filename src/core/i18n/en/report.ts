import type { report as fr } from "../fr/report";

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
  reportPeriod: "Period covered",
  generatedOn: "Generated on",

  missionVision: "Mission and vision",
  mission: "Mission",
  vision: "Vision",

  summary: "Summary",
  noActions: "The plan has no actions yet.",
  totalActions: "Total actions",
  noStatus: "No status",
  done: (done: number, counted: number, percent: string) => `${done} of ${counted} (${percent})`,
  doneLabel: "Actions done (cancelled actions excluded)",
  lateCount: "Late actions",
  plannedBudget: "Planned budget (costed actions)",
  overallProgress: "Overall progress",
  progressByOrientation: "Progress by orientation",
  orientationColumns: ["Orientation", "Actions", "Done", "Progress", ""],

  highlights: "Highlights: actions completed during the period",
  noHighlights: "No action was completed during the period.",

  byOrientation: "Review by orientation",
  orientationWord: "Orientation",
  objectiveWord: "Objective",
  noObjectives: "This orientation has no objectives.",
  noObjectiveActions: "This objective has no actions.",
  columns: {
    action: "Action",
    owners: "Owners",
    owner: "Owner",
    deadline: "Deadline",
    status: "Status",
    progress: "Progress",
    notes: "Notes",
  },
  objectiveProgress: (hiddenDone: number) =>
    hiddenDone === 0
      ? "Objective progress"
      : `Objective progress (including ${hiddenDone} completed action${hiddenDone > 1 ? "s" : ""} not listed)`,

  lateAndPostponed: "Late or postponed actions",
  noLate: "No action is late or postponed.",
  statusLate: (status: string) => `${status} (late)`,

  nextPeriod: (period: string) => `Next period: ${period}`,
  noNext: "No open action is due during the next period.",

  byOwner: "Actions by owner",
  noOwner: "(No owner)",

  appendix: "Appendix — Issues to fix in the plan",
  appendixIntro: "Validating the plan found the following issues when this report was generated.",
  problemColumns: ["Severity", "Sheet", "Row", "Column", "Message"],
};
