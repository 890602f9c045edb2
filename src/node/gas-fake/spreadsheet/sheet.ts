/** Sheet: 1-based ranges with the real bounds errors, rows, frozen panes, widths, rules. */
import { FakeObject } from "../expose";
import { parseA1 } from "./a1";
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, insertChart, removeChart, sheetCharts } from "./chart";
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from "./model";
import { FakeProtection, ProtectionType } from "./protection";
import { FakeRange } from "./range";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeConditionalFormatRule } from "./validation";

export class FakeSheet extends FakeObject {
  readonly _kind = "Sheet";

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly model: SheetModel,
  ) {
    super();
  }

  #changed(): this {
    this.spreadsheet.model.revision++;
    return this;
  }

  /** A checked range, with the messages Sheets gives for a bad one. */
  _range(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row < 1) throw new Error("The starting row of the range is too small.");
    if (column < 1) throw new Error("The starting column of the range is too small.");
    if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.model.maxRows || column + numColumns - 1 > this.model.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this, { row, column, numRows, numColumns });
  }

  _rangeA1(a1: string): FakeRange {
    const box = parseA1(a1, this.model.maxRows, this.model.maxColumns);
    if (!box) throw new Error("Range not found");
    return this._range(box.row, box.column, box.numRows, box.numColumns);
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): this {
    const other = this.spreadsheet.model.sheet(name);
    if (other && other !== this.model) throw duplicateSheet(name);
    this.model.name = name;
    return this.#changed();
  }
  getSheetId(): number {
    return this.model.id;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.model.sheets.indexOf(this.model) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  activate(): this {
    this.spreadsheet._activate(this._range(1, 1, 1, 1));
    return this;
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === "string") return this._rangeA1(rowOrA1);
    if (column === undefined) throw new Error("The parameters (number) don't match the method signature.");
    return this._range(rowOrA1, column, numRows, numColumns);
  }
  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn()));
  }
  /**
   * The values of a block; -1 as a size means « to the last row (column) with content ». On an
   * empty sheet that block has no rows, which the real service refuses like any empty range.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): ReturnType<FakeRange["getValues"]> {
    const rows = numRows === -1 ? this.model.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.model.lastColumn() - startColumn + 1 : numColumns;
    return this._range(startRow, startColumn, rows, columns).getValues();
  }
  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  // Rows and columns

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.#checkRow(afterPosition);
    this.model.insertRows(afterPosition + 1, howMany);
    return this.#changed();
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.#checkRow(beforePosition);
    this.model.insertRows(beforePosition, howMany);
    return this.#changed();
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.#checkColumn(afterPosition);
    this.model.insertColumns(afterPosition + 1, howMany);
    return this.#changed();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.#checkColumn(beforePosition);
    this.model.insertColumns(beforePosition, howMany);
    return this.#changed();
  }
  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows) this.model.insertRows(row, 1);
    if (rowContents.length > this.model.maxColumns) {
      this.model.insertColumns(this.model.maxColumns + 1, rowContents.length - this.model.maxColumns);
    }
    this._range(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }
  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): this {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.model.maxRows) {
      throw new Error("Those rows are out of bounds.");
    }
    if (howMany >= this.model.maxRows - this.model.frozenRows) {
      throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    }
    this.model.deleteRows(rowPosition, howMany);
    return this.#changed();
  }
  deleteColumn(columnPosition: number): this {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): this {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.model.maxColumns) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= this.model.maxColumns - this.model.frozenColumns) {
      throw new Error("Sorry, it is not possible to delete all non-frozen columns.");
    }
    this.model.deleteColumns(columnPosition, howMany);
    return this.#changed();
  }

  #checkRow(position: number): void {
    if (position < 1 || position > this.model.maxRows) throw new Error("Those rows are out of bounds.");
  }
  #checkColumn(position: number): void {
    if (position < 1 || position > this.model.maxColumns) throw new Error("Those columns are out of bounds.");
  }

  #whole(): FakeRange {
    return this._range(1, 1, this.model.maxRows, this.model.maxColumns);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.#whole().clear(options);
    return this;
  }
  clearContents(): this {
    this.#whole().clearContent();
    return this;
  }
  clearFormats(): this {
    this.#whole().clearFormat();
    return this;
  }
  clearNotes(): this {
    this.#whole().clearNote();
    return this;
  }

  // Layout

  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
    this.#changed();
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
    this.#changed();
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this.#changed();
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Widths depend on rendered text, which the fake does not measure: recorded as a call only. */
  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }
  autoResizeColumn(_columnPosition: number): this {
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
    this.#changed();
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.delete(c);
    this.#changed();
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }
  /** As in Sheets: the last visible sheet cannot be hidden; hiding the active one activates another. */
  hideSheet(): this {
    const visible = this.spreadsheet.model.sheets.filter((sheet) => !sheet.hidden && sheet !== this.model);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    if (this.spreadsheet.getActiveSheet().model === this.model)
      this.spreadsheet._sheet(visible[0]).activate();
    return this.#changed();
  }
  showSheet(): this {
    this.model.hidden = false;
    return this.#changed();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  setTabColor(color: string | null): this {
    this.model.tabColor = color;
    return this.#changed();
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }

  // Protection and conditional formats

  /** Returns the sheet's existing protection when there is one, as the real `protect` does. */
  protect(): FakeProtection {
    let spec = this.model.protections.find((p) => p.type === "SHEET");
    if (!spec) {
      spec = { type: "SHEET", range: null, description: "", warningOnly: false };
      this.model.protections.push(spec);
      this.#changed();
    }
    return new FakeProtection(this, spec);
  }
  getProtections(type: string): FakeProtection[] {
    if (type !== ProtectionType.SHEET && type !== ProtectionType.RANGE) {
      throw new Error(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
      );
    }
    return this.model.protections
      .filter((p) => p.type === type)
      .map((spec) => new FakeProtection(this, spec));
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.model.conditionalFormatRules = rules.map((rule) => structuredClone(rule.spec));
    this.#changed();
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.model.conditionalFormatRules.map((spec) => this.spreadsheet._rule(spec));
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalFormatRules = [];
    this.#changed();
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder();
  }
  insertChart(chart: FakeEmbeddedChart): void {
    insertChart(this.model, chart);
    this.#changed();
  }
  removeChart(chart: FakeEmbeddedChart): void {
    removeChart(this.model, chart);
    this.#changed();
  }
  getCharts(): FakeEmbeddedChart[] {
    return sheetCharts(this.model).map((spec) => new FakeEmbeddedChart(structuredClone(spec)));
  }
}

export function duplicateSheet(name: string): Error {
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}
