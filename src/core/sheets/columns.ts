/**
 * The canonical sheets: their names and columns. French headers are written; on read, the English
 * header and any spelling that normalizes the same (case, accents, punctuation) are accepted too.
 */
import type { Language } from "../model";
import { normalizeKey } from "../text";

export interface ColumnSpec<F extends string = string> {
  field: F;
  fr: string;
  en: string;
}

export interface SheetSpec<F extends string = string> {
  fr: string;
  en: string;
  columns: readonly ColumnSpec<F>[];
  /** Columns Boussole derives from the others: neither a field nor one of the people's own columns. */
  computed?: readonly { fr: string; en: string }[];
}

/**
 * The computed end of each action's échéance, written by Boussole so that the « late » conditional
 * format can compare it with TODAY(); Structurer and Valider keep it up to date.
 */
export const PLANNED_END_COLUMN = { fr: "Fin prévue", en: "Planned end" } as const;

export const ORIENTATIONS_SHEET = {
  fr: "Orientations",
  en: "Orientations",
  columns: [
    { field: "code", fr: "Code", en: "Code" },
    { field: "title", fr: "Orientation", en: "Orientation" },
    { field: "description", fr: "Description", en: "Description" },
  ],
} as const satisfies SheetSpec;

export const OBJECTIVES_SHEET = {
  fr: "Objectifs",
  en: "Objectives",
  columns: [
    { field: "code", fr: "Code", en: "Code" },
    { field: "orientation", fr: "Orientation", en: "Orientation" },
    { field: "title", fr: "Objectif", en: "Objective" },
    { field: "description", fr: "Description", en: "Description" },
    { field: "group", fr: "Volet", en: "Group" },
    { field: "indicators", fr: "Indicateurs", en: "Indicators" },
    { field: "expectedResults", fr: "Résultats attendus", en: "Expected results" },
    { field: "notes", fr: "Notes", en: "Notes" },
  ],
} as const satisfies SheetSpec;

export const ACTIONS_SHEET = {
  fr: "Actions",
  en: "Actions",
  columns: [
    { field: "code", fr: "Code", en: "Code" },
    { field: "objective", fr: "Objectif", en: "Objective" },
    { field: "title", fr: "Action", en: "Action" },
    { field: "description", fr: "Description", en: "Description" },
    { field: "owners", fr: "Responsables", en: "Owners" },
    { field: "deadline", fr: "Échéance", en: "Deadline" },
    { field: "status", fr: "Statut", en: "Status" },
    { field: "progress", fr: "Avancement", en: "Progress" },
    { field: "budget", fr: "Budget", en: "Budget" },
    { field: "partners", fr: "Partenaires", en: "Partners" },
    { field: "indicators", fr: "Indicateurs", en: "Indicators" },
    { field: "expectedResult", fr: "Résultat attendu", en: "Expected result" },
    { field: "notes", fr: "Notes", en: "Notes" },
    { field: "periods", fr: "Périodes", en: "Periods" },
    { field: "lastUpdate", fr: "Mise à jour", en: "Last update" },
  ],
  computed: [PLANNED_END_COLUMN],
} as const satisfies SheetSpec;

export const ROSTER_SHEET = {
  fr: "Responsables",
  en: "Owners",
  columns: [
    { field: "name", fr: "Nom", en: "Name" },
    { field: "role", fr: "Rôle", en: "Role" },
    { field: "email", fr: "Courriel", en: "Email" },
    { field: "aliases", fr: "Alias", en: "Aliases" },
  ],
} as const satisfies SheetSpec;

export const SETTINGS_SHEET = {
  fr: "Paramètres",
  en: "Settings",
  columns: [
    { field: "key", fr: "Paramètre", en: "Setting" },
    { field: "value", fr: "Valeur", en: "Value" },
  ],
} as const satisfies SheetSpec;

/** The rows of the Paramètres sheet, one per setting. */
export const SETTING_KEYS = [
  { field: "organisation", fr: "Organisation", en: "Organization" },
  { field: "planName", fr: "Nom du plan", en: "Plan name" },
  { field: "mission", fr: "Mission", en: "Mission" },
  { field: "vision", fr: "Vision", en: "Vision" },
  { field: "values", fr: "Valeurs", en: "Values" },
  { field: "periodStart", fr: "Début du plan", en: "Plan start" },
  { field: "periodEnd", fr: "Fin du plan", en: "Plan end" },
  { field: "fiscalStartMonth", fr: "Début de l'exercice (mois)", en: "Fiscal year start (month)" },
  { field: "language", fr: "Langue", en: "Language" },
  { field: "reportLink", fr: "Rapport annuel", en: "Annual report" },
  { field: "presidentMessage", fr: "Mot de la présidence", en: "President's message" },
  { field: "highlights", fr: "Faits saillants", en: "Highlights" },
] as const;

export const CANONICAL_SHEETS = [
  ORIENTATIONS_SHEET,
  OBJECTIVES_SHEET,
  ACTIONS_SHEET,
  ROSTER_SHEET,
  SETTINGS_SHEET,
];

export type FieldOf<S extends SheetSpec> = S["columns"][number]["field"];

export function sheetName(spec: SheetSpec, language: Language): string {
  return spec[language];
}

export function header(column: ColumnSpec, language: Language): string {
  return column[language];
}

export function matchesName(candidate: string, spec: { fr: string; en: string }): boolean {
  const key = normalizeKey(candidate);
  const [fr, en] = nameKeys(spec);
  return key === fr || key === en;
}

/** The normalized names of a spec (a sheet, a column, a setting), computed once per spec. */
const NAME_KEYS = new WeakMap<object, readonly [string, string]>();
function nameKeys(spec: { fr: string; en: string }): readonly [string, string] {
  let keys = NAME_KEYS.get(spec);
  if (!keys) {
    keys = [normalizeKey(spec.fr), normalizeKey(spec.en)];
    NAME_KEYS.set(spec, keys);
  }
  return keys;
}

/** Finds a canonical sheet by its French or English name, in any case or accents. */
export function findSheet<T extends { name: string }>(sheets: readonly T[], spec: SheetSpec): T | undefined {
  return sheets.find((sheet) => matchesName(sheet.name, spec));
}

/**
 * Maps each known field to its column index from a header row. Columns that match no field are
 * the user's own: they are returned as `extras` (index → header text) and kept untouched.
 */
export function mapHeader<F extends string>(
  headerRow: readonly string[],
  spec: SheetSpec<F>,
): { fields: Map<F, number>; extras: Map<number, string> } {
  const fields = new Map<F, number>();
  const extras = new Map<number, string>();
  headerRow.forEach((text, index) => {
    const column = spec.columns.find((c) => matchesName(text, c));
    if (column && !fields.has(column.field)) fields.set(column.field, index);
    else if (text.trim() !== "" && !spec.computed?.some((computed) => matchesName(text, computed)))
      extras.set(index, text.trim());
  });
  return { fields, extras };
}

/** « 1.2 — Titre » → « 1.2 »: how a sheet shows a reference to an objective or an orientation. */
export const REFERENCE_SEPARATOR = " — ";

export function referenceLabel(code: string, title: string): string {
  return title ? `${code}${REFERENCE_SEPARATOR}${title}` : code;
}

export function referenceCode(text: string): string {
  const match = /^\s*(.*?)\s+[—–-]\s+/.exec(text);
  return (match ? match[1] : text).trim();
}
