/**
 * What a reader of the workbook sees: formula cells computed (formula.ts), array results spilled
 * into the cells below and right of their formula, and the formats conditional-format rules show.
 * One `Calculation` per read: results are memoised for that read only, since the workbook may
 * change between reads. Reading an empty cell looks for a formula above and left of it whose
 * array result covers it.
 *
 * Spilling follows Sheets: an array result fills the cells from its formula's cell; if one of
 * them holds content, or the result passes the sheet's edge, the formula's cell shows #REF! and
 * nothing spills (Sheets does not grow the sheet for it).
 */
import type { Cell } from "../../../core/cells";
import { zonedInstant, zonedParts } from "../../../core/zone";
import {
  compare,
  evaluateFormula,
  type FormulaEnv,
  notModelled,
  type Reference,
  type Scalar,
  SheetError,
  type Value,
} from "./formula";
import type { ConditionalRuleSpec, SheetModel, SpreadsheetModel } from "./model";

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

interface Anchor {
  row: number;
  column: number;
  formula: string;
  /** Its result once computed (#REF! when its array cannot spill), "computing" meanwhile. */
  result?: Value | "computing";
}

/** The formula cells of a sheet, in sheet order and by position (row × 2^16 + column). */
interface Anchors {
  list: Anchor[];
  at: Map<number, Anchor>;
}

const position = (row: number, column: number) => row * 65_536 + column;

export interface ShownFormat {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
}

export class Calculation {
  /** Each sheet's formula cells, their results memoised on them for this read. */
  readonly #anchors = new Map<SheetModel, Anchors>();

  constructor(readonly book: SpreadsheetModel) {}

  /** The value a reader gets for one cell: errors as their code, as getValues gives them. */
  value(sheet: SheetModel, row: number, column: number): Cell {
    const v = this.#scalar(sheet, row, column);
    return v instanceof SheetError ? v.code : v;
  }

  /** What the sheet's formulas fill, by "row:column" (their own cells included). */
  spilled(sheet: SheetModel): Map<string, Scalar> {
    const cells = new Map<string, Scalar>();
    for (const anchor of this.#anchorsOf(sheet).list) {
      const result = this.#result(sheet, anchor);
      const grid = Array.isArray(result) ? result : [[result]];
      grid.forEach((line, r) => {
        line.forEach((v, c) => {
          cells.set(`${anchor.row + r}:${anchor.column + c}`, v);
        });
      });
    }
    return cells;
  }

  #anchorsOf(sheet: SheetModel): Anchors {
    let anchors = this.#anchors.get(sheet);
    if (!anchors) {
      const list: Anchor[] = sheet.formulaCells();
      anchors = { list, at: new Map(list.map((anchor) => [position(anchor.row, anchor.column), anchor])) };
      this.#anchors.set(sheet, anchors);
    }
    return anchors;
  }

  #scalar(sheet: SheetModel, row: number, column: number): Scalar {
    const cell = sheet.cell(row, column);
    if (cell?.formula !== undefined) {
      const anchor = this.#anchorsOf(sheet).at.get(position(row, column)) ?? {
        row,
        column,
        formula: cell.formula,
      };
      const result = this.#result(sheet, anchor);
      return Array.isArray(result) ? result[0][0] : result;
    }
    if (cell && cell.value !== "") return cell.value;
    // An empty cell may be filled by an array result from above or left of it. A formula being
    // computed is skipped: it cannot fill the cells it reads (Sheets calls that circular).
    for (const anchor of this.#anchorsOf(sheet).list) {
      if (anchor.row > row || anchor.column > column) continue;
      if (anchor.result === "computing") continue;
      const result = this.#result(sheet, anchor);
      const v = Array.isArray(result) ? result[row - anchor.row]?.[column - anchor.column] : undefined;
      if (v !== undefined) return v;
    }
    return "";
  }

  /** A formula's result, memoised; an array that cannot spill becomes #REF!. */
  #result(sheet: SheetModel, anchor: Anchor): Value {
    const { row, column, formula } = anchor;
    const known = anchor.result;
    if (known === "computing") throw notModelled(formula, "a formula that reads its own cell");
    if (known !== undefined) return known;
    anchor.result = "computing";
    let result = this.evaluate(formula, sheet, 0, 0);
    if (Array.isArray(result) && !(result.length === 1 && result[0].length === 1)) {
      const blocked =
        row + result.length - 1 > sheet.maxRows ||
        column + result[0].length - 1 > sheet.maxColumns ||
        result.some((line, r) =>
          line.some((_, c) => (r > 0 || c > 0) && sheet.hasContent(row + r, column + c)),
        );
      if (blocked) result = new SheetError("#REF!", "array result not expanded");
    }
    anchor.result = result;
    return result;
  }

  /**
   * Evaluates a formula as if it sat in `sheet`, its relative references moved by `rowShift`
   * rows and `columnShift` columns (how a conditional-format rule reads each cell of its range).
   */
  evaluate(formula: string, sheet: SheetModel, rowShift: number, columnShift: number): Value {
    const { timeZone } = this.book;
    const env: FormulaEnv = {
      read: (ref) => this.#read(ref, sheet, rowShift, columnShift, formula),
      today: () => {
        const p = zonedParts(this.book.now(), timeZone);
        return zonedInstant({ ...p, hour: 0, minute: 0, second: 0 }, timeZone);
      },
      serial: (date) => {
        const p = zonedParts(date, timeZone);
        return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - EPOCH) / DAY_MS;
      },
    };
    return evaluateFormula(formula, env);
  }

  #read(
    ref: Reference,
    from: SheetModel,
    rowShift: number,
    columnShift: number,
    formula: string,
  ): Scalar[][] {
    const sheet = ref.sheet === undefined ? from : this.book.sheet(ref.sheet);
    if (!sheet) throw notModelled(formula, `no sheet named « ${ref.sheet} »`);
    const end = ref.end ?? ref.start;
    const shift = (n: number | undefined, absolute: boolean, by: number, fallback: number) =>
      n === undefined ? fallback : absolute ? n : n + by;
    const top = shift(ref.start.row, ref.start.rowAbsolute, rowShift, 1);
    const left = shift(ref.start.column, ref.start.columnAbsolute, columnShift, 1);
    const bottom = shift(end.row, end.rowAbsolute, rowShift, sheet.maxRows);
    const right = shift(end.column, end.columnAbsolute, columnShift, sheet.maxColumns);
    if (top < 1 || left < 1 || bottom > sheet.maxRows || right > sheet.maxColumns) {
      return [[new SheetError("#REF!", "reference outside the sheet")]];
    }
    return Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => this.#scalar(sheet, top + r, left + c)),
    );
  }

  /** The formats a cell is shown with: its own, overridden by the first rule that applies to it. */
  shown(sheet: SheetModel, row: number, column: number): ShownFormat {
    const cell = sheet.cell(row, column);
    const own: ShownFormat = {
      background: sheet.format(cell, "background"),
      fontColor: sheet.format(cell, "fontColor"),
      bold: sheet.format(cell, "fontWeight") === "bold",
      italic: sheet.format(cell, "fontStyle") === "italic",
    };
    const rule = sheet.conditionalFormatRules.find((r) => this.#applies(r, sheet, row, column));
    if (!rule) return own;
    const { background, fontColor, bold, italic } = rule.format;
    return {
      background: background ?? own.background,
      fontColor: fontColor ?? own.fontColor,
      bold: bold ?? own.bold,
      italic: italic ?? own.italic,
    };
  }

  #applies(rule: ConditionalRuleSpec, sheet: SheetModel, row: number, column: number): boolean {
    const [anchor] = rule.ranges;
    const inside = rule.ranges.some(
      (r) =>
        this.book.sheet(r.sheet) === sheet &&
        row >= r.row &&
        row < r.row + r.numRows &&
        column >= r.column &&
        column < r.column + r.numColumns,
    );
    if (!inside || !anchor) return false;
    const value = this.#scalar(sheet, row, column);
    const [first, second] = rule.values;
    switch (rule.criteria) {
      case "CUSTOM_FORMULA": {
        const result = this.evaluate(String(first), sheet, row - anchor.row, column - anchor.column);
        if (Array.isArray(result)) throw notModelled(String(first), "a rule whose formula gives a range");
        return result === true || (typeof result === "number" && result !== 0);
      }
      case "CELL_EMPTY":
        return value === "";
      case "CELL_NOT_EMPTY":
        return value !== "";
      case "TEXT_EQUAL_TO":
        return typeof value === "string" && value === String(first);
      case "TEXT_CONTAINS":
        return typeof value === "string" && value.toLowerCase().includes(String(first).toLowerCase());
      case "NUMBER_BETWEEN":
        return (
          typeof value === "number" &&
          compare(value, first as Cell) >= 0 &&
          compare(value, second as Cell) <= 0
        );
      default:
        throw notModelled(rule.criteria, "conditional-format criteria");
    }
  }
}
