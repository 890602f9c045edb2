/**
 * Date checks of a plan (docs/domain.md, « Échéance »): unreadable and undetermined deadlines, late
 * actions, deadlines outside the plan's period, and status and progress that disagree.
 * The deadline's text is the source of truth: parsed with the plan's context, by the caller's parser
 * when it has one (the pipeline parses each text once per execution).
 */

import { dayParts, daysBetween } from "../calendar";
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
import { memoized } from "../memo";
import {
  type Action,
  type ActionInContext,
  allActions,
  type IsoDate,
  type Plan,
  type Problem,
  type Settings,
  type Status,
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
  const words = problemWords(plan.settings, context);
  const problems: Problem[] = [];
  // One loop that pushes: 5,000 actions make no per-action arrays to spread (issue 16 §3).
  for (const { action } of actions) {
    deadlineProblems(action, parse(action.deadline.text), plan.settings, context, words, problems);
    progressProblems(action, context, words, problems);
  }
  return problems;
}

/**
 * Each message built once per distinct value in a run: thousands of actions share a few
 * échéances (« 2024-2025 », « Automne 2024 ») and a few progress values, and so their words.
 */
function problemWords(settings: Settings, { language, today }: Context) {
  const texts = messages(language);
  const problems = texts.deadline.problems;
  return {
    late: memoized((due: IsoDate) =>
      texts.validation.late(lateness(due, today, daysBetween(due, today)), texts.deadline.day(dayParts(due))),
    ),
    outsidePeriod: memoized((text: string) =>
      problems.outsidePeriod(text, describeInterval(settings.periodStart, settings.periodEnd, language)),
    ),
    doneNotComplete: memoized((progress: number) => problems.doneNotComplete(progress)),
    completeNotDone: memoized((status: Status | null) =>
      status === null
        ? problems.completeWithoutStatus
        : problems.completeNotDone(texts.common.statuses[status]),
    ),
  };
}

type ProblemWords = ReturnType<typeof problemWords>;

function deadlineProblems(
  action: Action,
  deadline: ParsedDeadline,
  settings: Settings,
  context: Context,
  words: ProblemWords,
  problems: Problem[],
): void {
  const { language } = context;
  const texts = messages(language).deadline;
  // Located only when there is a problem: most actions have none.
  const where = () => context.locate(action, "deadline");
  if (deadline.kind === "invalid") {
    const message = explainProblem(texts.invalid(deadline.text), deadline.warnings, language);
    problems.push(problem("error", "deadline.invalid", message, where()));
    return;
  }
  if (deadline.kind === "undetermined") {
    const message = explainProblem(texts.problems.undetermined(deadline.text), deadline.warnings, language);
    problems.push(problem("warning", "deadline.undetermined", message, where()));
    return;
  }
  if (deadline.warnings.length > 0) {
    const fixes = deadlineFixes(action, deadline.warnings, context.deadline, context.locate, language);
    const at = where();
    for (const warning of deadline.warnings)
      problems.push(
        problem("warning", `deadline.${warning.code}`, describeWarning(warning, language), at, fixes),
      );
  }
  const due = dueDate(deadline);
  if (due !== null && daysLateOf(deadline, action.status, context.today) > 0)
    problems.push(problem("warning", "deadline.late", words.late(due), where()));
  if (isOutsidePeriod(deadline, settings))
    problems.push(problem("warning", "deadline.outsidePeriod", words.outsidePeriod(deadline.text), where()));
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

function progressProblems(action: Action, context: Context, words: ProblemWords, problems: Problem[]): void {
  const { status, progress } = action;
  const doneNotComplete = status === "Réalisée" && progress !== null && progress < 100;
  const completeNotDone = progress === 100 && status !== "Réalisée";
  if (!doneNotComplete && !completeNotDone) return;
  const message = doneNotComplete ? words.doneNotComplete(progress) : words.completeNotDone(status);
  const where = context.locate(action, doneNotComplete ? "progress" : "status");
  const fixes = progressFixes(action, context.locate, context.language);
  problems.push(problem("warning", "progress.inconsistent", message, where, fixes));
}
