import type { owners as fr } from "../fr/owners";

/** “A”, “B” or “C” */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

export const owners: typeof fr = {
  suggestion: (label, name) => (label === name ? `“${label}”` : `“${label}” (${name})`),
  unknown: (text, suggestions) =>
    suggestions.length > 0
      ? `“${text}” is not in the list of owners. Did you mean ${orList(suggestions)}?`
      : `“${text}” is not in the list of owners. Add it to the “Responsables” sheet (Name, Role or Alias column) or fix its spelling.`,
  ambiguous: (text, names) =>
    `“${text}” names several owners: ${orList(names.map((name) => `“${name}”`))}. Write the person's or committee's name instead.`,
  empty: "No owner is given for this action. Write who takes care of it in the Owners column.",
  placeholder: (text) =>
    `“${text}” does not name an owner. Write who takes care of this action in the Owners column.`,
  rosterEmpty:
    "The “Responsables” sheet is empty: Boussole cannot check the actions' owners. List every person, role or committee there (columns Name, Role, Email, Alias).",
  rosterUnused: (name) => `“${name}” is in the list of owners, but no action is assigned to them.`,
  rosterDuplicate: (text, other) =>
    `“${text}” also names “${other}” in the list of owners: Boussole cannot tell who is meant. Keep this name or alias on one row only.`,
  rosterEmail: (email) =>
    `The email address “${email}” is not valid. Write it in full, for example name@organization.org.`,
  unknownOwners: "Owners not in the list",
  unassigned: "No owner",
};
