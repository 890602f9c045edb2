/**
 * « Depuis le dernier rapport »: each generated report keeps a small snapshot of the plan (code,
 * status and progress of each action), and the next report says what changed since. The snapshot
 * is stored as rows (a hidden sheet in Sheets) so that it survives between reports.
 */
import { isValidIsoDate } from "../calendar";
import { allActions, type IsoDate, type Plan, STATUSES, type Status } from "../model";

/** The hidden sheet that keeps the last report's snapshot; a name of its own, in no language. */
export const SNAPSHOT_SHEET = "Boussole · dernier rapport";

export interface SnapshotAction {
  code: string;
  status: Status | null;
  progress: number | null;
}

export interface ReportSnapshot {
  /** The day the report was generated. */
  date: IsoDate;
  actions: SnapshotAction[];
}

export interface SnapshotChanges {
  since: IsoDate;
  /** Réalisée now, not then (or new and already Réalisée). */
  done: number;
  /** Codes absent from the previous snapshot. */
  added: number;
  /** Reportée now, not then. */
  postponed: number;
  /** Codes of the previous snapshot no longer in the plan. */
  removed: number;
}

/** Actions without a code cannot be followed from one report to the next: they are left out. */
export function takeSnapshot(plan: Plan, date: IsoDate): ReportSnapshot {
  const actions = allActions(plan)
    .map(({ action }) => ({ code: action.code.trim(), status: action.status, progress: action.progress }))
    .filter((action) => action.code !== "");
  return { date, actions };
}

export function changesSince(previous: ReportSnapshot, current: ReportSnapshot): SnapshotChanges {
  const before = new Map(previous.actions.map((action) => [action.code, action]));
  const now = new Set(current.actions.map((action) => action.code));
  let done = 0;
  let added = 0;
  let postponed = 0;
  for (const action of current.actions) {
    const old = before.get(action.code);
    if (!old) added++;
    if (action.status === "Réalisée" && old?.status !== "Réalisée") done++;
    if (action.status === "Reportée" && old?.status !== "Reportée") postponed++;
  }
  const removed = previous.actions.filter((action) => !now.has(action.code)).length;
  return { since: previous.date, done, added, postponed, removed };
}

/** The first row holds the date; then one row per action: code, status, progress. */
export function snapshotRows(snapshot: ReportSnapshot): Array<Array<string | number>> {
  return [
    ["date", snapshot.date, ""],
    ...snapshot.actions.map((action) => [action.code, action.status ?? "", action.progress ?? ""]),
  ];
}

/** Reads rows written by `snapshotRows`; null when they are not a snapshot (edited, emptied). */
export function snapshotFromRows(rows: ReadonlyArray<ReadonlyArray<unknown>>): ReportSnapshot | null {
  const [head, ...rest] = rows;
  const date = String(head?.[1] ?? "");
  if (head?.[0] !== "date" || !isValidIsoDate(date)) return null;
  const actions = rest
    .map((row) => {
      const status = String(row[1] ?? "");
      const progress = typeof row[2] === "number" && Number.isFinite(row[2]) ? row[2] : null;
      return {
        code: String(row[0] ?? "").trim(),
        status: (STATUSES as readonly string[]).includes(status) ? (status as Status) : null,
        progress,
      };
    })
    .filter((action) => action.code !== "");
  return { date, actions };
}
