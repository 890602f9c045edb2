/**
 * Lines outside the tables: headings (« Orientation 2 », « Axe II – … », « Volet : … »,
 * « Objectif 3 : … », « 1.2 … »), « Label : texte » lines and page furniture.
 */
import { codeDepth, normalizeCode, splitLeadingCode } from "./codes";
import { headingWords } from "./vocabulary";

export type HeadingLevel = "orientation" | "group" | "objective" | "action";

export interface Heading {
  level: HeadingLevel;
  /** The plan's own code as written (normalized), or null. */
  code: string | null;
  title: string;
}

const ACCENTED: Record<string, string> = {
  a: "[aàâä]",
  c: "[cç]",
  e: "[eéèêë]",
  i: "[iîï]",
  o: "[oôö]",
  u: "[uùûü]",
};

/**
 * Keywords (as `normalizeKey` writes them) as an accent-insensitive alternation, longest first so
 * that « axe » does not eat « axe stratégique »; a space matches a space, an apostrophe or a dash.
 */
function keywords(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[aceiou]/g, (letter) => ACCENTED[letter]).replace(/ /g, "[\\s'’-]+"))
    .join("|");
}

const ORIENTATION_WORDS = keywords(headingWords("orientation"));
const GROUP_WORDS = keywords(headingWords("group"));
const OBJECTIVE_WORDS = keywords(headingWords("objective"));

// keyword, optional « n° », optional code (a path: « 1.B.3 »), optional separator, title. Codes
// stop before a letter so that « Objectif Renforcer » is not code « R ».
const TAIL = String.raw`(?![\p{L}])\s*(?:n[°o.]\s*|#\s*)?(\d{1,3}(?:\.(?:\d{1,3}|[A-Z](?![\p{L}])))*|[IVX]{1,5}|[A-Z])?(?![\p{L}\d])\.?\s*([:–—)-])?\s*([\s\S]*)$`;
const ORIENTATION = new RegExp(`^(?:${ORIENTATION_WORDS})${TAIL}`, "iu");
const GROUP = new RegExp(`^(?:${GROUP_WORDS})${TAIL}`, "iu");
const OBJECTIVE = new RegExp(`^(?:${OBJECTIVE_WORDS})${TAIL}`, "iu");
const ROMAN_SECTION = /^([IVX]{1,5})\s*[.)–—-]\s+(\p{L}[\s\S]*)$/u;

/** Enough of a long cell to recognize a heading without scanning 50,000 characters. */
const HEAD_LENGTH = 400;

/**
 * The line as a heading, or null. Keyword headings are always recognized; bare numbering
 * (« 1. Promotion de la région », « 1.2 … ») only when `numbered` (outside a table).
 */
export function parseHeading(text: string, numbered: boolean): Heading | null {
  const head = text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text;
  const keyword =
    withKeyword("orientation", ORIENTATION, head, text) ??
    withKeyword("group", GROUP, head, text) ??
    withKeyword("objective", OBJECTIVE, head, text);
  if (keyword || !numbered) return keyword;
  const roman = ROMAN_SECTION.exec(head);
  if (roman)
    return { level: "orientation", code: normalizeCode(roman[1], true), title: rest(text, head, roman[2]) };
  const numberedLine = splitLeadingCode(head);
  if (!numberedLine || !/^\p{L}/u.test(numberedLine.rest)) return null;
  const levels: HeadingLevel[] = ["orientation", "objective", "action"];
  const level = levels[numberedLine.code.split(".").length - 1];
  return level ? { level, code: numberedLine.code, title: rest(text, head, numberedLine.rest) } : null;
}

/** « 1.1 » alone in the first cell of a two-cell line (the CAI layout): a heading whose title is next. */
export function codeOnly(text: string): Heading | null {
  const depth = /^\d{1,3}(\.\d{1,3})*\.?$/.test(text) ? codeDepth(text.replace(/\.$/, "")) : 0;
  const levels = ["orientation", "objective", "action"] as const;
  if (depth >= 1 && depth <= 3) return { level: levels[depth - 1], code: normalizeCode(text), title: "" };
  return /^[IVX]{1,5}\.?$/.test(text)
    ? { level: "orientation", code: normalizeCode(text, true), title: "" }
    : null;
}

function withKeyword(level: HeadingLevel, pattern: RegExp, head: string, text: string): Heading | null {
  const match = pattern.exec(head);
  if (!match) return null;
  const [, rawCode, separator, title] = match;
  // A bare keyword (« Orientation ») or one followed by plain words is not a heading, except a
  // group: « Volet partenariat » names its group without a colon.
  if (!rawCode && !separator && level !== "group") return null;
  if (!rawCode && title.trim() === "") return null;
  const code = rawCode ? normalizeCode(rawCode, level === "orientation") : null;
  return { level, code, title: rest(text, head, title) };
}

/** The title of a heading, whole even when only the start of a long cell was matched. */
function rest(text: string, head: string, matched: string): string {
  return (matched + text.slice(head.length)).trim();
}

/**
 * « Notes : … », « CLIENTÈLES VISÉES : … »: a short label (no digits) then a colon. A colon inside
 * parentheses is not one: « Promotion de la région (Réf. : PAG 2017) » is a title.
 */
export function parseLabelLine(text: string): { label: string; value: string } | null {
  const match = /^([^:\n\d(]{1,40}?)\s*:\s*([\s\S]*)$/.exec(
    text.length > HEAD_LENGTH ? text.slice(0, 60) : text,
  );
  if (!match || match[1].trim().split(/\s+/).length > 5) return null;
  return { label: match[1].trim(), value: text.slice(text.indexOf(":") + 1).trim() };
}

/** « Page 3 », « 3 / 12 », « … (suite) »: printed-page leftovers, whatever the plan. */
export function isPageMarker(text: string): boolean {
  return (
    /^(page|p\.)\s*\d+(\s*(de|of|sur|\/)\s*\d+)?$/i.test(text) ||
    /^\d+\s*(\/|de|of|sur)\s*\d+$/i.test(text) ||
    /\((suite|continued|cont\.?)\)$/i.test(text) ||
    /^(suite|continued|[àa] suivre)$/i.test(text)
  );
}

/** Written in capitals (« PLANIFICATION STRATÉGIQUE »): the look of a title or a page header. */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}
