/**
 * The one normalization pass of a deadline's text: lower case, no accents, one kind of dash,
 * apostrophes as spaces (« d'ici » → « d ici »), line breaks as list separators, single spaces.
 */
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const APOSTROPHES = /['\u2018\u2019\u201b\u0060\u00b4\u02bc]/g;
const LINE_BREAKS = /[\r\n]+/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Accented Latin letters folded once at load: cheaper per text than `normalize` on every string. */
const LATIN = /[\u00c0-\u017f]/g;
const FOLDED = new Map<string, string>();
for (let code = 0xc0; code <= 0x17f; code++) {
  const letter = String.fromCharCode(code);
  const folded = letter.normalize("NFKD").replace(COMBINING_MARKS, "");
  if (folded !== letter) FOLDED.set(letter, folded);
}
const fold = (letter: string) => FOLDED.get(letter) ?? letter;

export function normalizeDeadlineText(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) s = s.replace(LATIN, fold);
  // What is left (« 1ᵉʳ », dashes, non-breaking spaces): NFKD turns it into plain ASCII.
  if (NON_ASCII.test(s)) s = s.normalize("NFKD").replace(COMBINING_MARKS, "").replace(DASHES, "-");
  return s.replace(APOSTROPHES, " ").replace(LINE_BREAKS, " ; ").replace(SPACES, " ").trim();
}
