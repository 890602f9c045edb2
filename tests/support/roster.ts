import type { RosterEntry } from "../../src/core/model";

/** A roster entry for tests: a name, optionally a role and aliases, no e-mail. */
export const rosterEntry = (
  name: string,
  role: string | null = null,
  aliases: string[] = [],
): RosterEntry => ({
  name,
  role,
  email: null,
  aliases,
});
