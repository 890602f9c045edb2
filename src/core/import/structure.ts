/**
 * « Structurer le plan »: the board's sheet in whatever layout it has → orientations → objectives
 * → actions, in three passes a newcomer can follow one at a time:
 *   1. classify.ts  — what each row is on its face (header, heading candidate, data, label, note…);
 *   2. hierarchy.ts — which heading is which level, from the plan's numbering as a whole;
 *      front.ts     — the title lines above the plan and the mission / vision statements;
 *   3. build.ts     — the plan itself (continuations, lettered items, moyens, extra columns),
 *                     and the mapping report saying, for every row, which pass decided what and why.
 */
import type { SheetGrid } from "../cells";
import type { Language, Orientation, Problem, Settings } from "../model";
import type { Locate } from "../validate/context";
import { buildPlan } from "./build";
import { classifyRows, readRows } from "./classify";
import { readFrontMatter } from "./front";
import { inferHierarchy } from "./hierarchy";
import type { MappingReport } from "./report";

export interface StructureOptions {
  timeZone: string;
  language: Language;
}

export interface StructureResult {
  orientations: Orientation[];
  /** The Paramètres the sheet gives (organisation, plan name, period, mission, vision). */
  settings: Partial<Settings>;
  problems: Problem[];
  report: MappingReport;
  locate: Locate;
}

/** Reads the board's sheet in whatever layout it has. Never throws: bad input becomes problems. */
export function structurePlan(sheet: SheetGrid, options: StructureOptions): StructureResult {
  const rows = classifyRows(readRows(sheet, options.timeZone));
  const hierarchy = inferHierarchy(rows);
  return buildPlan(sheet.name, rows, hierarchy, readFrontMatter(rows, hierarchy.roles), options.language);
}
