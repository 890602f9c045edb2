/**
 * Date checks of a plan (docs/domain.md, « Échéance »): unreadable and undetermined deadlines, late
 * actions, deadlines outside the plan's period, and status and progress that disagree.
 * The deadline's text is the source of truth: parsed with the plan's context, by the caller's parser
 * when it has one (the pipeline parses each text once per execution).
 */

import { dayParts } from "../calendar";
import {
  type DeadlineContext,
  daysLateOf,
  describeInterval,
  describeWarning,
  dueDate,
  explainProblem,
  type ParsedDeadline,
  parseDeadline,
} from "../deadline";
import { messages } from "../i18n";
import {
  type Action,
  type ActionInContext,
  allActions,
  type Plan,
  type Problem,
  type Settings,
} from "../model";
import { problem, type ValidationContext } from "./context";
import { deadlineFixes, progressFixes } from "./fixes";
import { lateness } from "./lateness";

/** « En retard » lives in the deadline module; re-exported for the report and workload code. */
export { daysLate, isLate } from "../deadline";

type Context = ValidationContext & {
  deadline: DeadlineContext;
  parsed?: { deadline: (text: string) => ParsedDeadline };
};

export function validateDeadlines(
  plan: Plan,
  context: Context,
  actions: readonly ActionInContext[] = allActions(plan),
): Problem[] {
  const parse = context.parsed?.deadline ?? ((text: string) => parseDeadline(text, context.deadline));
  const problems: Problem[] = [];
  // One loop that pushes: 5,000 actions make no per-action arrays to spread (issue 16 §3).
  for (const { action } of actions) {
    deadlineProblems(action, parse(action.deadline.text), plan.settings, context, problems);
    progressProblems(action, context, problems);
  }
  return problems;
}

function deadlineProblems(
  action: Action,
  deadline: ParsedDeadline,
  settings: Settings,
  context: Context,
  problems: Problem[],
): void {
  const { language } = context;
  const texts = messages(language).deadline;
  const where = context.locate(action, "deadline");
  if (deadline.kind === "invalid") {
    const message = explainProblem(texts.invalid(deadline.text), deadline.warnings, language);
    problems.push(problem("error", "deadline.invalid", message, where));
    return;
  }
  if (deadline.kind === "undetermined") {
    const message = explainProblem(texts.problems.undetermined(deadline.text), deadline.warnings, language);
    problems.push(problem("warning", "deadline.undetermined", message, where));
    return;
  }
  if (deadline.warnings.length > 0) {
    const fixes = deadlineFixes(action, deadline.warnings, context.deadline, context.locate, language);
    for (const warning of deadline.warnings)
      problems.push(
        problem("warning", `deadline.${warning.code}`, describeWarning(warning, language), where, fixes),
      );
  }
  const due = dueDate(deadline);
  const late = daysLateOf(deadline, action.status, context.today);
  if (due !== null && late > 0) {
    const message = messages(language).validation.late(
      lateness(due, context.today, late),
      texts.day(dayParts(due)),
    );
    problems.push(problem("warning", "deadline.late", message, where));
  }
  if (isOutsidePeriod(deadline, settings)) {
    const period = describeInterval(settings.periodStart, settings.periodEnd, language);
    const message = texts.problems.outsidePeriod(deadline.text, period);
    problems.push(problem("warning", "deadline.outsidePeriod", message, where));
  }
}

/** The due day (not the whole interval) must fall in the plan's period: « 2020 » in a plan from April 2020 is fine. */
function isOutsidePeriod(deadline: ParsedDeadline, settings: Settings): boolean {
  const due = dueDate(deadline);
  if (due === null) return false;
  return (
    (settings.periodStart !== null && due < settings.periodStart) ||
    (settings.periodEnd !== null && due > settings.periodEnd)
  );
}

function progressProblems(action: Action, context: Context, problems: Problem[]): void {
  const texts = messages(context.language);
  const { status, progress } = action;
  if (status === "Réalisée" && progress !== null && progress < 100) {
    const message = texts.deadline.problems.doneNotComplete(progress);
    const fixes = progressFixes(action, context.locate, context.language);
    problems.push(
      problem("warning", "progress.inconsistent", message, context.locate(action, "progress"), fixes),
    );
    return;
  }
  if (progress === 100 && status !== "Réalisée") {
    const message =
      status === null
        ? texts.deadline.problems.completeWithoutStatus
        : texts.deadline.problems.completeNotDone(texts.common.statuses[status]);
    const fixes = progressFixes(action, context.locate, context.language);
    problems.push(
      problem("warning", "progress.inconsistent", message, context.locate(action, "status"), fixes),
    );
  }
}
