/** Every check of a plan, in one list: échéances, responsables and the roster itself. */
import type { DeadlineContext, ParsedDeadline } from "../deadline";
import type { Plan, Problem } from "../model";
import type { OwnerMatcher } from "../owners/resolve";
import { validateRoster } from "../owners/roster";
import type { ValidationContext } from "./context";
import { validateDeadlines } from "./deadlines";
import { validateOwners } from "./owners";

/** What the caller already parsed, so that nothing is parsed twice (absent: the checks parse). */
export interface Parsed {
  deadline: (text: string) => ParsedDeadline;
  owners: OwnerMatcher;
}

export function validatePlan(
  plan: Plan,
  context: ValidationContext & { deadline: DeadlineContext; parsed?: Parsed },
): Problem[] {
  return [
    ...validateDeadlines(plan, context),
    ...validateOwners(plan, context, context.parsed?.owners),
    ...validateRoster(plan.roster, context),
  ];
}
