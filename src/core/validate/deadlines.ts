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
import { type Action, allActions, type Plan, type Problem, type Settings } from "../model";
import { problem, type ValidationContext } from "./context";
import { deadlineFixes, progressFixes } from "./fixes";
import { lateness } from "./lateness";

/** « En retard » lives in the deadline module; re-exported for the report and workload code. */
export { daysLate, isLate } from "../deadline";

type Context = ValidationContext & {
  deadline: DeadlineContext;
  parsed?: { deadline: (text: string) => ParsedDeadline };
};

export function validateDeadlines(plan: Plan, context: Context): Problem[] {
  const parse = context.parsed?.deadline ?? ((text: string) => parseDeadline(text, context.deadline));
  return allActions(plan).flatMap(({ action }) => [
    ...deadlineProblems(action, parse(action.deadline.text), plan.settings, context),
    ...progressProblems(action, context),
  ]);
}

function deadlineProblems(
  action: Action,
  deadline: ParsedDeadline,
  settings: Settings,
  context: Context,
): Problem[] {
  const { language } = context;
  const texts = messages(language).deadline;
  const where = context.locate(action, "deadline");
  if (deadline.kind === "invalid") {
    const message = explainProblem(texts.invalid(deadline.text), deadline.warnings, language);
    return [problem("error", "deadline.invalid", message, where)];
  }
  if (deadline.kind === "undetermined") {
    const message = explainProblem(texts.problems.undetermined(deadline.text), deadline.warnings, language);
    return [problem("warning", "deadline.undetermined", message, where)];
  }
  const fixes = deadlineFixes(action, deadline.warnings, context.deadline, context.locate, language);
  const problems = deadline.warnings.map((warning) =>
    problem("warning", `deadline.${warning.code}`, describeWarning(warning, language), where, fixes),
  );
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
  return problems;
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

function progressProblems(action: Action, context: Context): Problem[] {
  const texts = messages(context.language);
  const { status, progress } = action;
  if (status === "Réalisée" && progress !== null && progress < 100) {
    const message = texts.deadline.problems.doneNotComplete(progress);
    const fixes = progressFixes(action, context.locate, context.language);
    return [problem("warning", "progress.inconsistent", message, context.locate(action, "progress"), fixes)];
  }
  if (progress === 100 && status !== "Réalisée") {
    const message =
      status === null
        ? texts.deadline.problems.completeWithoutStatus
        : texts.deadline.problems.completeNotDone(texts.common.statuses[status]);
    const fixes = progressFixes(action, context.locate, context.language);
    return [problem("warning", "progress.inconsistent", message, context.locate(action, "status"), fixes)];
  }
  return [];
}
