/** Choosing the sheet that holds the plan, and naming its layout. */
import type { SheetGrid } from "../cells";
import type { Layout } from "./report";
import { structurePlan } from "./structure";

/** Options for a quick look: the zone and language do not change what is found. */
const PEEK = { timeZone: "UTC", language: "fr" } as const;
const STATEMENTS = ["mission", "vision", "values"] as const;

/** The layout of a sheet: flat table, sections and tables, headings only, empty or unknown. */
export function detectLayout(sheet: SheetGrid): Layout {
  return structurePlan(sheet, PEEK).report.layout;
}

/**
 * The sheet most likely to hold the plan: the one whose structuring finds the most plan
 * (actions weigh more than objectives, objectives more than orientations). A sheet stating only
 * the organisation's mission, vision or values is still its plan (they fill Paramètres), but
 * any sheet with an orientation outweighs it. Null when none has any.
 */
export function pickPlanSheet(sheets: readonly SheetGrid[]): SheetGrid | null {
  let best: SheetGrid | null = null;
  let bestScore = 0;
  for (const sheet of sheets) {
    const { counts, settings } = structurePlan(sheet, PEEK).report;
    const stated = STATEMENTS.some((field) => settings[field] !== undefined) ? 0.5 : 0;
    const score = counts.actions * 4 + counts.objectives * 2 + counts.orientations + stated;
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best;
}
