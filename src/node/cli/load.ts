/** Reads a plan from a file for the CLI: the workbook, its optional separate roster, the pipeline. */
import { messages } from "../../core/i18n";
import { pickPlanSheet } from "../../core/import";
import type { IsoDate, Language, RosterEntry } from "../../core/model";
import { findRoster } from "../../core/owners/find-roster";
import { type LoadedPlan, loadPlan } from "../../core/pipeline";
import {
  CsvFileError,
  readWorkbookFile,
  type WorkbookFile,
  WorkbookFileError,
  WorkbookTooLargeError,
} from "../files/workbook";

/** An input problem that stops the command: exit code 2 and one line for the user. */
export class InputError extends Error {}

export async function readWorkbookOrExplain(path: string, language: Language): Promise<WorkbookFile> {
  const text = messages(language).cli;
  try {
    return await readWorkbookFile(path);
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    if (error instanceof CsvFileError) {
      const explainCsv = { binary: text.csvBinary, notText: text.csvNotText, badQuotes: text.csvBadQuotes };
      throw new InputError(explainCsv[error.csv.problem](path, error.csv.at, error.csv.excerpt));
    }
    if (error instanceof WorkbookTooLargeError)
      throw new InputError(text.workbookTooLarge(path, error.sheet, error.cell, error.cells));
    const explain: Record<Exclude<WorkbookFileError["reason"], "tooLarge">, (path: string) => string> = {
      missing: text.fileMissing,
      unreadable: text.fileUnreadable,
      unsupported: text.fileUnsupported,
    };
    throw new InputError(explain[error.reason as keyof typeof explain](path));
  }
}

/**
 * A roster file: the sheet `--roster-sheet` names, else the one that looks like a roster
 * (src/core/owners/find-roster.ts) and is not the plan's; a one-sheet file is the roster itself.
 */
async function readRosterFile(
  path: string,
  sheet: string | undefined,
  language: Language,
): Promise<RosterEntry[]> {
  const workbook = await readWorkbookOrExplain(path, language);
  const names = workbook.sheets.map((s) => s.name);
  if (sheet && !findRoster(workbook, { name: sheet, language }))
    throw new InputError(messages(language).cli.sheetNotFound(sheet, names));
  const planSheet = sheet || workbook.sheets.length < 2 ? undefined : pickPlanSheet(workbook.sheets)?.name;
  const found =
    findRoster(workbook, { name: sheet, planSheet, language }) ??
    (workbook.sheets.length === 1 ? findRoster(workbook, { name: names[0], language }) : null);
  if (!found) throw new InputError(messages(language).cli.rosterNotFound(path, names));
  return found.roster;
}

export interface LoadRequest {
  file: string;
  sheet?: string;
  roster?: string;
  rosterSheet?: string;
  today: IsoDate;
  language: Language;
}

export async function loadPlanFromFiles(
  request: LoadRequest,
): Promise<LoadedPlan & { workbook: WorkbookFile }> {
  const workbook = await readWorkbookOrExplain(request.file, request.language);
  const roster = request.roster
    ? await readRosterFile(request.roster, request.rosterSheet, request.language)
    : undefined;
  const loaded = loadPlan(workbook, {
    today: request.today,
    language: request.language,
    sheet: request.sheet,
    roster,
    // Without --roster, --roster-sheet names the plan workbook's own roster sheet.
    rosterSheet: request.roster ? undefined : request.rosterSheet,
  });
  const fatal = loaded.problems.find((p) => p.code === "workbook.noPlan");
  if (fatal) throw new InputError(fatal.message);
  return { ...loaded, workbook };
}
