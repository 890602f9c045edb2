/**
 * The add-on as it runs in the playground: dist/Code.js in a node:vm context whose globals are
 * the fake Apps Script services (src/node/gas-fake), over a workbook loaded from an .xlsx file.
 * Nothing of the add-on is re-implemented here: menu items, sidebar RPCs and dialogs are the
 * bundle's own global functions. Whatever they show (sidebar, dialogs, alerts, toasts) becomes an
 * event the page renders; every change to the workbook is saved back to the file.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { messages } from "../../core/i18n";
import { DEFAULT_TIME_ZONE } from "../files/workbook";
import { createFakeGas, type FakeGas, installFakeGas, type MenuEntry } from "../gas-fake";
import { gridSheets } from "./grid";
import type { CallResult, CellRef, MenuItem, SessionState, UiEvent } from "./protocol";
import { loadSpreadsheet, WorkbookSaver } from "./workbook";

export interface SessionOptions {
  /** The .xlsx file edited and saved back. */
  file: string;
  /** Where dist/Code.js and the pages (Sidebar.html, Report.html…) are. */
  distDir: string;
  timeZone?: string;
}

export class PlaygroundSession {
  readonly #events: UiEvent[] = [];
  readonly #dialogHtml = new Map<number, string>();
  #menu: { caption: string; items: MenuItem[] } = { caption: "Boussole", items: [] };

  private constructor(
    readonly file: string,
    private readonly fake: FakeGas,
    private readonly context: vm.Context,
    /** The bundle's global functions: the only names a request may call. */
    readonly functions: ReadonlySet<string>,
    private readonly saver: WorkbookSaver,
  ) {}

  static async open(options: SessionOptions): Promise<PlaygroundSession> {
    const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    const code = await readFile(join(options.distDir, "Code.js"), "utf8");
    const htmlFiles = await pages(options.distDir);
    const fake = createFakeGas({ spreadsheet: await loadSpreadsheet(options.file, timeZone), htmlFiles });
    // Only the Apps Script globals: no require, process or module, as in Apps Script. Dates from
    // the workbook are handed over in the context's own realm, so `instanceof Date` holds there.
    const context = vm.createContext({ console });
    installFakeGas(context, fake, vm.runInContext("({ Date, Error })", context));
    new vm.Script(code, { filename: "Code.js" }).runInContext(context);
    const functions = new Set(
      Object.keys(context).filter((name) => typeof context[name] === "function" && !(name in fake.globals)),
    );
    const saver = new WorkbookSaver(options.file, fake.spreadsheet);
    saver.markSaved();
    const session = new PlaygroundSession(options.file, fake, context, functions, saver);
    session.#openSpreadsheet();
    return session;
  }

  /** What Sheets does when the file opens: onOpen builds the menu. */
  #openSpreadsheet(): void {
    if (this.functions.has("onOpen")) this.#run("onOpen", [{ authMode: "FULL", source: null }]);
    const menu = this.fake.ui.menus.at(-1);
    if (!menu) return;
    const items = menu.entries.flatMap(function flat(entry: MenuEntry): MenuItem[] {
      if (entry.type === "item") return [{ caption: entry.caption, functionName: entry.functionName }];
      if (entry.type === "submenu") return entry.menu.entries.flatMap(flat);
      return [];
    });
    this.#menu = { caption: menu.caption ?? "Boussole", items };
  }

  get language(): "fr" | "en" {
    return this.fake.spreadsheet.locale.startsWith("en") ? "en" : "fr";
  }

  isMenuFunction(name: string): boolean {
    return this.#menu.items.some((item) => item.functionName === name);
  }

  /**
   * Calls a global function of the bundle, as google.script.run or a menu click does. The result
   * crosses a JSON boundary like Apps Script's; errors come back as their message.
   */
  async call(name: string, args: unknown[]): Promise<CallResult> {
    if (!this.functions.has(name) || name.endsWith("_")) {
      return { ok: false, error: messages(this.language).ui.playground.unknownFunction(name) };
    }
    let result: CallResult;
    try {
      const value = this.#run(name, args);
      result = { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      // The vm's errors are not instances of this realm's Error.
      result = { ok: false, error: isErrorLike(error) ? error.message : String(error) };
    }
    this.#collectEvents();
    await this.saver.save();
    return result;
  }

  #run(name: string, args: unknown[]): unknown {
    // Arguments arrive as the vm's own plain objects, as Apps Script deserializes them.
    const parse = vm.runInContext("(json) => JSON.parse(json)", this.context) as (json: string) => unknown[];
    const fn = this.context[name] as (...values: unknown[]) => unknown;
    return fn(...parse(JSON.stringify(args)));
  }

  #seen = { dialogs: 0, questions: 0, toasts: 0 };

  /** Turns what the Ui record gained during a call into page events. */
  #collectEvents(): void {
    const ui = this.fake.ui;
    const next = () => this.#events.length + 1;
    for (const question of ui.questions.slice(this.#seen.questions)) {
      this.#events.push({
        id: next(),
        type: "message",
        kind: question.kind,
        title: question.title,
        text: question.prompt,
      });
    }
    for (const toast of ui.toasts.slice(this.#seen.toasts)) {
      this.#events.push({
        id: next(),
        type: "message",
        kind: "toast",
        title: toast.title,
        text: toast.message,
      });
    }
    for (const dialog of ui.dialogs.slice(this.#seen.dialogs)) {
      const id = next();
      this.#dialogHtml.set(id, dialog.html);
      this.#events.push({
        id,
        type: "dialog",
        kind: dialog.kind,
        title: dialog.title,
        width: dialog.width,
        height: dialog.height,
      });
    }
    this.#seen = { dialogs: ui.dialogs.length, questions: ui.questions.length, toasts: ui.toasts.length };
  }

  /**
   * Puts the cursor on a cell, as a click in Sheets does (the sidebar reads the row under it); a
   * sheet that is not there or a cell outside the sheet is refused before Sheets would throw.
   */
  select(cell: CellRef): "selected" | "noSheet" | "outside" {
    const sheet = this.fake.globals.SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName(cell.sheet);
    if (!sheet) return "noSheet";
    if (cell.row > sheet.getMaxRows() || cell.column > sheet.getMaxColumns()) return "outside";
    sheet.getRange(cell.row, cell.column).activate();
    return "selected";
  }

  /**
   * Types text into a cell as a person does in Sheets (the fake reads it as typing: « 40 » a
   * number, « =A1 » a formula), then saves the workbook. The cursor goes to that cell.
   */
  async edit(cell: CellRef, text: string): Promise<"edited" | "noSheet" | "outside"> {
    const selected = this.select(cell);
    if (selected !== "selected") return selected;
    const sheet = this.fake.globals.SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName(cell.sheet);
    sheet?.getRange(cell.row, cell.column).setValue(text);
    await this.saver.save();
    return "edited";
  }

  /** The HTML a dialog event showed, as the add-on built it. */
  dialogHtml(id: number): string | undefined {
    return this.#dialogHtml.get(id);
  }

  /** The page's view: events after `since`, and the sheets when the workbook moved past `revision`. */
  state(since: number, revision: number): SessionState {
    const model = this.fake.spreadsheet;
    return {
      file: this.file,
      language: this.language,
      revision: model.revision,
      menu: this.#menu,
      active: this.#active(),
      events: this.#events.filter((event) => event.id > since),
      sheets: revision === model.revision ? undefined : gridSheets(model),
    };
  }

  #active(): SessionState["active"] {
    try {
      const range = this.fake.globals.SpreadsheetApp.getActiveRange();
      return {
        sheet: range.getSheet().getName(),
        row: range.getRow(),
        column: range.getColumn(),
        numRows: range.getNumRows(),
        numColumns: range.getNumColumns(),
      };
    } catch {
      return null;
    }
  }

  /** The workbook as the core reads it, for the playground's own report downloads. */
  get model() {
    return this.fake.spreadsheet;
  }
}

function isErrorLike(value: unknown): value is { message: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** The built pages (Sidebar.html, Report.html…) by name, for HtmlService.createHtmlOutputFromFile. */
async function pages(distDir: string): Promise<Record<string, string>> {
  const files = (await readdir(distDir)).filter((name) => name.endsWith(".html"));
  const entries = await Promise.all(
    files.map(
      async (name) => [name.replace(/\.html$/, ""), await readFile(join(distDir, name), "utf8")] as const,
    ),
  );
  return Object.fromEntries(entries);
}
