/**
 * Workload per owner, for the sidebar and the annual report: one bucket per roster entry, one for
 * owners not found in the roster, one for actions nobody is named on. Plain JSON data.
 */
import {
  type Action,
  allActions,
  type Deadline,
  type IsoDate,
  type Plan,
  type RosterEntry,
  STATUSES,
  type Status,
} from "../model";
import { isPlaceholderOwner } from "./normalize";
import { createOwnerMatcher, type OwnerMatcher, ownersSource } from "./resolve";
import { entryName } from "./roster";

export interface ActionRef {
  orientation: string;
  objective: string;
  code: string;
  title: string;
  status: Status | null;
  deadline: Deadline;
}

export interface OwnerWorkload {
  /** "entry": a roster entry; "unknown": owners not in the roster; "unassigned": actions with no owner. */
  kind: "entry" | "unknown" | "unassigned";
  entry: RosterEntry | null;
  /** The entry's name; null for the other two buckets (their labels are in the i18n catalogue). */
  name: string | null;
  /** For "unknown": the owner texts not found, in order of first appearance. */
  texts: string[];
  actions: ActionRef[];
  byStatus: Record<Status, number>;
  /** Actions whose status is not filled in. */
  noStatus: number;
  late: ActionRef[];
  /** Open actions whose deadline has not passed, soonest first. */
  upcoming: ActionRef[];
}

/** The lateness rule (src/core/validate/deadlines.ts), injected so this module does not depend on it. */
export type IsLate = (action: Action, today: IsoDate) => boolean;

export interface WorkloadOptions {
  today: IsoDate;
  isLate: IsLate;
  matcher?: OwnerMatcher;
}

const CLOSED: ReadonlySet<Status | null> = new Set<Status | null>(["Réalisée", "Annulée"]);

function bucket(kind: OwnerWorkload["kind"], entry: RosterEntry | null): OwnerWorkload {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const name = entry ? entryName(entry) : null;
  return { kind, entry, name, texts: [], actions: [], byStatus, noStatus: 0, late: [], upcoming: [] };
}

/** Soonest end first; an interval without an end (never the case for upcoming ones) last. */
function bySoonestEnd(a: ActionRef, b: ActionRef): number {
  return (a.deadline.end ?? "~").localeCompare(b.deadline.end ?? "~");
}

export function ownerWorkload(plan: Plan, options: WorkloadOptions): OwnerWorkload[] {
  const { today, isLate } = options;
  const matcher = options.matcher ?? createOwnerMatcher(plan.roster);
  const entries = new Map(plan.roster.map((entry) => [entry, bucket("entry", entry)]));
  const unknown = bucket("unknown", null);
  const unassigned = bucket("unassigned", null);

  for (const { orientation, objective, action } of allActions(plan)) {
    const targets = new Set<OwnerWorkload>();
    for (const owner of matcher.match(ownersSource(action))) {
      const entry = owner.entries.length === 1 ? entries.get(owner.entries[0]) : undefined;
      if (entry) targets.add(entry);
      else if (isPlaceholderOwner(owner.text)) targets.add(unassigned);
      else {
        targets.add(unknown);
        if (!unknown.texts.includes(owner.text)) unknown.texts.push(owner.text);
      }
    }
    if (targets.size === 0) targets.add(unassigned);

    const ref: ActionRef = {
      orientation: orientation.code,
      objective: objective.code,
      code: action.code,
      title: action.title,
      status: action.status,
      deadline: action.deadline,
    };
    const late = isLate(action, today);
    const upcoming =
      !CLOSED.has(action.status) && action.deadline.end !== null && action.deadline.end >= today;
    for (const target of targets) {
      target.actions.push(ref);
      if (action.status) target.byStatus[action.status]++;
      else target.noStatus++;
      if (late) target.late.push(ref);
      if (upcoming) target.upcoming.push(ref);
    }
  }

  const buckets = [...entries.values(), ...[unknown, unassigned].filter((b) => b.actions.length > 0)];
  for (const b of buckets) {
    b.late.sort(bySoonestEnd);
    b.upcoming.sort(bySoonestEnd);
  }
  return buckets;
}
