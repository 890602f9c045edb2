/**
 * The Responsables field: a free text (« A + B ») that roster checkboxes add to and remove from.
 * The text stays the source of truth, so a person can always type an owner the roster lacks.
 */
import { splitOnSeparators } from "../../core/owners/split";
import { normalizeKey } from "../../core/text";

export interface RosterChoice {
  name: string;
  role: string | null;
}

function names(entry: RosterChoice): string[] {
  return [entry.name, entry.role].filter((text): text is string => !!text).map(normalizeKey);
}

/** Whether the owners text already names this roster entry (by its name or its role). */
export function namesOwner(text: string, entry: RosterChoice): boolean {
  const keys = names(entry);
  return splitOnSeparators(text).some((piece) => keys.includes(normalizeKey(piece.text)));
}

/** The owners text with the entry added at the end (« A + B ») or removed; other owners are kept. */
export function toggleOwner(text: string, entry: RosterChoice, selected: boolean): string {
  if (selected) {
    if (namesOwner(text, entry)) return text;
    return text.trim() ? `${text.trim()} + ${entry.name}` : entry.name;
  }
  const keys = names(entry);
  return splitOnSeparators(text)
    .map((piece) => piece.text)
    .filter((piece) => !keys.includes(normalizeKey(piece)))
    .join(" + ");
}
