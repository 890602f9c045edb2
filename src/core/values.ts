/**
 * Reading the typed values of an action (status, progress, budget, dates) from what people type,
 * for every reader: the canonical sheets, the Structurer's import and the sidebar's form.
 * Each parser returns `null` for an empty cell and `undefined` when the text is not understood,
 * so that callers can keep the text and report it instead of dropping it.
 */
import { isValidIsoDate } from "./calendar";
import { type Cell, cellText } from "./cells";
import { STATUSES, type Status } from "./status";
import { collapseSpaces, normalizeKey } from "./text";

const STATUS_WORDS: Record<Status, string[]> = {
  "À venir": [
    "a venir",
    "a faire",
    "a debuter",
    "pas commence",
    "pas debute",
    "non commence",
    "non debute",
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
    "en attente",
    "postponed",
    "deferred",
    "delayed",
    "on hold",
  ],
  Annulée: ["annule", "annulee", "abandonne", "abandonnee", "cancelled", "canceled", "dropped"],
};

const STATUS_BY_WORD = new Map<string, Status>(
  STATUSES.flatMap((status) => STATUS_WORDS[status].map((word) => [word, status] as const)),
);

/** The statuses as Boussole writes them, read without normalizing (most cells of a plan). */
const STATUS_AS_WRITTEN = new Map<Cell, Status>(
  STATUSES.filter((status) => normalizedStatus(status) === status).map((status) => [status, status]),
);

/** « Terminé », « Réalisé(e) », « fait », « Done » → Réalisée. */
export function parseStatus(cell: Cell): Status | null | undefined {
  return STATUS_AS_WRITTEN.get(cell) ?? normalizedStatus(cell);
}

function normalizedStatus(cell: Cell): Status | null | undefined {
  const key = normalizeKey(String(cell).replace(/\((e|s|es)\)/gi, ""));
  if (key === "") return null;
  return STATUS_BY_WORD.get(key);
}

/**
 * How a number up to 1 reads. Sheets hands a cell formatted as a percentage over as a fraction
 * (40 % → 0.4). Where Boussole wrote the column itself (0–100), 1 is 1 %: « belowOne ». In a
 * board's own sheet, whose formats are unknown, 1 is 100 % and « 0,25 » typed is a fraction too:
 * « upToOne ».
 */
export type FractionRule = "belowOne" | "upToOne";

/** Progress in percent (0–100): « 40 % », « 40% », 40 and 0.4 all give 40. */
export function parseProgress(cell: Cell, fractions: FractionRule = "belowOne"): number | null | undefined {
  if (typeof cell === "number") {
    const fraction = fractions === "upToOne" ? cell <= 1 : cell > 0 && cell < 1;
    return inPercentRange(fraction ? cell * 100 : cell);
  }
  const text = collapseSpaces(String(cell));
  if (text === "") return null;
  const match = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1].replace(",", "."));
  const typedFraction = fractions === "upToOne" && !text.includes("%") && /[.,]/.test(match[1]) && value <= 1;
  return inPercentRange(typedFraction ? value * 100 : value);
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
  return parseAmount(text) ?? text;
}

function parseAmount(text: string): number | null {
  const bare = text.replace(/CA\$|\$|CAD|\s/gi, "");
  // French: « 12 500,50 » (spaces removed above), or « 12.500,50 »; English: « 12,500.50 ».
  if (/^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$|^-?\d+(,\d{1,2})?$/.test(bare)) {
    return Number(bare.replace(/\./g, "").replace(",", "."));
  }
  if (/^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^-?\d+(\.\d{1,2})?$/.test(bare))
    return Number(bare.replace(/,/g, ""));
  return null;
}

/** A date cell (read in the spreadsheet's zone) or a day written as text, as "YYYY-MM-DD". */
export function parseDateCell(cell: Cell, timeZone: string): string | null | undefined {
  if (cell instanceof Date) return cellText(cell, timeZone) || undefined;
  return parseDay(String(cell));
}

/** A day written « 2024-03-15 » or « 15/03/2024 » (day first) that exists, as "YYYY-MM-DD". */
export function parseDay(written: string): string | null | undefined {
  const text = collapseSpaces(written);
  if (text === "") return null;
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = dayFirst
    ? `${dayFirst[3]}-${dayFirst[2].padStart(2, "0")}-${dayFirst[1].padStart(2, "0")}`
    : text;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** Text of a cell, or null when empty: optional text fields of the model. */
export function optionalText(cell: Cell | undefined, timeZone: string): string | null {
  const text = cellText(cell, timeZone);
  return text === "" ? null : text;
}
