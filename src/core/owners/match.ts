/**
 * The roster compiled for lookups: every name, alias and role of every entry under its key, an
 * exact Map lookup first, and edit distance only for the texts that are not found.
 */
import { distance } from "fastest-levenshtein";
import type { RosterEntry } from "../model";
import { ownerKey } from "./normalize";
import { splitOnSeparators } from "./split";

/** A roster text an unknown owner resembles, and the entry it stands for. */
export interface Suggestion {
  label: string;
  entry: RosterEntry;
}

interface Label {
  text: string;
  key: string;
  entry: RosterEntry;
}

/** Names and aliases identify an entry; a role only when no name or alias claims the same key. */
const IDENTITY = 0;
const ROLE = 1;
type Tier = typeof IDENTITY | typeof ROLE;

interface Claim {
  tier: Tier;
  entries: RosterEntry[];
}

export const MAX_SUGGESTIONS = 3;

/** No roster text joins more « et »-separated parts than this (« Comité santé et sécurité » joins 2). */
export const MAX_ET_RUN = 6;

/** The « et » words of a key: a cell's run of n parts keeps its n − 1 « et » in its key. */
function etWords(key: string): number {
  return key.split(" ").filter((word) => word === "et").length;
}

/**
 * Whether a roster text is worth suggesting: within 40 % edits of the longer text (at least 2), or
 * containing the owner's whole words (« Directrice » → « Directrice générale »). `gap` is a lower
 * bound of the edit distance, so a text already too far by length is never measured.
 */
function closeEnough(key: string, labelKey: string, gap: number): boolean {
  return (
    gap <= Math.max(2, Math.floor(0.4 * Math.max(key.length, labelKey.length))) ||
    containsWords(labelKey, key)
  );
}

function containsWords(outer: string, inner: string): boolean {
  return inner.length >= 3 && ` ${outer} `.includes(` ${inner} `);
}

export class RosterIndex {
  private readonly claims = new Map<string, Claim>();
  private readonly suggestable: Label[] = [];
  private readonly suggestions = new Map<string, Suggestion[]>();
  /** Keys of roster texts that contain a separator (« Comités/Tables »), to be matched whole first. */
  readonly joinedKeys = new Set<string>();
  /** The most separator-split pieces any such roster text spans. */
  readonly longestJoin: number = 1;
  /**
   * The most « et »-separated parts a run of a cell can have and still be a roster text: one more
   * than the « et » words of the longest such key, capped so that no roster makes a cell costly.
   */
  readonly longestEtRun: number = 1;

  constructor(roster: readonly RosterEntry[]) {
    const labels: Array<Label & { tier: Tier }> = [];
    // Name, then role, then aliases: on a tie the suggestion shows the most readable text.
    const add = (text: string, entry: RosterEntry, tier: Tier) => {
      if (text.trim()) labels.push({ text: text.trim(), key: ownerKey(text), entry, tier });
    };
    for (const entry of roster) {
      add(entry.name, entry, IDENTITY);
      add(entry.role ?? "", entry, ROLE);
      for (const alias of entry.aliases) add(alias, entry, IDENTITY);
    }
    for (const label of labels) {
      if (!label.key) continue;
      this.claim(label.key, label.tier, label.entry);
      this.longestEtRun = Math.min(MAX_ET_RUN, Math.max(this.longestEtRun, 1 + etWords(label.key)));
      const pieces = splitOnSeparators(label.text).length;
      if (pieces > 1) {
        this.joinedKeys.add(label.key);
        this.longestJoin = Math.max(this.longestJoin, pieces);
      }
    }
    // A role shared by several entries names none of them: suggest their names instead.
    for (const label of labels) {
      if (label.key && this.lookup(label.key).length === 1) this.suggestable.push(label);
    }
  }

  private claim(key: string, tier: Tier, entry: RosterEntry): void {
    const claim = this.claims.get(key);
    if (!claim || tier < claim.tier) this.claims.set(key, { tier, entries: [entry] });
    else if (tier === claim.tier && !claim.entries.includes(entry)) claim.entries.push(entry);
  }

  /** The entries a key names: one when known, several when ambiguous, none when unknown. */
  lookup(key: string): readonly RosterEntry[] {
    return this.claims.get(key)?.entries ?? [];
  }

  /** Up to three entries whose texts are closest to the key, best first, each under its closest text. */
  suggest(key: string): readonly Suggestion[] {
    let found = this.suggestions.get(key);
    if (!found) {
      found = this.rank(key);
      this.suggestions.set(key, found);
    }
    return found;
  }

  private rank(key: string): Suggestion[] {
    const best = new Map<RosterEntry, { label: string; distance: number; order: number }>();
    for (const [order, label] of this.suggestable.entries()) {
      // The length gap is a lower bound of the distance: skip the texts that cannot be close.
      if (!closeEnough(key, label.key, Math.abs(key.length - label.key.length))) continue;
      const d = distance(key, label.key);
      if (!closeEnough(key, label.key, d)) continue;
      const current = best.get(label.entry);
      if (!current || d < current.distance) best.set(label.entry, { label: label.text, distance: d, order });
    }
    return [...best.entries()]
      .sort(([, a], [, b]) => a.distance - b.distance || a.order - b.order)
      .slice(0, MAX_SUGGESTIONS)
      .map(([entry, { label }]) => ({ label, entry }));
  }
}
