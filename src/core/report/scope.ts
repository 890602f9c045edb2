/**
 * The period decides everything: which actions a report covers, and on which day lateness is
 * judged. One rule, applied once per action, so that totals, percentages, the late list and every
 * table agree.
 *
 * - An action belongs to the period when its due day falls in it, when its échéance overlaps it,
 *   when it has no due day (ongoing, recurring, undetermined), or when it was due before the period
 *   and is still open (carried over, and said so). A Réalisée action due earlier belongs to it only
 *   when its last update falls in the period (the work was recorded then).
 * - An open action due after the period belongs to « Prochaine période », never to the late list.
 * - Lateness is judged on the day after the period's last day for a finished period (« état au 31
 *   mars 2021 ») and on today for the current one, with the deadline module's rule (late.ts).
 */

import { addDays, dayParts, overlaps, within } from "../calendar";
import { daysLateOf, dueDate } from "../deadline";
import type { Action, IsoDate } from "../model";
import type { ReportPeriod } from "./period";

export type Placement = "inPeriod" | "carriedOver" | "nextPeriods" | "before";

export interface ActionScope {
  placement: Placement;
  /** Days late on the report's reference day, 0 when not late. */
  daysLate: number;
}

export interface PeriodReference {
  /** The day the report states the plan's state on: the period's end, or today if earlier. */
  asOf: IsoDate;
  /** True when the period is not over on `today`. */
  current: boolean;
}

export function periodReference(period: ReportPeriod, today: IsoDate): PeriodReference {
  const current = today <= period.end;
  return { asOf: current ? today : period.end, current };
}

export const isOpen = (action: Action) => action.status !== "Réalisée" && action.status !== "Annulée";

export function actionScope(action: Action, period: ReportPeriod, reference: PeriodReference): ActionScope {
  const placement = placementOf(action, period);
  if (placement === "nextPeriods" || placement === "before") return { placement, daysLate: 0 };
  // A finished period is judged at the end of its last day: what was due by then and not done is late.
  const judgedOn = reference.current ? reference.asOf : addDays(period.end, 1);
  return { placement, daysLate: daysLateOf(action.deadline, action.status, judgedOn) };
}

function placementOf(action: Action, period: ReportPeriod): Placement {
  const due = dueDate(action.deadline);
  if (due === null) return "inPeriod";
  if (action.status === "Réalisée" && within(action.lastUpdate, period.start, period.end)) return "inPeriod";
  if (due > period.end) {
    const start = action.deadline.start ?? due;
    return overlaps(start, due, period.start, period.end) ? "inPeriod" : "nextPeriods";
  }
  if (due >= period.start) return "inPeriod";
  return isOpen(action) ? "carriedOver" : "before";
}

/** Whole months from `from` to `to` (0 when less than a month). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = dayParts(from);
  const b = dayParts(to);
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0));
}
