/** Reads a plan from a file for the CLI: the workbook, its optional separate roster, the pipeline. */
import { messages } from "../../core/i18n";
import type { IsoDate, Language, RosterEntry } from "../../core/model";
import { type LoadedPlan, loadPlan } from "../../core/pipeline";
import { findSheet, ROSTER_SHEET } from "../../core/sheets/columns";
import { readRosterSheet } from "../../core/sheets/read";
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

/** A roster file: its « Responsables » sheet, or its only/first sheet read as one. */
async function readRosterFile(path: string, language: Language): Promise<RosterEntry[]> {
  const workbook = await readWorkbookOrExplain(path, language);
  const sheet = findSheet(workbook.sheets, ROSTER_SHEET) ?? workbook.sheets[0];
  return readRosterSheet(sheet, workbook.timeZone, language).roster;
}

export interface LoadRequest {
  file: string;
  sheet?: string;
  roster?: string;
  today: IsoDate;
  language: Language;
}

export async function loadPlanFromFiles(
  request: LoadRequest,
): Promise<LoadedPlan & { workbook: WorkbookFile }> {
  const workbook = await readWorkbookOrExplain(request.file, request.language);
  const roster = request.roster ? await readRosterFile(request.roster, request.language) : undefined;
  const loaded = loadPlan(workbook, {
    today: request.today,
    language: request.language,
    sheet: request.sheet,
    roster,
  });
  const fatal = loaded.problems.find((p) => p.code === "workbook.noPlan");
  if (fatal) throw new InputError(fatal.message);
  return { ...loaded, workbook };
}
