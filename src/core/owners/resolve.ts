/**
 * Owner resolution: a Responsables cell → the owners it names, each resolved against the roster.
 * Order of the rules: a roster text containing a separator is matched whole first; then each piece
 * between separators is looked up; a piece not found is cut at « et » only when every part is
 * found; what is still not found is unknown, with the closest roster texts as suggestions.
 */
import { type Action, allActions, type Owner, type Plan, type RosterEntry } from "../model";
import { RosterIndex, type Suggestion } from "./match";
import { isPlaceholderOwner, ownerKey } from "./normalize";
import { entryName } from "./roster";
import { type Piece, span, splitOnEt, splitOnSeparators, wholeCell } from "./split";

/** One owner of a cell: `entries` holds one entry when known, several when ambiguous, none when unknown. */
export interface OwnerMatch {
  text: string;
  entries: readonly RosterEntry[];
  suggestions: readonly Suggestion[];
}

export interface OwnerMatcher {
  resolve(cell: string): Owner[];
  match(cell: string): readonly OwnerMatch[];
}

function toOwner(match: OwnerMatch): Owner {
  if (match.entries.length === 1) return { text: match.text, name: entryName(match.entries[0]) };
  const suggestions =
    match.entries.length > 1 ? match.entries.map(entryName) : match.suggestions.map((s) => s.label);
  return { text: match.text, name: null, suggestions };
}

export function createOwnerMatcher(roster: readonly RosterEntry[]): OwnerMatcher {
  const index = new RosterIndex(roster);
  const cache = new Map<string, readonly OwnerMatch[]>();
  // Cells repeat their owners: each distinct text is normalized once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) {
      key = ownerKey(text);
      keys.set(text, key);
    }
    return key;
  };

  const known = (piece: Piece): OwnerMatch | null => {
    const entries = index.lookup(keyOf(piece.text));
    return entries.length > 0 ? { text: piece.text, entries, suggestions: [] } : null;
  };

  const unknown = (piece: Piece): OwnerMatch => ({
    text: piece.text,
    entries: [],
    suggestions: isPlaceholderOwner(piece.text) ? [] : index.suggest(keyOf(piece.text)),
  });

  /**
   * The fewest runs of « et »-separated parts that are all found, or null. A run is never longer
   * than the roster's longest text (`index.longestEtRun` parts), so a cell costs a bounded number
   * of lookups per part: « DG et DG et … » is linear in its length, not cubic.
   */
  const cutAtEt = (piece: Piece): OwnerMatch[] | null => {
    const parts = splitOnEt(piece);
    if (parts.length < 2) return null;
    // fewest[i]: the fewest found owners covering parts[0..i) (Infinity when none does);
    // last[i]: the last of those owners and where its run starts.
    const fewest = [0];
    const last: Array<{ start: number; match: OwnerMatch } | null> = [null];
    for (let end = 1; end <= parts.length; end++) {
      fewest[end] = Number.POSITIVE_INFINITY;
      last[end] = null;
      for (let start = Math.max(0, end - index.longestEtRun); start < end; start++) {
        if (fewest[start] + 1 >= fewest[end]) continue;
        const found = known(span(piece, parts[start], parts[end - 1]));
        if (found) {
          fewest[end] = fewest[start] + 1;
          last[end] = { start, match: found };
        }
      }
    }
    const matches: OwnerMatch[] = [];
    for (let at = parts.length; at > 0; ) {
      const step = last[at];
      if (!step) return null;
      matches.push(step.match);
      at = step.start;
    }
    return matches.reverse();
  };

  /** The longest run of pieces from `from` that rejoins into a roster text containing a separator. */
  const joined = (cell: Piece, pieces: Piece[], from: number): { match: OwnerMatch; next: number } | null => {
    for (let last = Math.min(from + index.longestJoin, pieces.length) - 1; last > from; last--) {
      const whole = span(cell, pieces[from], pieces[last]);
      if (!index.joinedKeys.has(keyOf(whole.text))) continue;
      const match = known(whole);
      if (match) return { match, next: last + 1 };
    }
    return null;
  };

  const compute = (cell: string): OwnerMatch[] => {
    const whole = cell.trim();
    if (isPlaceholderOwner(whole))
      return whole ? [unknown({ text: whole, start: 0, end: whole.length })] : [];
    const pieces = splitOnSeparators(cell);
    const matches: OwnerMatch[] = [];
    for (let i = 0; i < pieces.length; ) {
      const run = index.longestJoin > 1 ? joined(wholeCell(cell), pieces, i) : null;
      if (run) {
        matches.push(run.match);
        i = run.next;
        continue;
      }
      const piece = pieces[i++];
      const found = known(piece);
      if (found) matches.push(found);
      else matches.push(...(cutAtEt(piece) ?? [unknown(piece)]));
    }
    return matches;
  };

  const match = (cell: string): readonly OwnerMatch[] => {
    let matches = cache.get(cell);
    if (!matches) {
      matches = compute(cell);
      cache.set(cell, matches);
    }
    return matches;
  };

  return { match, resolve: (cell) => match(cell).map(toOwner) };
}

/** The text an action's owners come from: its Responsables cell, or its owners when built without one. */
export function ownersSource(action: Action): string {
  return action.ownersText.trim() ? action.ownersText : action.owners.map((owner) => owner.text).join("\n");
}

/**
 * Fills every action's `owners` from its Responsables text, in place: the action objects stay the
 * ones the reader's `locate` knows. Returns the same plan for chaining.
 */
export function resolvePlanOwners(plan: Plan, matcher = createOwnerMatcher(plan.roster)): Plan {
  for (const { action } of allActions(plan)) action.owners = matcher.resolve(ownersSource(action));
  return plan;
}
