/** How plan entities read in the report's headings and table cells. */

import { isValidIsoDate } from "../calendar";
import { messages } from "../i18n";
import type { Action, Language } from "../model";
import { normalizeKey } from "../text";
import { formatDate, formatDateRange, formatPercent } from "./format";

/** Shown in a cell that has nothing to show, so that an empty cell never looks like an omission. */
export const NONE = "—";

/**
 * « Orientation 1 — Titre » when the code is a number (« 1 », « 1.2 »), « Axe I — Titre » when the
 * code is a word of its own, the title alone when it already names itself (« Objectif 1 : … »).
 */
export function entityHeading(word: string, code: string, title: string): string {
  const cleanCode = code.trim();
  const cleanTitle = title.trim();
  if (cleanTitle !== "" && normalizeKey(cleanTitle).startsWith(normalizeKey(word))) return cleanTitle;
  const prefix = cleanCode === "" ? "" : /^[\d.]+$/.test(cleanCode) ? `${word} ${cleanCode}` : cleanCode;
  if (prefix === "") return cleanTitle === "" ? word : cleanTitle;
  return cleanTitle === "" ? prefix : `${prefix} — ${cleanTitle}`;
}

export function actionLabel(action: Action): string {
  const code = action.code.trim();
  const title = action.title.trim();
  return [code, title].filter((part) => part !== "").join(" ") || NONE;
}

/** The owners each action resolved to (`name`), else as written; one entry per owner. */
export function ownerKeys(action: Action): string[] {
  const keys = action.owners.map((owner) => (owner.name ?? owner.text).trim()).filter((key) => key !== "");
  return [...new Set(keys)];
}

export function ownersLabel(action: Action): string {
  const keys = ownerKeys(action);
  if (keys.length > 0) return keys.join(", ");
  return action.ownersText.trim() || NONE;
}

/** The deadline as the board wrote it; a bare date cell (« 2024-03-15 ») in words. */
export function deadlineLabel(action: Action, language: Language): string {
  const { text, start, end } = action.deadline;
  const written = text.trim();
  if (isValidIsoDate(written)) return formatDate(written, language);
  if (written !== "") return written;
  if (start !== null && end !== null) return formatDateRange(start, end, language);
  return NONE;
}

/** The status, and since when the action is late (« En cours, en retard depuis mars 2020 »). */
export function statusLabel(action: Action, lateSince: string | null, language: Language): string {
  const t = messages(language);
  if (action.status === null) return lateSince === null ? t.report.noStatus : t.report.lateSince(lateSince);
  const status = t.common.statuses[action.status];
  return lateSince === null ? status : t.report.statusLate(status, lateSince);
}

export function percentLabel(value: number | null, language: Language): string {
  return value === null ? NONE : formatPercent(value, language);
}
