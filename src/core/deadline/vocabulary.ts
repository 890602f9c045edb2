/**
 * The words boards use in deadlines, French and English, as normalized by `normalizeDeadlineText`
 * (lower case, no accents). Whole-phrase classes are regexes on the normalized text; single words
 * are looked up once per token.
 */

/** Texts that mean « no deadline, never late ». They may go on (« En continu selon les opportunités »). */
export const ONGOING =
  /^(?:en )?(?:continue?(?:l|lle|llement)?|permanence|permanent|tout temps|tout au long (?:de l )?annee|toute l annee|au besoin|selon les besoins|ongoing|continuous(?:ly)?|as needed|all year(?: long| round)?|throughout the year)(?:\b|$)/;

/** Texts that mean « again and again »: no single deadline. */
export const RECURRING =
  /^(?:(?:bi|semi)[ -]?)?(?:annuel(?:le)?(?:ment)?|mensuel(?:le)?(?:ment)?|trimestriel(?:le)?(?:ment)?|semestriel(?:le)?(?:ment)?|hebdomadaire(?:ment)?|quotidien(?:ne)?(?:ment)?|chaque|aux (?:\d+|deux|trois|quatre|six|douze) (?:jours|semaines|mois|ans)|(?:a )?(?:tous|toutes) les|every|each|annually|yearly|monthly|quarterly|weekly|daily|recurr?ente?|recurring)\b/;

export const IMMEDIATE =
  /^(?:immediat(?:e|ement)?|immediately|des maintenant|maintenant|tout de suite|des que possible|le plus tot possible|au plus tot|asap|now|right away|as soon as possible)\b/;

/** Texts that say the deadline is still to be set. */
export const UNDETERMINED =
  /^(?:a (?:evaluer|determiner|preciser|confirmer|definir|venir|voir|discuter|fixer)|indeterminee?|inconnue?|non (?:determinee?|definie?|fixee?)|n ?[./-]? ?[ad]\.?|tbd|tbc|to be (?:determined|confirmed|defined|set)|unknown|not set|pending)(?:\b|$)/;

/** Symbols before the first word; a text of symbols only (« ? », « - », « … ») says nothing. */
export const LEADING_SYMBOLS = /^[^a-z0-9]+/;

/** An event whose date the plan does not know: « Avant l'AGA », « Après le financement ». */
export const RELATIVE_EVENT =
  /\b(?:aga|agm|ag|agaa|assemblee|ca|conseil|board|rencontre|reunion|meeting|rapport|report|adoption|lancement|embauche|financement|funding|subvention|grant|selon|depend|depending|lorsque|quand|when|apres|after|suite|lors)\b/;

/** Words that only say « this is a deadline »: « D'ici mars 2021 », « Au plus tard le 15 mars ». */
export const DEADLINE_PREFIX =
  /^(?:d ici|au plus tard|jusqu|jusque|until|till|by|no later than|pour|for|vers|around|autour|aux alentours|courant|au cours|during|durant|pendant|within)(?: (?:a|au|en|le|la|l))*(?: |$)/;

/** « Avant mars 2021 »: due the day before what follows. */
export const BEFORE_PREFIX = /^(?:avant|before|prior to)(?: (?:le|la|l|de|d|the))* ?/;

/** Remarks after a deadline that do not change it: « Juin 2021 (AGA) », « Mars 2021 à confirmer », a final dot. */
export const TRAILING_REMARK =
  / ?(?:\(.*|a confirmer|environ|approximativement|approx|about|tbc|or earlier|ou avant|[.;:!,]+)$/;

export type Lexeme =
  | { type: "month"; month: number }
  | { type: "season"; season: Season }
  | { type: "qualifier" }
  /** « premier trimestre », « last quarter »: `last` only makes sense for quarters. */
  | { type: "ordinal"; value: number | "last" }
  | { type: "quarterWord" }
  | { type: "quarterLetter" }
  | { type: "yearWord" }
  | { type: "fiscalWord" }
  | { type: "connector" }
  | { type: "separator" }
  | { type: "filler" };

export type Season = "winter" | "spring" | "summer" | "autumn";

const LEXICON = new Map<string, Lexeme>();
function define(words: string, lexeme: Lexeme): void {
  for (const word of words.split(" ")) LEXICON.set(word, lexeme);
}

const MONTH_WORDS = [
  "janvier janv jan january",
  "fevrier fevr fev feb february",
  "mars mar march",
  "avril avr apr april",
  "mai may",
  "juin jun june",
  "juillet juil juill jul july",
  "aout aou aug august",
  "septembre sept sep september",
  "octobre oct october",
  "novembre nov november",
  "decembre dec december",
];
for (const [index, words] of MONTH_WORDS.entries()) define(words, { type: "month", month: index + 1 });
define("hiver winter", { type: "season", season: "winter" });
define("printemps spring", { type: "season", season: "spring" });
define("ete summer", { type: "season", season: "summer" });
define("automne fall autumn", { type: "season", season: "autumn" });
define("debut mi milieu fin early mid middle late end beginning", { type: "qualifier" });
define("premier premiere first", { type: "ordinal", value: 1 });
define("deuxieme second seconde", { type: "ordinal", value: 2 });
define("troisieme third", { type: "ordinal", value: 3 });
define("quatrieme fourth", { type: "ordinal", value: 4 });
define("dernier derniere last", { type: "ordinal", value: "last" });
define("trimestre quarter", { type: "quarterWord" });
define("t q", { type: "quarterLetter" });
define("an ans annee annees year years", { type: "yearWord" });
define("exercice exercices fiscal fiscale financiere fy af", { type: "fiscalWord" });
define("a au aux to through thru jusqu", { type: "connector" });
define("et and puis ou or", { type: "separator" });
define("le la les l de d du des en in the of on entre between from", { type: "filler" });

export function lexeme(word: string): Lexeme | undefined {
  return LEXICON.get(word);
}

/** Letters after a number that make it an ordinal: « 1er », « 2e », « 3rd ». */
export const ORDINAL_SUFFIXES = new Set(["er", "re", "ere", "e", "eme", "ieme", "st", "nd", "rd", "th"]);

/** Season intervals of docs/domain.md, within one calendar year: [first month, last month]. */
export const SEASON_MONTHS: Record<Season, [number, number]> = {
  winter: [1, 3],
  spring: [4, 6],
  summer: [7, 8],
  autumn: [9, 12],
};
