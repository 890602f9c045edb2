/** Every check of a plan, in one list: échéances, responsables and the roster itself. */
import type { DeadlineContext } from "../deadline";
import type { Plan, Problem } from "../model";
import { validateRoster } from "../owners/roster";
import type { ValidationContext } from "./context";
import { validateDeadlines } from "./deadlines";
import { validateOwners } from "./owners";

export function validatePlan(
  plan: Plan,
  context: ValidationContext & { deadline: DeadlineContext },
): Problem[] {
  return [
    ...validateDeadlines(plan, context),
    ...validateOwners(plan, context),
    ...validateRoster(plan.roster, context),
  ];
}
