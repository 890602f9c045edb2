/**
 * What boards call each field in their own column headers (French and English). Headers are
 * compared after `headerKey`: no accents, no case, no « (s) » / « ($) », plurals made singular.
 */
import { normalizeKey } from "../text";
import { headerWords } from "./vocabulary";

/** Hierarchy levels that may come as columns (a flat table) or as heading lines. */
export const HIERARCHY_FIELDS = ["orientation", "group", "objective"] as const;
/** Action fields, named after the model's properties (ownersText is « owners » here). */
export const ACTION_FIELDS = [
  "code",
  "title",
  "description",
  "owners",
  "deadline",
  "status",
  "progress",
  "budget",
  "partners",
  "indicators",
  "expectedResult",
  "notes",
  "lastUpdate",
] as const;

export type HierarchyField = (typeof HIERARCHY_FIELDS)[number];
export type ActionField = (typeof ACTION_FIELDS)[number];
export type Field = HierarchyField | ActionField;

const SYNONYMS: Record<Field, string[]> = {
  orientation: headerWords("orientation"),
  group: headerWords("group"),
  objective: headerWords("objective"),
  code: [
    "no",
    "n",
    "num",
    "numero",
    "code",
    "ref",
    "reference",
    "id",
    "no action",
    "numero action",
    "n action",
  ],
  title: [
    "action",
    "action a realiser",
    "action prioritaire",
    "action prevue",
    "activite",
    "piste d action",
    "tache",
    "mesure",
    "initiative",
    "task",
    "activity",
  ],
  description: [
    "description",
    "description de l action",
    "moyen",
    "moyen de mise en oeuvre",
    "modalite",
    "detail",
    "precision",
    "means",
    "how",
  ],
  owners: [
    "responsable",
    "responsabilite",
    "porteur",
    "porteur de dossier",
    "personne responsable",
    "qui",
    "pilote",
    "mandataire",
    "owner",
    "lead",
    "who",
    "responsible",
    "assigned to",
  ],
  deadline: [
    "echeance",
    "echeancier",
    "echeance prevue",
    "date cible",
    "date d echeance",
    "date limite",
    "date de realisation",
    "delai",
    "quand",
    "calendrier",
    "deadline",
    "due date",
    "due",
    "target date",
    "when",
    "timeline",
  ],
  status: ["statut", "etat", "etat d avancement", "etat de realisation", "status", "state"],
  progress: [
    "avancement",
    "pourcentage",
    "pourcentage d avancement",
    "progression",
    "taux de realisation",
    "realise",
    "progress",
    "percent complete",
    "complete",
  ],
  budget: [
    "budget",
    "budget prevu",
    "cout",
    "cout estime",
    "montant",
    "ressource financiere",
    "cost",
    "amount",
  ],
  partners: [
    "partenaire",
    "partenaire et ressource",
    "ressource",
    "collaborateur",
    "allie",
    "partner",
    "collaborator",
  ],
  indicators: [
    "indicateur",
    "indicateur de resultat",
    "indice de mesure",
    "indice de mesure de resultat",
    "moyen de verification",
    "indicator",
    "kpi",
    "measure",
  ],
  expectedResult: [
    "resultat vise",
    "resultat attendu",
    "resultat escompte",
    "effet attendu",
    "livrable",
    "expected result",
    "outcome",
    "deliverable",
  ],
  notes: ["note", "commentaire", "remarque", "observation", "suivi", "notes et suivi", "comments", "remark"],
  lastUpdate: [
    "derniere mise a jour",
    "mise a jour",
    "date de mise a jour",
    "mis a jour le",
    "last update",
    "updated",
    "last updated",
  ],
};

const ARTICLES = new Set(["le", "la", "les", "l", "the", "des", "du"]);

/** One header as a lookup key: « Porteur(s) » → "porteur", « Budget ($) » → "budget". */
export function headerKey(text: string): string {
  const withoutUnits = text.replace(/\((s|e|es|x|\$|%|\$ ?ca|k\$)\)/gi, " ");
  const words = normalizeKey(withoutUnits).split(" ").filter(Boolean);
  while (words.length > 1 && ARTICLES.has(words[0])) words.shift();
  return words.map(singular).join(" ");
}

function singular(word: string): string {
  return word.length > 3 && /[^s][sx]$/.test(word) ? word.slice(0, -1) : word;
}

const BY_KEY = new Map<string, Field>();
for (const [field, words] of Object.entries(SYNONYMS) as [Field, string[]][]) {
  for (const word of words) BY_KEY.set(headerKey(word), field);
}
const LONGEST_SYNONYM = Math.max(...[...BY_KEY.keys()].map((key) => key.split(" ").length));

/**
 * The field a header names, or null. Exact synonyms first, then the longest synonym that starts
 * the header (« Échéance prévue », « Responsable du suivi »), unless a letter or a number other
 * than a year follows: « Orientation 2 », « Objectif A », « Objectif no 3 » are headings, not headers.
 */
export function fieldOfHeader(text: string): Field | null {
  const trimmed = text.trim();
  if (trimmed === "#" || /^n[°º]$/i.test(trimmed)) return "code";
  if (trimmed === "%") return "progress";
  if (trimmed.length > 60 || trimmed.includes(":")) return null;
  const words = headerKey(trimmed).split(" ");
  for (let length = Math.min(words.length, LONGEST_SYNONYM); length > 0; length--) {
    const field = BY_KEY.get(words.slice(0, length).join(" "));
    const rest = words.slice(length);
    const numbered =
      /^([a-z]|[ivx]+)$/.test(rest[0] ?? "") ||
      rest.some((word) => /^\d+$/.test(word) && !/^(19|20)\d\d$/.test(word));
    if (field && !numbered) return field;
  }
  return null;
}

/** A column per year or per plan year (« 2011 », « 2012-2013 », « An 2 »), marked « X ». */
export function isPeriodHeader(text: string): boolean {
  const key = normalizeKey(text);
  return /^(19|20)\d\d( (19|20)?\d\d)?$/.test(key) || /^(an|annee|year) \d{1,2}$/.test(key);
}

/** Labels of « Label : texte » lines that name an objective's or an action's field. */
export function fieldOfLabel(label: string): Field | null {
  const field = fieldOfHeader(label);
  return field === "orientation" || field === "objective" || field === "group" ? null : field;
}
