/**
 * Where a board keeps its roster: the sheet whose header names people (Nom / Rôle / Courriel /
 * Alias, or the words boards use for them), else a sheet called like a roster (« Responsables »,
 * « Membres », « Équipe », « Comité »…) — never the plan's own sheet, nor another canonical sheet.
 * The sheet found is read by the canonical reader, its header rewritten to the canonical names,
 * and every location keeps the sheet's real name and rows.
 */
import { type Cell, cellText, isEmptyRow, type SheetGrid, type WorkbookGrid } from "../cells";
import type { Language, RosterEntry } from "../model";
import { CANONICAL_SHEETS, ROSTER_SHEET } from "../sheets/columns";
import { readCanonicalPlan } from "../sheets/read";
import { normalizeKey } from "../text";
import type { Locate } from "../validate/context";

type RosterField = (typeof ROSTER_SHEET)["columns"][number]["field"];

/** Header words per roster column, compared after normalizeKey (no case, accents, punctuation). */
const HEADER_WORDS: Record<RosterField, readonly string[]> = {
  name: [
    "nom",
    "name",
    "nom complet",
    "prenom et nom",
    "nom et prenom",
    "personne",
    "membre",
    "qui",
    "full name",
    "member",
    "person",
  ],
  role: ["role", "fonction", "poste", "titre", "title", "position", "job title", "instance"],
  email: [
    "courriel",
    "email",
    "e mail",
    "adresse courriel",
    "adresse electronique",
    "mail",
    "e mail address",
  ],
  aliases: [
    "alias",
    "aliases",
    "aussi appele",
    "autres noms",
    "sigle",
    "abreviation",
    "acronyme",
    "other names",
    "also known as",
  ],
};

/** Sheet names that say « this is the roster », as words of the name (« Membres du CA »). */
const ROSTER_NAMES = [
  "responsables",
  "responsable",
  "membres",
  "membre",
  "equipe",
  "comite",
  "comites",
  "roster",
  "owners",
  "members",
  "team",
  "committee",
  "personnes",
  "contacts",
];

/** The header is looked for in the first rows only (a title may sit above it). */
const HEADER_ROWS = 10;

export interface FoundRoster {
  sheet: string;
  roster: RosterEntry[];
  locate: Locate;
}

export interface FindRosterOptions {
  /** The sheet the person named (`--roster-sheet`); no guessing then. */
  name?: string;
  /** The plan's sheet in the same workbook: never the roster. */
  planSheet?: string;
  language: Language;
}

/** The roster sheet of a workbook, read; null when no sheet looks like one. */
export function findRoster(workbook: WorkbookGrid, options: FindRosterOptions): FoundRoster | null {
  const sheet = options.name
    ? byName(workbook.sheets, options.name)
    : bestCandidate(workbook.sheets, options);
  return sheet ? readRosterSheet(sheet, workbook.timeZone, options.language) : null;
}

function byName(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  const key = normalizeKey(name);
  return (
    sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => normalizeKey(sheet.name) === key)
  );
}

function bestCandidate(sheets: readonly SheetGrid[], options: FindRosterOptions): SheetGrid | null {
  let best: SheetGrid | null = null;
  let bestScore = 0;
  for (const sheet of sheets) {
    if (sheet.name === options.planSheet || isOtherCanonicalSheet(sheet.name)) continue;
    const header = findHeader(sheet);
    const named = hasRosterName(sheet.name);
    // A header that names people and one more roster column, or a roster's name over any header.
    const fields = header?.fields.size ?? 0;
    const score = (header?.fields.has("name") && fields >= 2 ? fields * 2 : 0) + (named ? 3 : 0);
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best;
}

function isOtherCanonicalSheet(name: string): boolean {
  const key = normalizeKey(name);
  return CANONICAL_SHEETS.some(
    (spec) => spec !== ROSTER_SHEET && (key === normalizeKey(spec.fr) || key === normalizeKey(spec.en)),
  );
}

function hasRosterName(name: string): boolean {
  return normalizeKey(name)
    .split(" ")
    .some((word) => ROSTER_NAMES.includes(word));
}

interface Header {
  index: number;
  fields: Map<RosterField, number>;
}

/** The first row (of the first few) that names roster columns; else the first non-empty row. */
function findHeader(sheet: SheetGrid): Header | null {
  let first: Header | null = null;
  for (let index = 0; index < Math.min(sheet.values.length, HEADER_ROWS); index++) {
    const row = sheet.values[index];
    if (isEmptyRow(row)) continue;
    const fields = headerFields(row);
    if (fields.size > 0) return { index, fields };
    first ??= { index, fields };
  }
  return first;
}

function headerFields(row: readonly Cell[]): Map<RosterField, number> {
  const fields = new Map<RosterField, number>();
  row.forEach((cell, column) => {
    const key = normalizeKey(cellText(cell, "UTC"));
    for (const [field, words] of Object.entries(HEADER_WORDS) as [RosterField, readonly string[]][]) {
      if (!fields.has(field) && words.includes(key)) fields.set(field, column);
    }
  });
  return fields;
}

/**
 * The sheet as the canonical reader expects it: rows above the header emptied (row numbers stay
 * the sheet's), the header's roster columns renamed « Nom », « Rôle »…; with no recognised header,
 * the first column holds the names.
 */
function readRosterSheet(sheet: SheetGrid, timeZone: string, language: Language): FoundRoster {
  const header = findHeader(sheet);
  if (!header)
    return { sheet: sheet.name, roster: [], locate: () => ({ sheet: sheet.name, row: null, column: null }) };
  const fields = header.fields.size > 0 ? header.fields : new Map<RosterField, number>([["name", 0]]);
  const original = sheet.values[header.index];
  const renamed = original.map((): Cell => "");
  for (const [field, column] of fields) {
    const spec = ROSTER_SHEET.columns.find((c) => c.field === field);
    if (spec) renamed[column] = spec.fr;
  }
  const values = sheet.values.map((row, index) =>
    index < header.index ? row.map((): Cell => "") : index === header.index ? renamed : row,
  );
  const read = readCanonicalPlan({ sheets: [{ name: ROSTER_SHEET.fr, values }], timeZone }, language);
  return {
    sheet: sheet.name,
    roster: read.plan.roster,
    locate: (entity, field) => {
      const location = read.locate(entity, field);
      if (location.sheet !== ROSTER_SHEET.fr) return location;
      // The header the person wrote, not the canonical one it was renamed to.
      const column = fields.get(field as RosterField);
      const written =
        column === undefined ? location.column : cellText(original[column], timeZone) || location.column;
      return { ...location, sheet: sheet.name, column: written };
    },
  };
}
