/**
 * The words boards use for the levels of their plan, shared by heading lines (« Axe 2 : … ») and
 * column headers (« Axe »), written as `normalizeKey` leaves them (no accents, no apostrophes).
 * A word that means one thing as a heading and another as a column lives in that side's additions:
 * « Objectif général 1 : … » is an objective heading, but an « Objectif général » column groups
 * the specific objectives beside it.
 */

export type Level = "orientation" | "group" | "objective";

const SHARED: Record<Level, readonly string[]> = {
  orientation: [
    "orientation",
    "orientation strategique",
    "orientation generale",
    "grande orientation",
    "axe",
    "axe strategique",
    "axe d intervention",
    "enjeu",
    "priorite",
    "priorite strategique",
    "pilier",
    "strategic orientation",
    "strategic priority",
    "strategic direction",
    "strategic axis",
    "priority",
    "pillar",
  ],
  group: ["volet", "sous axe"],
  objective: [
    "objectif",
    "objectif specifique",
    "objectif strategique",
    "objectif operationnel",
    "cible",
    "objective",
    "specific objective",
    "goal",
  ],
};

/** Only as a heading line. */
const HEADING_ONLY: Record<Level, readonly string[]> = {
  orientation: [],
  group: [],
  objective: ["objectif general"],
};

/** Only as a column header. */
const HEADER_ONLY: Record<Level, readonly string[]> = {
  orientation: [],
  group: ["objectif general", "theme", "thematique", "champ d action", "group", "area"],
  objective: ["objectif vise", "but"],
};

/** The words that open a heading line of this level. */
export function headingWords(level: Level): string[] {
  return [...SHARED[level], ...HEADING_ONLY[level]];
}

/** The words that name a column of this level. */
export function headerWords(level: Level): string[] {
  return [...SHARED[level], ...HEADER_ONLY[level]];
}
