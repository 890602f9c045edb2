/**
 * The fixes Boussole can offer with a problem, each one write of one cell on the problem's row:
 * an unknown owner replaced by a close roster text, a two-digit year written in full, and the two
 * ways out of a status that contradicts its progress. A fix is offered only when its result is
 * known to be right (the new échéance is parsed again) and the cell's column is known.
 */

import { type DeadlineContext, type DeadlineWarning, parseDeadline } from "../deadline";
import { messages } from "../i18n";
import type { Action, Language, ProblemFix } from "../model";
import type { OwnerMatch } from "../owners/resolve";
import type { Locate } from "./context";

type FixTexts = ReturnType<typeof messages>["validation"]["fixes"];

const texts = (language: Language): FixTexts => messages(language).validation.fixes;

/** « CA + Agent de projets » → « CA + Adjoint aux projets », one choice per suggestion. */
export function ownerFixes(
  action: Action,
  owner: OwnerMatch,
  locate: Locate,
  language: Language,
): ProblemFix[] {
  const column = locate(action, "owners").column;
  const cell = action.ownersText;
  const at = cell.indexOf(owner.text);
  if (column === null || at < 0) return [];
  return owner.suggestions.map(({ label }) => ({
    label: texts(language).replaceWith(label),
    column,
    from: cell,
    value: cell.slice(0, at) + label + cell.slice(at + owner.text.length),
  }));
}

/** « Automne 19 » → « Automne 2019 »: each two-digit year, from the right, written in full. */
export function deadlineFixes(
  action: Action,
  warnings: readonly DeadlineWarning[],
  context: DeadlineContext,
  locate: Locate,
  language: Language,
): ProblemFix[] {
  const column = locate(action, "deadline").column;
  const years = warnings.filter((w) => w.code === "twoDigitYear");
  if (column === null || years.length === 0) return [];
  let text = action.deadline.text;
  let end = text.length;
  for (const { written, year } of [...years].reverse()) {
    const at = lastNumberAt(text.slice(0, end), written);
    if (at < 0) return [];
    text = text.slice(0, at) + String(year) + text.slice(at + written.length);
    end = at;
  }
  const fixed = parseDeadline(text, context);
  if (fixed.kind === "invalid" || fixed.warnings.some((w) => w.code === "twoDigitYear")) return [];
  return [{ label: texts(language).write(text), column, from: action.deadline.text, value: text }];
}

/** The last place where `digits` stands as a whole number (not inside « 2019 »). */
function lastNumberAt(text: string, digits: string): number {
  for (let at = text.lastIndexOf(digits); at >= 0; at = text.lastIndexOf(digits, at - 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + digits.length] ?? "";
    if (!/\d/.test(before) && !/\d/.test(after)) return at;
    if (at === 0) break;
  }
  return -1;
}

/**
 * « Réalisée » at 60 %: 100 %, or back to « En cours ». 100 % but not « Réalisée »: « Réalisée »
 * (the other way out, a lower progress, is a number only the person knows).
 */
export function progressFixes(action: Action, locate: Locate, language: Language): ProblemFix[] {
  const t = texts(language);
  const statuses = messages(language).common.statuses;
  const progress = locate(action, "progress").column;
  const status = locate(action, "status").column;
  const fixes: ProblemFix[] = [];
  if (action.status === "Réalisée") {
    if (progress !== null)
      fixes.push({ label: t.setProgress(100), column: progress, from: action.progress, value: 100 });
    if (status !== null)
      fixes.push({
        label: t.setStatus(statuses["En cours"]),
        column: status,
        from: action.status,
        value: "En cours",
      });
  } else if (status !== null) {
    fixes.push({
      label: t.setStatus(statuses.Réalisée),
      column: status,
      from: action.status,
      value: "Réalisée",
    });
  }
  return fixes;
}
