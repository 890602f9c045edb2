/** What every validator needs: today, the language of its messages, and where each value lives. */
import type { IsoDate, Language, Problem, ProblemFix, Severity } from "../model";

export interface Location {
  sheet: string | null;
  row: number | null;
  column: string | null;
}

/**
 * Where a field of a plan entity (action, objective, orientation, roster entry) sits in the sheets.
 * Built by whoever read the plan (canonical reader, Structurer import); validators only ask it.
 * `field` is the model's property name ("deadline", "owners", "code", …).
 */
export type Locate = (entity: object, field: string) => Location;

export const nowhere: Locate = () => ({ sheet: null, row: null, column: null });

export interface ValidationContext {
  today: IsoDate;
  language: Language;
  locate: Locate;
}

export function problem(
  severity: Severity,
  code: string,
  message: string,
  location: Location,
  fixes: readonly ProblemFix[] = [],
): Problem {
  // A fix writes a cell of the problem's row: none without a place to write. A literal, no
  // spreads: Valider and the sidebar build thousands of these per run.
  const { sheet, row, column } = location;
  const built: Problem = { severity, code, message, sheet, row, column };
  if (fixes.length > 0 && sheet !== null && row !== null) built.fixes = fixes.slice();
  return built;
}
