/**
 * « Mes actions »: the actions one roster entry is named on, late ones first (soonest due first),
 * then the others in plan order; and who the person using the add-on is, by their e-mail.
 */
import { type Action, allActions, type Plan, type RosterEntry } from "../model";
import { createOwnerMatcher, type OwnerMatcher, ownersSource } from "./resolve";
import { entryName } from "./roster";

export interface OwnedAction {
  action: Action;
  late: boolean;
}

export function actionsOfOwner(
  plan: Plan,
  name: string,
  isLate: (action: Action) => boolean,
  matcher: OwnerMatcher = createOwnerMatcher(plan.roster),
): OwnedAction[] {
  const owned = allActions(plan)
    .map(({ action }) => action)
    .filter((action) =>
      matcher
        .match(ownersSource(action))
        .some((owner) => owner.entries.length === 1 && entryName(owner.entries[0]) === name),
    )
    .map((action) => ({ action, late: isLate(action) }));
  const late = owned
    .filter((a) => a.late)
    .sort((a, b) => (a.action.deadline.end ?? "~").localeCompare(b.action.deadline.end ?? "~"));
  return [...late, ...owned.filter((a) => !a.late)];
}

/** The roster's name for an e-mail address (case ignored), or null. */
export function rosterNameOf(roster: readonly RosterEntry[], email: string): string | null {
  const key = email.trim().toLowerCase();
  if (!key) return null;
  const entry = roster.find((e) => e.email?.trim().toLowerCase() === key);
  return entry ? entryName(entry) : null;
}
