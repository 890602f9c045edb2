/** Spreadsheet: sheets by name, insertion and deletion, the active selection, toasts. */
import type { Cell } from "../../../core/cells";
import { FakeObject } from "../expose";
import type { UiRecord } from "../ui";
import { parseA1 } from "./a1";
import type { ConditionalRuleSpec, RangeRef, SheetModel, SpreadsheetModel } from "./model";
import type { FakeProtection } from "./protection";
import type { FakeRange } from "./range";
import { duplicateSheet, FakeSheet } from "./sheet";
import { FakeConditionalFormatRule, type RangeResolver } from "./validation";

export class FakeSpreadsheet extends FakeObject implements RangeResolver {
  readonly _kind = "Spreadsheet";
  readonly #sheets = new WeakMap<SheetModel, FakeSheet>();
  #active: RangeRef;

  constructor(
    readonly model: SpreadsheetModel,
    readonly ui: UiRecord,
  ) {
    super();
    this.#active = { sheet: model.sheets[0].name, row: 1, column: 1, numRows: 1, numColumns: 1 };
  }

  _sheet(model: SheetModel): FakeSheet {
    let sheet = this.#sheets.get(model);
    if (!sheet) {
      sheet = new FakeSheet(this, model);
      this.#sheets.set(model, sheet);
    }
    return sheet;
  }

  _rangeOf(ref: RangeRef): FakeRange {
    const model = this.model.sheet(ref.sheet);
    if (!model) throw new Error(`Range not found: the sheet "${ref.sheet}" no longer exists.`);
    return this._sheet(model)._range(ref.row, ref.column, ref.numRows, ref.numColumns);
  }

  _valuesOf(ref: RangeRef): Cell[][] {
    return this._rangeOf(ref).getValues();
  }

  _rule(spec: ConditionalRuleSpec): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this, spec);
  }

  _activate(range: FakeRange): void {
    this.#active = range._ref();
  }

  /** The active sheet, falling back to the first one when it was deleted or renamed. */
  #activeSheet(): FakeSheet {
    return this._sheet(this.model.sheet(this.#active.sheet) ?? this.model.sheets[0]);
  }

  getId(): string {
    return this.model.id;
  }
  getName(): string {
    return this.model.name;
  }
  rename(name: string): void {
    this.model.name = name;
    this.model.revision++;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.model.timeZone = timeZone;
    this.model.revision++;
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = locale;
    this.model.revision++;
  }

  getSheets(): FakeSheet[] {
    return this.model.sheets.map((sheet) => this._sheet(sheet));
  }
  /** Every protection of that type, sheet by sheet. */
  getProtections(type: string): FakeProtection[] {
    return this.model.sheets.flatMap((sheet) => this._sheet(sheet).getProtections(type));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  /** Null when there is no sheet of that name; the match ignores case, as Sheets' names do. */
  getSheetByName(name: string): FakeSheet | null {
    const sheet = this.model.sheet(name);
    return sheet ? this._sheet(sheet) : null;
  }
  getSheetById(id: number): FakeSheet | null {
    const sheet = this.model.sheets.find((s) => s.id === id);
    return sheet ? this._sheet(sheet) : null;
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name) or insertSheet(name, index): the new
   * sheet (1000 rows × 26 columns) becomes the active sheet.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === "string" ? nameOrIndex : this.#freeSheetName();
    const at = typeof nameOrIndex === "number" ? nameOrIndex : (index ?? this.model.sheets.length);
    if (this.model.sheet(name)) throw duplicateSheet(name);
    const model = this.model.newSheet(name);
    this.model.sheets.splice(Math.max(0, Math.min(at, this.model.sheets.length)), 0, model);
    this.model.revision++;
    const sheet = this._sheet(model);
    sheet.activate();
    return sheet;
  }

  #freeSheetName(): string {
    let n = this.model.sheets.length + 1;
    while (this.model.sheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.model.sheets.indexOf(sheet.model);
    if (index < 0) throw new Error("The sheet does not belong to this spreadsheet or was already deleted.");
    if (this.model.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.model.sheets.splice(index, 1);
    this.model.revision++;
  }

  getActiveSheet(): FakeSheet {
    return this.#activeSheet();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    sheet.activate();
    return sheet;
  }
  getActiveRange(): FakeRange {
    const sheet = this.#activeSheet();
    return sheet.model.name === this.#active.sheet ? this._rangeOf(this.#active) : sheet._range(1, 1, 1, 1);
  }
  /** The top-left cell of the active range. */
  getCurrentCell(): FakeRange {
    return this.getActiveRange().getCell(1, 1);
  }
  setActiveRange(range: FakeRange): FakeRange {
    range.activate();
    return range;
  }
  /** getRange("Sheet!A1:B2") or a range of the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const bang = a1Notation.lastIndexOf("!");
    if (bang < 0) return this.#activeSheet()._rangeA1(a1Notation);
    const name = a1Notation
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const sheet = this.getSheetByName(name);
    if (!sheet || !parseA1(a1Notation.slice(bang + 1), 1, 1)) throw new Error("Range not found");
    return sheet._rangeA1(a1Notation.slice(bang + 1));
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.ui.toasts.push({
      message: String(message),
      title: title ?? "",
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}
