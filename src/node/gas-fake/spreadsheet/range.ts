/** Range: values as Sheets stores and converts them, per-cell formats, notes and validations. */
import type { Cell } from "../../../core/cells";
import { isDate } from "../dates";
import { FakeObject } from "../expose";
import { a1Notation, type Box } from "./a1";
import { Calculation } from "./calc";
import { displayValue } from "./display";
import { type ParsedInput, parseInput, TEXT_FORMAT } from "./input";
import {
  type CellData,
  copyCell,
  FORMAT_DEFAULTS,
  type FormatName,
  type Formats,
  normalizeColor,
  type RangeRef,
  type SheetModel,
} from "./model";
import { checkEditable, FakeProtection } from "./protection";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";
import { FakeDataValidation, rejects } from "./validation";

/** Formats that `clearFormat` resets (notes are content-like and stay). */
/** What Sheets holds in one cell, value or formula (its refusal is pinned in tests/node/gas-fake). */
export const MAX_CELL_CHARACTERS = 50_000;
const CLEARED_FORMATS = (Object.keys(FORMAT_DEFAULTS) as FormatName[]).filter((name) => name !== "note");

export function shapeError(dimension: "rows" | "columns", data: number, range: number): Error {
  return new Error(
    `The number of ${dimension} in the data does not match the number of ${dimension} in the range. ` +
      `The data has ${data} but the range has ${range}.`,
  );
}

export class FakeRange extends FakeObject {
  readonly _kind = "Range";

  readonly model: SheetModel;
  readonly spreadsheet: FakeSpreadsheet;

  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {
    super();
    this.model = sheet.model;
    this.spreadsheet = sheet.spreadsheet;
  }

  _ref(): RangeRef {
    return { sheet: this.sheet.model.name, ...this.box };
  }

  /** Reads each cell of the range into a grid; `r` and `c` are 0-based offsets in the range. */
  #grid<T>(read: (cell: CellData | undefined, r: number, c: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.box;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => read(this.model.cell(row + r, column + c), r, c)),
    );
  }

  #forEachCell(write: (cell: CellData, r: number, c: number) => void): void {
    checkEditable(this.model, this.box);
    const { row, column, numRows, numColumns } = this.box;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) write(this.model.cellForWrite(row + r, column + c), r, c);
    }
    this.spreadsheet.model.revision++;
  }

  #checkShape(data: unknown): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw new Error(
        "The parameters don't match the method signature: a two-dimensional array is expected.",
      );
    }
    if (data.length !== this.box.numRows) throw shapeError("rows", data.length, this.box.numRows);
    for (const row of data as unknown[][]) {
      if (row.length !== this.box.numColumns) throw shapeError("columns", row.length, this.box.numColumns);
    }
  }

  // Geometry

  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.column;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numColumns;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }
  getA1Notation(): string {
    return a1Notation(this.box);
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw new Error("Cell reference out of range");
    }
    return this.sheet._range(this.box.row + row - 1, this.box.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet._range(
      this.box.row + rowOffset,
      this.box.column + columnOffset,
      numRows ?? this.box.numRows,
      numColumns ?? this.box.numColumns,
    );
  }
  activate(): this {
    this.spreadsheet._activate(this);
    return this;
  }

  // Values

  /** The computed values (calc.ts) of every cell, as fresh copies (`Date` objects cloned). */
  #values(): Cell[][] {
    const calculation = new Calculation(this.spreadsheet.model);
    const { row, column, numRows, numColumns } = this.box;
    // Plain loops: a whole sheet is read at once, and a closure per cell was most of its cost.
    const values: Cell[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: Cell[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++)
        line[c] = copyCell(calculation.value(this.model, row + r, column + c));
      values[r] = line;
    }
    return values;
  }

  /**
   * "" for empty cells; a formula's computed value, or an error naming the formula when the fake
   * cannot compute it (never its text).
   */
  getValues(): Cell[][] {
    return this.#values();
  }
  getValue(): Cell {
    return this.#values()[0][0];
  }
  getDisplayValues(): string[][] {
    const { locale, timeZone } = this.spreadsheet.model;
    const values = this.#values();
    return this.#grid((cell, r, c) =>
      displayValue(values[r][c], this.model.format(cell, "numberFormat"), locale, timeZone),
    );
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  getFormulas(): string[][] {
    return this.#grid((cell) => cell?.formula ?? "");
  }
  getFormula(): string {
    return this.model.cell(this.box.row, this.box.column)?.formula ?? "";
  }
  /** A formula's cell is not blank, even when its value is "". */
  isBlank(): boolean {
    const values = this.#values();
    return this.#grid((cell, r, c) => cell?.formula === undefined && values[r][c] === "").every((row) =>
      row.every(Boolean),
    );
  }

  setValues(values: unknown[][]): this {
    this.#checkShape(values);
    return this.#writeAll((r, c) => values[r][c]);
  }
  /** Writes the value into every cell of the range. */
  setValue(value: unknown): this {
    return this.#writeAll(() => value);
  }
  setFormulas(formulas: string[][]): this {
    this.#checkShape(formulas);
    return this.#writeAll((r, c) => formulas[r][c]);
  }
  setFormula(formula: string): this {
    return this.#writeAll(() => formula);
  }

  /** Converts every input first, so a refused value leaves the range untouched. */
  #writeAll(input: (r: number, c: number) => unknown): this {
    const { locale, timeZone } = this.spreadsheet.model;
    const context = { locale, timeZone, now: this.spreadsheet.model.now() };
    const typed: (string | null)[][] = [];
    const parsed = this.#grid((cell, r, c): ParsedInput => {
      const value = input(r, c);
      // Counted in UTF-16 units, as JavaScript counts: the stricter reading where Google is silent.
      if (typeof value === "string" && value.length > MAX_CELL_CHARACTERS)
        throw new Error(
          `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
        );
      typed[r] ??= [];
      typed[r][c] = typeof value === "string" ? value : null;
      const converted =
        typeof value !== "string"
          ? { value: toCell(value) }
          : this.model.format(cell, "numberFormat") === TEXT_FORMAT
            ? { value }
            : parseInput(value, context);
      if (cell?.validation && rejects(cell.validation, converted.value, this.spreadsheet)) {
        const a1 = a1Notation({
          row: this.box.row + r,
          column: this.box.column + c,
          numRows: 1,
          numColumns: 1,
        });
        throw new Error(
          `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
        );
      }
      return converted;
    });
    this.#forEachCell((cell, r, c) => {
      const { value, formula, numberFormat } = parsed[r][c];
      cell.value = value;
      if (formula === undefined) delete cell.formula;
      else cell.formula = formula;
      if (numberFormat && cell.numberFormat === undefined) cell.numberFormat = numberFormat;
      const text = typed[r][c];
      if (text !== null && (formula !== undefined || value !== text)) {
        const a1 = a1Notation({
          row: this.box.row + r,
          column: this.box.column + c,
          numRows: 1,
          numColumns: 1,
        });
        this.spreadsheet.model.conversions.push({ sheet: this.model.name, a1, typed: text, value, formula });
      }
    });
    return this;
  }

  clearContent(): this {
    this.#forEachCell((cell) => {
      cell.value = "";
      delete cell.formula;
    });
    return this;
  }
  clearFormat(): this {
    this.#forEachCell((cell) => {
      for (const name of CLEARED_FORMATS) delete cell[name];
    });
    return this;
  }
  clearNote(): this {
    return this.#setFormat("note", "");
  }
  clearDataValidations(): this {
    this.#forEachCell((cell) => {
      delete cell.validation;
    });
    return this;
  }
  /** Without options: contents and formats, as documented. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    const all = !options?.contentsOnly && !options?.formatOnly && !options?.validationsOnly;
    if (all || options?.contentsOnly) this.clearContent();
    if (all || options?.formatOnly) this.clearFormat();
    if (options?.validationsOnly) this.clearDataValidations();
    return this;
  }

  // Formats: one value for every cell, or a grid of the range's shape.

  #getFormats<K extends FormatName>(name: K): Formats[K][][] {
    return this.#grid((cell) => this.model.format(cell, name));
  }
  #getFormat<K extends FormatName>(name: K): Formats[K] {
    return this.model.format(this.model.cell(this.box.row, this.box.column), name);
  }
  #setFormat<K extends FormatName>(name: K, value: Formats[K] | null): this {
    this.#forEachCell((cell) => {
      if (value === null) delete cell[name];
      else Object.assign(cell, { [name]: value });
    });
    return this;
  }
  #setFormats<K extends FormatName>(name: K, values: (Formats[K] | null)[][]): this {
    this.#checkShape(values);
    this.#forEachCell((cell, r, c) => {
      const value = values[r][c];
      if (value === null) delete cell[name];
      else Object.assign(cell, { [name]: value });
    });
    return this;
  }

  getBackground(): string {
    return this.#getFormat("background");
  }
  getBackgrounds(): string[][] {
    return this.#getFormats("background");
  }
  setBackground(color: string | null): this {
    return this.#setFormat("background", color === null ? null : normalizeColor(color));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    this.#checkShape(colors);
    return this.#setFormats(
      "background",
      colors.map((row) => row.map((c) => (c === null ? null : normalizeColor(c)))),
    );
  }
  getNote(): string {
    return this.#getFormat("note");
  }
  getNotes(): string[][] {
    return this.#getFormats("note");
  }
  setNote(note: string | null): this {
    return this.#setFormat("note", note ?? "");
  }
  setNotes(notes: (string | null)[][]): this {
    this.#checkShape(notes);
    return this.#setFormats(
      "note",
      notes.map((row) => row.map((n) => n ?? "")),
    );
  }
  getFontWeight(): string {
    return this.#getFormat("fontWeight");
  }
  getFontWeights(): string[][] {
    return this.#getFormats("fontWeight");
  }
  setFontWeight(fontWeight: string | null): this {
    return this.#setFormat("fontWeight", fontWeight);
  }
  setFontWeights(fontWeights: (string | null)[][]): this {
    return this.#setFormats("fontWeight", fontWeights);
  }
  getFontColor(): string {
    return this.#getFormat("fontColor");
  }
  getFontColors(): string[][] {
    return this.#getFormats("fontColor");
  }
  setFontColor(color: string | null): this {
    return this.#setFormat("fontColor", color === null ? null : normalizeColor(color));
  }
  setFontColors(colors: (string | null)[][]): this {
    this.#checkShape(colors);
    return this.#setFormats(
      "fontColor",
      colors.map((row) => row.map((c) => (c === null ? null : normalizeColor(c)))),
    );
  }
  getFontStyle(): string {
    return this.#getFormat("fontStyle");
  }
  setFontStyle(fontStyle: string | null): this {
    return this.#setFormat("fontStyle", fontStyle);
  }
  getFontSize(): number {
    return this.#getFormat("fontSize");
  }
  setFontSize(size: number): this {
    return this.#setFormat("fontSize", size);
  }
  getFontFamily(): string {
    return this.#getFormat("fontFamily");
  }
  setFontFamily(fontFamily: string | null): this {
    return this.#setFormat("fontFamily", fontFamily);
  }
  getNumberFormat(): string {
    return this.#getFormat("numberFormat");
  }
  getNumberFormats(): string[][] {
    return this.#getFormats("numberFormat");
  }
  setNumberFormat(numberFormat: string): this {
    return this.#setFormat("numberFormat", numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this.#setFormats("numberFormat", numberFormats);
  }
  getWrap(): boolean {
    return this.#getFormat("wrap");
  }
  setWrap(wrap: boolean): this {
    return this.#setFormat("wrap", wrap);
  }
  getHorizontalAlignment(): string {
    return this.#getFormat("horizontalAlignment");
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.#setFormat("horizontalAlignment", alignment);
  }
  getVerticalAlignment(): string {
    return this.#getFormat("verticalAlignment");
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.#setFormat("verticalAlignment", alignment);
  }

  // Data validation

  getDataValidation(): FakeDataValidation | null {
    return this.getDataValidations()[0][0];
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.#grid((cell) =>
      cell?.validation ? new FakeDataValidation(this.spreadsheet, cell.validation) : null,
    );
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.#forEachCell((cell) => {
      if (rule) cell.validation = structuredClone(rule.spec);
      else delete cell.validation;
    });
    return this;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.#checkShape(rules);
    this.#forEachCell((cell, r, c) => {
      const rule = rules[r][c];
      if (rule) cell.validation = structuredClone(rule.spec);
      else delete cell.validation;
    });
    return this;
  }

  protect(): FakeProtection {
    const spec = { type: "RANGE" as const, range: this._ref(), description: "", warningOnly: false };
    this.model.protections.push(spec);
    this.spreadsheet.model.revision++;
    return new FakeProtection(this.sheet, spec);
  }
}

/** A non-string value as a cell: null and undefined empty the cell, a `Date` (of any realm) is copied. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
