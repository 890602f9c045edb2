/**
 * The matching key of an owner's text: what makes « Direction générale », « la directrice
 * générale » and « Dir. générale » the same owner. Case, accents, punctuation, leading articles,
 * gendered, inclusive and plural forms, and a few common abbreviations are folded away. Small
 * words inside a title are kept: « Adjoint de projets » must stay apart from « Adjoint aux projets ».
 */
import { normalizeKey, stripAccents } from "../text";

/** « C.A. », « D.G » → « CA », « DG »: dotted initials are one word, not single letters. */
const DOTTED_INITIALS = /(?<![a-z0-9])(?:[a-z]\.)+[a-z](?![a-z0-9])\.?/g;

/** Feminine endings written beside the masculine: intervenant·e·s, agent(e), directeur/trice. */
export const INCLUSIVE_SUFFIX = "(?:e|trice|rice|euse|[eè]re|ienne|ne|te)";
const INCLUSIVE = new RegExp(`(?<=[a-z])[(·•⋅./-]${INCLUSIVE_SUFFIX}(?:[)·•⋅.]?s)?\\)?(?![a-z])`, "g");
const INCLUSIVE_MARK = /[(·•⋅./-]/;

/** Lower case without accents; the common all-ASCII text skips the costly Unicode normalization. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return /[\u0080-\uffff]/.test(lower) ? stripAccents(lower) : lower;
}

const LEADING_ARTICLES = new Set(["le", "la", "les", "l"]);

/** Abbreviations boards use in Responsables cells (« Adj. aux communications », « Tech. »). */
const ABBREVIATIONS = new Map(
  Object.entries({
    adj: "adjoint",
    tech: "technicien",
    techn: "technicien",
    dir: "directeur",
    coord: "coordonnateur",
    coordo: "coordonnateur",
    resp: "responsable",
  }),
);

/** A function named for its holder: « Direction générale » is the director, « Coordination » the coordinator. */
const FUNCTION_NOUNS = new Map(
  Object.entries({
    direction: "directeur",
    coordination: "coordonnateur",
    presidence: "president",
  }),
);

/** Feminine endings of titles → masculine (checked after the plural is removed). */
const FEMININE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["trice", "teur"],
  ["euse", "eur"],
  ["ienne", "ien"],
  ["ointe", "oint"],
  ["ante", "ant"],
  ["ente", "ent"],
  ["ere", "er"],
  ["ale", "al"],
];

/** One word's canonical form: singular, masculine, function noun as its holder's title. */
function canonicalWord(word: string): string {
  let w = ABBREVIATIONS.get(word) ?? word;
  if (w.length > 4 && w.endsWith("aux")) w = `${w.slice(0, -3)}al`;
  else if (w.length > 3 && /[sx]$/.test(w) && !w.endsWith("ss")) w = w.slice(0, -1);
  for (const [feminine, masculine] of FEMININE_ENDINGS) {
    if (w.length > feminine.length + 1 && w.endsWith(feminine)) {
      w = w.slice(0, -feminine.length) + masculine;
      break;
    }
  }
  return FUNCTION_NOUNS.get(w) ?? w;
}

/** The key under which an owner's text is looked up in the roster ("" when it has no letters). */
export function ownerKey(text: string): string {
  let folded = fold(text);
  if (folded.includes("."))
    folded = folded.replace(DOTTED_INITIALS, (initials) => initials.replace(/\./g, ""));
  if (INCLUSIVE_MARK.test(folded)) folded = folded.replace(INCLUSIVE, "");
  const words = normalizeKey(folded).split(" ").filter(Boolean);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0])) words.shift();
  return words.map(canonicalWord).join(" ");
}

/** What people write when nobody is named yet: treated as an empty owner, not an unknown one. */
const PLACEHOLDERS = new Set([
  "",
  "na",
  "n a",
  "nd",
  "n d",
  "aucun",
  "aucune",
  "personne",
  "inconnu",
  "a determiner",
  "a definir",
  "a preciser",
  "a confirmer",
  "a venir",
  "tbd",
  "none",
]);

export function isPlaceholderOwner(text: string): boolean {
  return PLACEHOLDERS.has(normalizeKey(text));
}
