/**
 * Final codes. Each level keeps the plan's own numbers when they are unique among their siblings
 * (« Objectif 3 » under orientation 2 → "2.3"; « 1.2 » stays "1.2"; action n° 5 → "2.3.5", even
 * out of order). Siblings without a number take the numbers after the highest one written. When numbers repeat among
 * siblings (Pivot restarts « Objectif 1 » in every Volet), the whole level is numbered 1, 2, 3 in
 * order of appearance: the board's own label stays in the title and the group.
 */
import type { Orientation } from "../model";
import type { EntityMeta } from "./builder";

export interface Renumbered {
  /** The parent whose children were renumbered (null: the orientations themselves). */
  parent: Orientation | Orientation["objectives"][number] | null;
  count: number;
}

/** Sets every `code`; returns the levels that had to be renumbered because numbers repeated. */
export function assignCodes(orientations: Orientation[], meta: Map<object, EntityMeta>): Renumbered[] {
  const renumbered: Renumbered[] = [];
  const own = (entity: object) => meta.get(entity)?.own ?? null;
  number(orientations, "", own, null, renumbered);
  for (const orientation of orientations) {
    number(orientation.objectives, orientation.code, own, orientation, renumbered);
  }
  keepPlainObjectiveCodes(orientations, own, renumbered);
  for (const orientation of orientations) {
    for (const objective of orientation.objectives) {
      number(objective.actions, objective.code, own, objective, renumbered);
    }
  }
  return renumbered;
}

/**
 * « Objectif 3 » keeps « 3 » when the plan numbers its objectives once across orientations (1 to
 * 18): every plain number written is unique in the plan and no other objective's code is that.
 * When one number repeats (numbering restarts per orientation), none is kept, so that the codes
 * stay of one kind. Codes are unique per level, as in the canonical sheets.
 */
function keepPlainObjectiveCodes(
  orientations: Orientation[],
  own: (entity: object) => string | null,
  renumbered: Renumbered[],
): void {
  const restarted = new Set(renumbered.map((r) => r.parent));
  const objectives = orientations.flatMap((o) => (restarted.has(o) ? [] : o.objectives));
  const taken = new Map<string, number>();
  for (const objective of orientations.flatMap((o) => o.objectives)) {
    for (const code of new Set([objective.code, own(objective) ?? ""]))
      taken.set(code, (taken.get(code) ?? 0) + 1);
  }
  const plain = objectives.filter((objective) => /^\d+$/.test(own(objective) ?? ""));
  if (plain.some((objective) => taken.get(own(objective) ?? "") !== 1)) return;
  for (const objective of plain) objective.code = own(objective) ?? objective.code;
}

function number<T extends { code: string }>(
  siblings: T[],
  parentCode: string,
  own: (entity: object) => string | null,
  parent: Renumbered["parent"],
  renumbered: Renumbered[],
): void {
  const prefix = parentCode ? `${parentCode}.` : "";
  const suffixes = siblings.map((sibling) => suffixOf(own(sibling), prefix));
  const written = suffixes.filter((suffix): suffix is string => suffix !== null);
  const repeated = new Set(written).size !== written.length;
  if (repeated) renumbered.push({ parent, count: siblings.length });
  const used = new Set(repeated ? [] : written);
  // Unnumbered siblings come after the highest written number, never in a gap before it.
  let next = 1 + [...used].map(Number).reduce((max, n) => (Number.isInteger(n) && n > max ? n : max), 0);
  siblings.forEach((sibling, i) => {
    let suffix = repeated ? null : suffixes[i];
    if (suffix === null) {
      while (used.has(String(next))) next++;
      suffix = String(next);
      used.add(suffix);
    }
    sibling.code = prefix + suffix;
  });
}

/** The part of a written code below its parent: « 1.2 » under « 1 » → "2"; « 3 » → "3". */
function suffixOf(code: string | null, prefix: string): string | null {
  if (!code) return null;
  if (prefix && code.startsWith(prefix) && code.length > prefix.length) return code.slice(prefix.length);
  return code.split(".").pop() || null;
}
