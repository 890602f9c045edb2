/**
 * The one rule of « En retard » (docs/domain.md): a deadline whose last day is before today, on an
 * action neither Réalisée nor Annulée. Ongoing, recurring, undetermined and invalid deadlines have
 * no due day, so they are never late; « Immédiat » is due at the start of the plan's period.
 */

import { daysBetween } from "../calendar";
import type { Action, Deadline, IsoDate, Status } from "../model";
import { parseDeadline } from "./parse";
import type { DeadlineContext } from "./types";

const CLOSED: ReadonlySet<Status> = new Set<Status>(["Réalisée", "Annulée"]);

const DUE_KINDS: ReadonlySet<Deadline["kind"]> = new Set<Deadline["kind"]>([
  "date",
  "month",
  "season",
  "quarter",
  "year",
  "fiscal",
  "range",
  "immediate",
]);

/** The last day to do the action, or null when it has none. */
export function dueDate(deadline: Pick<Deadline, "kind" | "end">): IsoDate | null {
  return DUE_KINDS.has(deadline.kind) ? deadline.end : null;
}

/** Days past the due day (0 when not late), for a deadline already parsed. */
export function daysLateOf(
  deadline: Pick<Deadline, "kind" | "end">,
  status: Status | null,
  today: IsoDate,
): number {
  const due = dueDate(deadline);
  if (due === null || (status !== null && CLOSED.has(status))) return 0;
  return Math.max(0, daysBetween(due, today));
}

/** Days an action is late on `today`, re-reading its deadline's text (the source of truth). */
export function daysLate(
  action: Pick<Action, "deadline" | "status">,
  today: IsoDate,
  context: DeadlineContext,
): number {
  return daysLateOf(parseDeadline(action.deadline.text, context), action.status, today);
}

export function isLate(
  action: Pick<Action, "deadline" | "status">,
  today: IsoDate,
  context: DeadlineContext,
): boolean {
  return daysLate(action, today, context) > 0;
}
