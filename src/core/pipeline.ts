/**
 * From a workbook to a checked plan: the one path that the add-on, the CLI and the playground share.
 * The canonical sheets are read when present; otherwise the board's own layout is structured.
 * Then échéances are parsed, owners resolved against the roster, and the whole plan validated.
 */
import type { Cell, SheetGrid, WorkbookGrid } from "./cells";
import { type DeadlineContext, type ParsedDeadline, parseDeadline } from "./deadline";
import { messages } from "./i18n";
import { type MappingReport, pickPlanSheet, structurePlan } from "./import";
import { memoized } from "./memo";
import {
  allActions,
  emptyPlan,
  type IsoDate,
  type Language,
  type Plan,
  type Problem,
  type RosterEntry,
} from "./model";
import { findRoster } from "./owners/find-roster";
import { createOwnerMatcher } from "./owners/resolve";
import { buildReport, type ReportDocument, type ReportPeriod, type ReportSnapshot } from "./report";
import { ROSTER_SHEET } from "./sheets/columns";
import { canonicalSheet } from "./sheets/identify";
import { hasCanonicalSheets, readCanonicalPlan } from "./sheets/read";
import { validatePlan } from "./validate";
import { validateCellLengths } from "./validate/cells";
import { type Locate, nowhere, problem } from "./validate/context";
import { groupProblems, type ProblemGroup } from "./validate/order";

export interface LoadOptions {
  today: IsoDate;
  language?: Language;
  /** The sheet holding the plan in the board's own layout; found automatically when absent. */
  sheet?: string;
  /** A roster from elsewhere (the CLI's --roster); the workbook's roster sheet otherwise. */
  roster?: RosterEntry[];
  /** The workbook's roster sheet, by name (`--roster-sheet`); found by its header otherwise. */
  rosterSheet?: string;
}

export interface LoadedPlan {
  plan: Plan;
  problems: Problem[];
  /** The same problems by kind, with their titles and counts, as the sidebar and the CLI show them. */
  problemGroups: ProblemGroup[];
  locate: Locate;
  /** Where the plan came from: the canonical sheets, or a sheet in the board's own layout. */
  source: { kind: "canonical" } | { kind: "structured"; sheet: string; report: MappingReport };
  /** The échéances as this load parsed them, for what needs them again (« Fin prévue »). */
  parseDeadline: DeadlineParser;
}

/** An échéance (its text, or a date cell) → what it means, in the plan's context it keeps. */
export interface DeadlineParser {
  (cell: Cell): ParsedDeadline;
  readonly context: DeadlineContext;
}

/**
 * Parses each distinct échéance text once per execution (texts repeat: « 2024-2025 » on many
 * rows): the pipeline, the checks and the « Fin prévue » column share one. Given a parser already
 * used, returns it when its context is the same (its results hold), else a new one.
 */
export function deadlineParser(context: DeadlineContext, known?: DeadlineParser): DeadlineParser {
  if (known && sameContext(known.context, context)) return known;
  const parseText = memoized((text: string) => parseDeadline(text, context));
  const parse = (cell: Cell) => (typeof cell === "string" ? parseText(cell) : parseDeadline(cell, context));
  return Object.assign(parse, { context });
}

function sameContext(a: DeadlineContext, b: DeadlineContext): boolean {
  return (
    a.fiscalStartMonth === b.fiscalStartMonth &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    a.timeZone === b.timeZone
  );
}

export function deadlineContext(plan: Pick<Plan, "settings">, timeZone: string): DeadlineContext {
  const { fiscalStartMonth, periodStart, periodEnd } = plan.settings;
  return { fiscalStartMonth, periodStart, periodEnd, timeZone };
}

export function loadPlan(workbook: WorkbookGrid, options: LoadOptions): LoadedPlan {
  const language = options.language ?? "fr";
  const loaded = read(workbook, options, language);
  if (options.roster) loaded.plan.roster = options.roster;
  const context = deadlineContext(loaded.plan, workbook.timeZone);
  const parse = deadlineParser(context);
  const matcher = createOwnerMatcher(loaded.plan.roster);
  const actions = allActions(loaded.plan);
  for (const { action } of actions) {
    const { warnings: _warnings, ...deadline } = parse(action.deadline.text);
    action.deadline = deadline;
    action.owners = matcher.resolve(action.ownersText);
  }
  // Errors first, grouped by kind (src/core/validate/order.ts): every adapter shows this order.
  const problemGroups = groupProblems(
    [
      ...loaded.problems,
      ...validatePlan(loaded.plan, {
        today: options.today,
        language,
        locate: loaded.locate,
        deadline: context,
        parsed: { deadline: parse, owners: matcher, actions },
      }),
      ...validateCellLengths(workbook, language),
    ],
    language,
  );
  const problems = problemGroups.flatMap((group) => group.problems);
  return { ...loaded, problems, problemGroups, parseDeadline: parse };
}

function read(
  workbook: WorkbookGrid,
  options: LoadOptions,
  language: Language,
): Omit<LoadedPlan, "parseDeadline" | "problemGroups"> {
  if (!options.sheet && hasCanonicalSheets(workbook)) {
    const canonical = readCanonicalPlan(workbook, language);
    // A roster kept under another name (« Membres ») when there is no « Responsables » sheet.
    const elsewhere =
      options.rosterSheet || !canonicalSheet(workbook.sheets, ROSTER_SHEET, workbook.timeZone)
        ? findRoster(workbook, { name: options.rosterSheet, language })
        : null;
    if (!elsewhere) return { ...canonical, source: { kind: "canonical" } };
    canonical.plan.roster = elsewhere.roster;
    return {
      ...canonical,
      locate: either(elsewhere.locate, canonical.locate),
      source: { kind: "canonical" },
    };
  }
  const sheet = options.sheet ? findByName(workbook.sheets, options.sheet) : pickPlanSheet(workbook.sheets);
  if (!sheet) {
    const text = messages(language).cli;
    const plan = emptyPlan({ language });
    const missing = options.sheet
      ? text.sheetNotFound(
          options.sheet,
          workbook.sheets.map((s) => s.name),
        )
      : text.noPlan;
    return {
      plan,
      problems: [
        problem("error", "workbook.noPlan", missing, {
          sheet: options.sheet ?? null,
          row: null,
          column: null,
        }),
      ],
      locate: nowhere,
      source: { kind: "canonical" },
    };
  }
  const structured = structurePlan(sheet, { timeZone: workbook.timeZone, language });
  const roster = findRoster(workbook, { name: options.rosterSheet, planSheet: sheet.name, language });
  const empty = emptyPlan({ language });
  const plan: Plan = {
    ...empty,
    settings: { ...empty.settings, ...structured.settings },
    orientations: structured.orientations,
    roster: roster?.roster ?? [],
  };
  return {
    plan,
    problems: structured.problems,
    locate: roster ? either(structured.locate, roster.locate) : structured.locate,
    source: { kind: "structured", sheet: sheet.name, report: structured.report },
  };
}

/** Asks `first`, then `second` for what `first` cannot place. */
function either(first: Locate, second: Locate): Locate {
  return (entity, field) => {
    const location = first(entity, field);
    return location.sheet === null ? second(entity, field) : location;
  };
}

function findByName(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  return (
    sheets.find((sheet) => sheet.name === name) ??
    sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase())
  );
}

export interface ReportRequestOptions {
  period: ReportPeriod;
  today: IsoDate;
  language: Language;
  includeOwners: boolean;
  includeCompletedDetail: boolean;
  includeProblems?: boolean;
  previous?: ReportSnapshot | null;
}

/** The annual report of a loaded plan, with the problems validation found. */
export function buildPlanReport(
  loaded: Pick<LoadedPlan, "plan" | "problems">,
  request: ReportRequestOptions,
): ReportDocument {
  return buildReport(loaded.plan, { ...request, problems: loaded.problems });
}
