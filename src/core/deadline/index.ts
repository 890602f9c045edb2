/**
 * Deadlines (échéances) as boards write them: text in French or English, date cells, numbers
 * (docs/domain.md, « Échéance »). The one place that knows what a deadline means and when it is late.
 */
export { describeDeadline, describeInterval, describeWarning, explainProblem } from "./describe";
export { daysLate, daysLateOf, dueDate, isLate } from "./late";
export { parseDeadline } from "./parse";
export type { DeadlineContext, DeadlineWarning, DeadlineWarningCode, ParsedDeadline } from "./types";
