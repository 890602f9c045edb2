/**
 * Each action's owners checked against the roster, and the roster entries no action uses. The
 * roster's own problems (shared names, e-mails) are validateRoster's, called beside this one.
 */
import { messages } from "../i18n";
import {
  type Action,
  type ActionInContext,
  allActions,
  type Plan,
  type Problem,
  type RosterEntry,
} from "../model";
import { isPlaceholderOwner } from "../owners/normalize";
import { createOwnerMatcher, type OwnerMatch, type OwnerMatcher, ownersSource } from "../owners/resolve";
import { entryName } from "../owners/roster";
import { problem, type ValidationContext } from "./context";
import { ownerFixes } from "./fixes";

export function validateOwners(
  plan: Plan,
  ctx: ValidationContext,
  matcher: OwnerMatcher = createOwnerMatcher(plan.roster),
  actions: readonly ActionInContext[] = allActions(plan),
): Problem[] {
  const text = messages(ctx.language).owners;
  const problems: Problem[] = [];
  const checked = plan.roster.length > 0;
  const used = new Set<RosterEntry>();

  const check = (action: Action, owner: OwnerMatch): Problem | null => {
    if (owner.entries.length === 1) return null;
    const where = ctx.locate(action, "owners");
    if (isPlaceholderOwner(owner.text))
      return problem("warning", "owner.empty", text.placeholder(owner.text), where);
    if (!checked) return null; // one roster.empty warning instead of an error per owner
    if (owner.entries.length > 1) {
      return problem(
        "error",
        "owner.ambiguous",
        text.ambiguous(owner.text, owner.entries.map(entryName)),
        where,
      );
    }
    const suggestions = owner.suggestions.map((s) => text.suggestion(s.label, entryName(s.entry)));
    const fixes = ownerFixes(action, owner, ctx.locate, ctx.language);
    return problem("error", "owner.unknown", text.unknown(owner.text, suggestions), where, fixes);
  };

  for (const { action } of actions) {
    const owners = matcher.match(ownersSource(action));
    if (owners.length === 0)
      problems.push(problem("warning", "owner.empty", text.empty, ctx.locate(action, "owners")));
    for (const owner of owners) {
      for (const entry of owner.entries) used.add(entry);
      const found = check(action, owner);
      if (found) problems.push(found);
    }
  }

  if (!checked) {
    if (actions.length > 0)
      problems.push(problem("warning", "roster.empty", text.rosterEmpty, ctx.locate(plan, "roster")));
  } else {
    for (const entry of plan.roster.filter((e) => !used.has(e))) {
      problems.push(
        problem("info", "roster.unused", text.rosterUnused(entryName(entry)), ctx.locate(entry, "name")),
      );
    }
  }
  return problems;
}
