/**
 * Problems in the order a person fixes them: errors, then warnings, then information; within a
 * severity, one group per kind (its code), the groups in the order their kind was first found,
 * and each group's problems in sheet order. The CLI, its JSON and the sidebar all show this order.
 */
import { messages } from "../i18n";
import type { Language, Problem, Severity } from "../model";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ProblemGroup {
  severity: Severity;
  code: string;
  /** « 80 actions en retard » */
  title: string;
  count: number;
  problems: Problem[];
}

/** A new list of groups; `problems` is left as it is. */
export function groupProblems(problems: readonly Problem[], language: Language): ProblemGroup[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.code}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  const titles = messages(language).validation.groups;
  return [...groups.values()]
    .map((members, index) => ({ members, index }))
    .sort((a, b) => RANK[a.members[0].severity] - RANK[b.members[0].severity] || a.index - b.index)
    .map(({ members }) => {
      const { severity, code } = members[0];
      const sorted = inSheetOrder(members);
      const title = titles.byCode[code]?.(members.length) ?? titles.other(severity, members.length);
      return { severity, code, title, count: members.length, problems: sorted };
    });
}

/** By sheet (in the order the sheets first appear), then row; problems with no row come last. */
function inSheetOrder(problems: readonly Problem[]): Problem[] {
  const sheets = new Map<string | null, number>();
  for (const problem of problems) if (!sheets.has(problem.sheet)) sheets.set(problem.sheet, sheets.size);
  const rank = (problem: Problem) => sheets.get(problem.sheet) ?? 0;
  const row = (problem: Problem) => problem.row ?? Number.MAX_SAFE_INTEGER;
  const before = (a: Problem, b: Problem) => rank(a) - rank(b) || row(a) - row(b);
  // The checks walk the sheets in order: most groups are sorted already and need no copy sorted.
  if (problems.every((problem, i) => i === 0 || before(problems[i - 1], problem) <= 0)) return [...problems];
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => before(a.problem, b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}
