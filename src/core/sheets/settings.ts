/** Values of the Paramètres sheet: each setting's text ↔ its typed value. */
import { type Cell, cellText } from "../cells";
import { lexeme } from "../deadline/vocabulary";
import type { Settings } from "../model";
import { normalizeKey } from "../text";
import { parseDateCell } from "../values";

type SettingField = keyof Settings;

export type SettingOutcome =
  | { ok: true; value: Settings[SettingField] }
  | { ok: false; text: string; hint: string };

export function readSettingValue(field: SettingField, cell: Cell, timeZone: string): SettingOutcome {
  const text = cellText(cell, timeZone);
  if (text === "")
    return field === "fiscalStartMonth"
      ? { ok: true, value: 4 }
      : field === "language"
        ? { ok: true, value: "fr" }
        : { ok: true, value: null };
  switch (field) {
    case "periodStart":
    case "periodEnd": {
      const date = parseDateCell(cell, timeZone);
      return date ? { ok: true, value: date } : { ok: false, text, hint: "2024-04-01" };
    }
    case "fiscalStartMonth": {
      const word = lexeme(normalizeKey(text));
      const month = typeof cell === "number" ? cell : word?.type === "month" ? word.month : Number(text);
      return Number.isInteger(month) && month >= 1 && month <= 12
        ? { ok: true, value: month }
        : { ok: false, text, hint: "4, avril" };
    }
    case "language": {
      const key = normalizeKey(text);
      if (key.startsWith("fr")) return { ok: true, value: "fr" };
      if (key.startsWith("en") || key.startsWith("an")) return { ok: true, value: "en" };
      return { ok: false, text, hint: "fr, en" };
    }
    default:
      return { ok: true, value: text };
  }
}

/** The text written in the Paramètres sheet for a setting. */
export function writeSettingValue(field: SettingField, settings: Settings): string | number {
  const value = settings[field];
  return value ?? "";
}
