/**
 * The playground's workbook file ↔ the fake spreadsheet's model: loaded from .xlsx with values,
 * notes, backgrounds, frozen rows, column widths and hidden sheets, and saved back the same way, atomically
 * (written beside the file, then renamed over it), one save at a time.
 */
import { rename, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { type DecoratedSheet, readWorkbookFile, xlsxBytes } from "../files/workbook";
import type { SheetInit, SpreadsheetInit, SpreadsheetModel } from "../gas-fake";

/** .xlsx widths are in characters, Sheets widths in pixels. */
const PIXELS_PER_CHARACTER = 7;

export async function loadSpreadsheet(path: string, timeZone: string): Promise<SpreadsheetInit> {
  const decorated: DecoratedSheet[] = (await readWorkbookFile(path, timeZone)).sheets;
  const sheets = decorated.map(
    (sheet): SheetInit => ({
      name: sheet.name,
      values: sheet.values,
      notes: sheet.notes,
      backgrounds: sheet.backgrounds,
      frozenRows: sheet.frozenRows,
      hidden: sheet.hidden,
      columnWidths: Object.fromEntries(
        (sheet.columnWidths ?? []).flatMap((width, i) =>
          width > 0 ? [[i + 1, Math.round(width * PIXELS_PER_CHARACTER)]] : [],
        ),
      ),
    }),
  );
  return { name: basename(path, extname(path)), timeZone, sheets };
}

export function decoratedSheets(model: SpreadsheetModel): DecoratedSheet[] {
  return model.sheets.map((sheet) => {
    const snapshot = sheet.snapshot();
    const width = snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
    return {
      name: snapshot.name,
      values: snapshot.values,
      notes: snapshot.notes,
      backgrounds: snapshot.backgrounds,
      frozenRows: snapshot.frozenRows,
      hidden: snapshot.hidden,
      columnWidths: Array.from({ length: width }, (_, i) => {
        const pixels = snapshot.columnWidths?.[i + 1];
        return pixels ? Math.round((pixels / PIXELS_PER_CHARACTER) * 10) / 10 : 0;
      }),
    };
  });
}

/** Saves the model to `path` after any save already under way, never leaving a half-written file. */
export class WorkbookSaver {
  #queue: Promise<void> = Promise.resolve();
  #saved = -1;

  constructor(
    private readonly path: string,
    private readonly model: SpreadsheetModel,
  ) {}

  /** Saves when the model changed since the last save; resolves once written. */
  save(): Promise<void> {
    // A failed save is reported to its caller and does not block the next one.
    this.#queue = this.#queue
      .catch(() => undefined)
      .then(async () => {
        const revision = this.model.revision;
        if (revision === this.#saved) return;
        const bytes = await xlsxBytes(decoratedSheets(this.model), this.model.timeZone);
        const temporary = `${this.path}.${process.pid}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, this.path);
        this.#saved = revision;
      });
    return this.#queue;
  }

  /** Marks the current state as already on disk (just loaded from the file). */
  markSaved(): void {
    this.#saved = this.model.revision;
  }
}
