/**
 * What the report counts. Decisions, so that every renderer and every reader agrees:
 * - An action's progress is 100 when Réalisée, its progress cell otherwise (empty counts as 0);
 *   an Annulée action has no progress and is left out of every mean and of « % réalisé ».
 * - An objective's (or orientation's, or the plan's) progress is the mean progress of its
 *   actions, each action weighing the same; `null` when it has no action to count.
 * - An action counts as completed in a period when it is Réalisée and its deadline's end or its
 *   last update falls in the period: the deadline says when it was due, the last update when the
 *   status was recorded, and either is evidence that the work was done then.
 */

import { within } from "../calendar";
import type { Action } from "../model";
import type { ReportPeriod } from "./period";

export function actionProgress(action: Action): number | null {
  if (action.status === "Annulée") return null;
  if (action.status === "Réalisée") return 100;
  return action.progress ?? 0;
}

export function meanProgress(actions: readonly Action[]): number | null {
  const values = actions.map(actionProgress).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function isCompletedIn(action: Action, period: ReportPeriod): boolean {
  return (
    action.status === "Réalisée" &&
    (within(action.deadline.end, period.start, period.end) ||
      within(action.lastUpdate, period.start, period.end))
  );
}
