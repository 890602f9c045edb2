/** The roster (sheet « Responsables »): the Alias cell, and the problems that make matching unsure. */
import { messages } from "../i18n";
import type { Problem, RosterEntry } from "../model";
import { problem, type ValidationContext } from "../validate/context";
import { ownerKey } from "./normalize";

/** The aliases of an Alias cell: separated by commas (semicolons and line breaks also accepted). */
export function parseAliases(cell: string): string[] {
  const aliases = cell
    .split(/[,;\r\n]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
  return [...new Set(aliases)];
}

/** The name an owner resolves to: the entry's name, or its role when the name cell was left empty. */
export function entryName(entry: RosterEntry): string {
  return entry.name.trim() || entry.role?.trim() || entry.aliases[0] || "";
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * Two entries answering to the same name or alias (matching cannot tell them apart), and malformed
 * e-mails. The second entry to claim a text is the one reported: the first keeps it.
 */
export function validateRoster(roster: readonly RosterEntry[], ctx: ValidationContext): Problem[] {
  const text = messages(ctx.language).owners;
  const problems: Problem[] = [];
  const claimedBy = new Map<string, RosterEntry>();
  for (const entry of roster) {
    const identities: Array<[string, "name" | "aliases"]> = [
      [entry.name, "name"],
      ...entry.aliases.map((alias): [string, "aliases"] => [alias, "aliases"]),
    ];
    for (const [written, field] of identities) {
      const key = ownerKey(written);
      if (!key) continue;
      const owner = claimedBy.get(key);
      if (!owner) claimedBy.set(key, entry);
      else if (owner !== entry) {
        const message = text.rosterDuplicate(written.trim(), entryName(owner));
        problems.push(problem("error", "roster.duplicate", message, ctx.locate(entry, field)));
      }
    }
    const email = entry.email?.trim();
    if (email && !EMAIL.test(email)) {
      problems.push(problem("error", "roster.email", text.rosterEmail(email), ctx.locate(entry, "email")));
    }
  }
  return problems;
}
