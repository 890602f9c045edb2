/**
 * The lines at the top of a plan and its mission / vision / values statements → the plan's
 * Paramètres: « Plan d'action 2023-2024 » is its name and period, the organisation's name stands
 * beside or above it, and « Mission », « Vision », « Valeurs » paragraphs are what they say.
 */
import { parseDeadline } from "../deadline";
import type { Settings } from "../model";
import { normalizeKey } from "../text";

/** What the top of the sheet and its statements give. */
export type ImportedSettings = Partial<
  Pick<Settings, "organisation" | "planName" | "mission" | "vision" | "values" | "periodStart" | "periodEnd">
>;

const PLAN_WORDS =
  /^(plan d action|plan strategique|planification strategique|orientations? strategiques?|plan triennal|action plan|strategic plan|work plan)\b/;
const PERIOD = /\b((19|20)\d\d)\s*[-–—/à]\s*((19|20)?\d\d)\b/;

/** « Plan d'action 2023-2024 », « PLANIFICATION STRATÉGIQUE 2019-2022 »: a plan's own title. */
export function isPlanTitle(text: string): boolean {
  return PLAN_WORDS.test(normalizeKey(text.slice(0, 200)));
}

/**
 * « Mission », « Notre vision : … », « Valeurs » → the statement it opens, or null. The word must
 * stand alone or before a colon: « Mission éducative auprès des jeunes » is a title.
 */
export type Statement = "mission" | "vision" | "values";

export function statementOf(text: string): { field: Statement; rest: string } | null {
  const match = /^(?:notre |nos |our )?(mission|vision|valeurs?|values?)\s*(?:[:–—-]\s*([\s\S]*))?$/iu.exec(
    text.trim(),
  );
  if (!match) return null;
  const word = match[1].toLowerCase();
  const field = word === "mission" ? "mission" : word === "vision" ? "vision" : "values";
  return { field, rest: (match[2] ?? "").trim() };
}

/**
 * The document's title lines as settings: the one naming the plan gives its name and period
 * (« Plan d'action 2024-2025 — Maison des jeunes » also the organisation); another short line,
 * the organisation.
 */
export function settingsFromTitles(lines: readonly string[], fiscalStartMonth = 4): ImportedSettings {
  const settings: ImportedSettings = {};
  const planLine = lines.find(isPlanTitle);
  if (planLine !== undefined) {
    const [name, ...rest] = planLine.split(/\s+[–—|]\s+/);
    settings.planName = name.trim();
    if (rest.length > 0) settings.organisation = rest.join(" — ");
    Object.assign(settings, periodOf(planLine, fiscalStartMonth));
  }
  const other = lines.find((line) => line !== planLine && line.length <= 150);
  if (settings.organisation === undefined && other !== undefined) settings.organisation = other;
  return settings;
}

/** « 2023-2024 » in a plan's title: its exercices, from the first one's start to the last one's end. */
function periodOf(
  text: string,
  fiscalStartMonth: number,
): Pick<ImportedSettings, "periodStart" | "periodEnd"> {
  const match = PERIOD.exec(text);
  if (!match) return {};
  const context = { fiscalStartMonth, periodStart: null, periodEnd: null, timeZone: "UTC" };
  const parsed = parseDeadline(match[0], context);
  return parsed.start && parsed.end ? { periodStart: parsed.start, periodEnd: parsed.end } : {};
}
