/** Every check of a plan, in one list: échéances, responsables and the roster itself. */
import type { DeadlineContext, ParsedDeadline } from "../deadline";
import { type ActionInContext, allActions, type Plan, type Problem } from "../model";
import type { OwnerMatcher } from "../owners/resolve";
import { validateRoster } from "../owners/roster";
import type { ValidationContext } from "./context";
import { validateDeadlines } from "./deadlines";
import { validateOwners } from "./owners";

/** What the caller already parsed, so that nothing is parsed twice (absent: the checks parse). */
export interface Parsed {
  deadline: (text: string) => ParsedDeadline;
  owners: OwnerMatcher;
  /** The plan's actions, listed once for every check. */
  actions?: readonly ActionInContext[];
}

export function validatePlan(
  plan: Plan,
  context: ValidationContext & { deadline: DeadlineContext; parsed?: Parsed },
): Problem[] {
  const actions = context.parsed?.actions ?? allActions(plan);
  return [
    ...validateDeadlines(plan, context, actions),
    ...validateOwners(plan, context, context.parsed?.owners, actions),
    ...validateRoster(plan.roster, context),
  ];
}
