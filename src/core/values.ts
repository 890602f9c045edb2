/**
 * Reading the typed values of an action (status, progress, budget, dates) from what people type.
 * Each parser returns `null` for an empty cell and `undefined` when the text is not understood,
 * so that callers can keep the text and report it instead of dropping it.
 */
import { type Cell, cellText } from "./cells";
import { type IsoDate, STATUSES, type Status } from "./model";
import { collapseSpaces, normalizeKey } from "./text";

const STATUS_WORDS: Record<Status, string[]> = {
  "À venir": [
    "a venir",
    "not started",
    "a faire",
    "pas commence",
    "non debute",
    "non commence",
    "to do",
    "todo",
    "planifie",
    "prevu",
  ],
  "En cours": [
    "en cours",
    "in progress",
    "debute",
    "amorce",
    "commence",
    "started",
    "ongoing",
    "en progression",
  ],
  Réalisée: [
    "realisee",
    "realise",
    "fait",
    "faite",
    "termine",
    "terminee",
    "complete",
    "completee",
    "acheve",
    "done",
    "completed",
    "finished",
  ],
  Reportée: [
    "reportee",
    "reporte",
    "postponed",
    "remis",
    "remise",
    "differe",
    "deferred",
    "en attente",
    "on hold",
  ],
  Annulée: ["annulee", "annule", "cancelled", "canceled", "abandonne", "abandonnee", "dropped"],
};

const STATUS_BY_WORD = new Map<string, Status>(
  STATUSES.flatMap((status) => STATUS_WORDS[status].map((word) => [word, status] as const)),
);

export function parseStatus(cell: Cell): Status | null | undefined {
  const key = normalizeKey(String(cell));
  if (key === "") return null;
  return STATUS_BY_WORD.get(key);
}

/**
 * Progress in percent (0–100). « 40 % », « 40% », 40 and 0.4 (a cell formatted as a percentage,
 * which Sheets hands over as a fraction) all give 40. Out of range or not a number: undefined.
 */
export function parseProgress(cell: Cell): number | null | undefined {
  if (typeof cell === "number") return inPercentRange(cell > 0 && cell < 1 ? cell * 100 : cell);
  const text = collapseSpaces(String(cell));
  if (text === "") return null;
  const match = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  return match ? inPercentRange(Number(match[1].replace(",", "."))) : undefined;
}

function inPercentRange(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0 || value > 100) return undefined;
  return Math.round(value * 100) / 100;
}

/** A budget in dollars: « 12 500 $ », « 12 500,50 », « $12,500 » → a number; other text as written. */
export function parseBudget(cell: Cell): number | string | null {
  if (typeof cell === "number") return cell;
  const text = collapseSpaces(String(cell));
  if (text === "") return null;
  const amount = parseAmount(text);
  return amount ?? text;
}

function parseAmount(text: string): number | null {
  const bare = text.replace(/\$|CAD|\s/gi, "");
  // French: « 12 500,50 » (spaces removed above); English: « 12,500.50 ».
  if (/^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$|^-?\d+(,\d{1,2})?$/.test(bare)) {
    return Number(bare.replace(/\./g, "").replace(",", "."));
  }
  if (/^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^-?\d+(\.\d{1,2})?$/.test(bare))
    return Number(bare.replace(/,/g, ""));
  return null;
}

/** A date cell or an ISO date text as "YYYY-MM-DD"; other text is not a date. */
export function parseDateCell(cell: Cell, timeZone: string): IsoDate | null | undefined {
  if (cell instanceof Date) return cellText(cell, timeZone) || undefined;
  const text = collapseSpaces(String(cell));
  if (text === "") return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

/** Text of a cell, or null when empty: optional text fields of the model. */
export function optionalText(cell: Cell | undefined, timeZone: string): string | null {
  const text = cellText(cell, timeZone);
  return text === "" ? null : text;
}
