/**
 * « Structurer le plan » in Apps Script: reads the sheets, lets the core decide everything
 * (core/sheets/structure-plan.ts: source, merge, « Fin prévue », messages), then writes what it
 * decided and formats the canonical sheets. Under the document lock, like the sidebar's writes, so
 * that an action added at the same moment is never overwritten. Every read comes before the
 * first write, so that the writes travel as one batch.
 */

import { MAX_CELL_TEXT } from "../core/cells";
import { messages } from "../core/i18n";
import type { Language } from "../core/model";
import { ACTIONS_SHEET } from "../core/sheets/columns";
import type { MergeConflict } from "../core/sheets/merge";
import { hasCanonicalSheets } from "../core/sheets/read";
import { cellValue } from "../core/sheets/sheet-cells";
import { parseSnapshotRows, snapshotRows } from "../core/sheets/snapshots";
import { planStructure, type StructureKind, sheetsToRead } from "../core/sheets/structure-plan";
import { writeDashboard } from "./dashboard";
import { activeSpreadsheet, languageOf, type Spreadsheet, todayIn } from "./env";
import { formatSheet, protectedHeaders } from "./format";
import { withDocumentLock } from "./lock";
import { asWorkbook, readSheetData, type SheetData } from "./read";
import { readState, writeState } from "./state";
import { prepare, rosterRange, writeAll, writeLists, writeSnapshots } from "./write-sheets";

export interface StructureOutcome {
  /** "busy": another write held the document lock too long; nothing was written. */
  kind: StructureKind | "busy";
  /** What happened, then every conflict, in the spreadsheet's language. */
  messages: string[];
  conflicts: (MergeConflict & { sheet: string })[];
}

export function structure(): StructureOutcome {
  const spreadsheet = activeSpreadsheet();
  const language = languageOf(spreadsheet);
  return withDocumentLock(
    () => structureLocked(spreadsheet, language),
    () => ({ kind: "busy", messages: [messages(language).ui.server.structure.busy], conflicts: [] }),
  );
}

function structureLocked(spreadsheet: Spreadsheet, language: Language): StructureOutcome {
  const texts = messages(language).ui.server;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const state = readState();
  const data = readNeededSheets(spreadsheet, timeZone, state.source);
  // The add-on's hidden sheets, found under their name in either language.
  const own = (key: "listsSheet" | "stateSheet") =>
    data.find(
      (d) => d.grid.name === messages("fr").ui.server[key] || d.grid.name === messages("en").ui.server[key],
    );
  const stateSheet = own("stateSheet");
  const written = stateSheet ? parseSnapshotRows(stateSheet.grid.values) : (state.written ?? {});

  const result = planStructure({
    workbook: asWorkbook(data, timeZone),
    sheetNames: spreadsheet.getSheets().map((sheet) => sheet.getName()),
    language,
    today: todayIn(timeZone),
    source: state.source,
    written,
    cellLimit: MAX_CELL_TEXT,
  });

  const protectedSheets = protectedHeaders(spreadsheet);
  const prepared = result.sheets.map((planned) =>
    prepare(
      planned,
      data.find((d) => d.grid.name === planned.name),
      protectedSheets,
    ),
  );
  const sheets = writeAll(spreadsheet, prepared, timeZone);
  const listsSheet = own("listsSheet");
  const lists = writeLists(spreadsheet, sheets, listsSheet?.grid.name ?? texts.listsSheet, listsSheet);
  for (const { target, maxRows, inspection } of sheets) {
    formatSheet(
      target,
      maxRows,
      {
        language,
        objectiveList: lists?.objectives ?? null,
        orientationList: lists?.orientations ?? null,
        rosterNames: rosterRange(sheets),
      },
      inspection,
    );
  }
  writeDashboard(
    spreadsheet,
    {
      sheets: result.sheets.map(({ name, cells }) => ({
        name,
        values: cells.map((row) => row.map((cell) => cellValue(cell, timeZone))),
      })),
      timeZone,
    },
    language,
    result.sheets.some((sheet) => sheet.blocks.length > 0),
  );
  writeSnapshots(
    spreadsheet,
    stateSheet,
    stateSheet?.grid.name ?? texts.stateSheet,
    snapshotRows(result.written, texts.stateHeader),
    timeZone,
  );
  // Each insertSheet made the new sheet the active one: show the plan's actions instead.
  if (sheets.some(({ target }) => target.created) || !stateSheet) {
    sheets.find(({ target }) => target.spec === ACTIONS_SHEET)?.target.sheet.activate();
  }
  const { written: _moved, ...kept } = state;
  if (result.source !== state.source || state.written) writeState({ ...kept, source: result.source });
  return { kind: result.kind, messages: result.messages, conflicts: result.conflicts };
}

/**
 * The sheets Structurer reads (core's sheetsToRead): once the plan has its canonical sheets, only
 * those, the remembered source and the add-on's own; the workbook's other tabs cost nothing. When
 * those hold no canonical plan after all (a board's own sheet called « Actions »), every sheet.
 */
function readNeededSheets(
  spreadsheet: Spreadsheet,
  timeZone: string,
  source: string | undefined,
): SheetData[] {
  const sheets = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const first = new Set(
    sheetsToRead(
      sheets.map((s) => s.name),
      source,
    ),
  );
  const read = sheets.map(({ sheet, name }) => (first.has(name) ? readSheetData(sheet, name) : null));
  const found = read.filter((data) => data !== null);
  if (found.length === sheets.length || hasCanonicalSheets(asWorkbook(found, timeZone))) return found;
  return sheets.map(({ sheet, name }, i) => read[i] ?? readSheetData(sheet, name));
}
