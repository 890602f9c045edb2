/** Cell values as boards type them: statuses, percentages, dollar amounts, « X » marks, dates. */
import { STATUSES, type Status } from "../model";
import { normalizeKey } from "../text";

const STATUS_WORDS: Record<Status, string[]> = {
  "À venir": [
    "a venir",
    "a faire",
    "a debuter",
    "pas commence",
    "non commence",
    "non debute",
    "pas debute",
    "prevu",
    "planifie",
    "not started",
    "to do",
    "todo",
    "planned",
  ],
  "En cours": [
    "en cours",
    "en cours de realisation",
    "debute",
    "commence",
    "amorce",
    "en progression",
    "en marche",
    "in progress",
    "started",
    "underway",
    "ongoing",
  ],
  Réalisée: [
    "realise",
    "realisee",
    "fait",
    "faite",
    "termine",
    "terminee",
    "complete",
    "completee",
    "acheve",
    "achevee",
    "accompli",
    "accomplie",
    "done",
    "completed",
    "finished",
  ],
  Reportée: [
    "reporte",
    "reportee",
    "remis",
    "remise",
    "differe",
    "differee",
    "postponed",
    "deferred",
    "delayed",
  ],
  Annulée: ["annule", "annulee", "abandonne", "abandonnee", "cancelled", "canceled", "dropped"],
};

const STATUS_BY_KEY = new Map<string, Status>();
for (const status of STATUSES) {
  STATUS_BY_KEY.set(normalizeKey(status), status);
  for (const word of STATUS_WORDS[status]) STATUS_BY_KEY.set(word, status);
}

/** « Terminé », « fait », « Done » → Réalisée; null when the text is not a known status. */
export function parseStatus(text: string): Status | null {
  return STATUS_BY_KEY.get(normalizeKey(text.replace(/\((e|s|es)\)/gi, ""))) ?? null;
}

/**
 * 0–100 from « 50 % », « 50 », « 0,5 » or a percent cell (0.5 → 50): number cells up to 1 are
 * fractions, as Sheets stores percent cells. Null when it is not a percentage within 0–100.
 */
export function parseProgress(value: unknown, text: string): number | null {
  let amount: number;
  if (typeof value === "number") amount = value <= 1 ? value * 100 : value;
  else {
    const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
    if (!match) return null;
    const number = Number(match[1].replace(",", "."));
    // « 0,25 » is a fraction; « 1 » or « 50 » without « % » are already percentages.
    amount = !text.includes("%") && /[.,]/.test(match[1]) && number <= 1 ? number * 100 : number;
  }
  const rounded = Math.round(amount * 100) / 100;
  return Number.isFinite(rounded) && rounded >= 0 && rounded <= 100 ? rounded : null;
}

/** A number of dollars from a number cell or « 12 500 $ », « 12 500,50 $ », « $1,200.50 »; else the text. */
export function parseBudget(value: unknown, text: string): number | string {
  if (typeof value === "number") return value;
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\$|CAD|CA\$/gi, "");
  let digits: string | null = null;
  if (/^\d+([.,]\d{1,2})?$/.test(compact)) digits = compact.replace(",", ".");
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(compact)) digits = compact.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact))
    digits = compact.replace(/\./g, "").replace(",", ".");
  return digits === null ? text : Number(digits);
}

/** A yearly column's mark: « X », « ✓ », « oui », a ticked checkbox. False and « non » are no mark. */
export function isPeriodMark(value: unknown, text: string): boolean | null {
  if (typeof value === "boolean") return value;
  const key = normalizeKey(text);
  if (/^[x✓✔☑•●]$/i.test(text.trim()) || ["x", "oui", "yes", "1", "true", "vrai"].includes(key)) return true;
  if (["non", "no", "0", "false", "faux"].includes(key)) return false;
  return null;
}

/** A day written as « 2024-03-15 » or « 15/03/2024 » (day first), as "YYYY-MM-DD"; else null. */
export function parseIsoDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2].padStart(2, "0"), dayFirst[1].padStart(2, "0")]
      : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    ? `${year}-${month}-${day}`
    : null;
}

/** « #REF! », « #N/A », … : what a broken formula shows instead of its value. */
export function isFormulaError(text: string): boolean {
  return /^#(REF!|N\/A|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i.test(text.trim());
}
