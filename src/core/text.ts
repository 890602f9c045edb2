/** Text helpers shared by every parser: what « the same words » means across the product. */

/** Lower case, no accents, « œ » as « oe », punctuation as spaces, single spaces, trimmed. */
export function normalizeKey(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Trims and folds every run of white space (including non-breaking spaces) into one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}
