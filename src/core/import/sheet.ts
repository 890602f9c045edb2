/** Choosing the sheet that holds the plan, and naming its layout. */
import type { SheetGrid } from "../cells";
import type { Layout } from "./report";
import { structurePlan } from "./structure";

/** Options for a quick look: the zone and language do not change what is found. */
const PEEK = { timeZone: "UTC", language: "fr" } as const;

/** The layout of a sheet: flat table, sections and tables, headings only, empty or unknown. */
export function detectLayout(sheet: SheetGrid): Layout {
  return structurePlan(sheet, PEEK).report.layout;
}

/**
 * The sheet most likely to hold the plan: the one whose structuring finds the most plan
 * (actions weigh more than objectives, objectives more than orientations). Null when none has any.
 */
export function pickPlanSheet(sheets: readonly SheetGrid[]): SheetGrid | null {
  let best: SheetGrid | null = null;
  let bestScore = 0;
  for (const sheet of sheets) {
    const { counts } = structurePlan(sheet, PEEK).report;
    const score = counts.actions * 4 + counts.objectives * 2 + counts.orientations;
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best;
}
