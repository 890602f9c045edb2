/**
 * The workbook behind the fake SpreadsheetApp, as plain data. Tests and the playground read and
 * write it directly (no call counting): load a workbook with `SpreadsheetModel` options, save it
 * back from `snapshot()`. Rows and columns are 1-based in the public methods, like Sheets.
 */
import type { Cell } from "../../../core/cells";
import type { Box } from "./a1";
import { Calculation, type ShownFormat } from "./calc";
import { type Shift, shiftBox, shiftFormula } from "./shift";

/** A range as stored data (in validations, rules and protections): sheet name and box. */
export interface RangeRef extends Box {
  sheet: string;
}

export type CriterionValue = Cell | Cell[] | RangeRef | null;

/** A stored range among criteria values (not a list, a date or a plain value). */
export function isRangeRef(value: unknown): value is RangeRef {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "sheet" in value;
}

export interface ValidationSpec {
  criteria: string;
  values: CriterionValue[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ConditionalRuleSpec {
  criteria: string;
  values: CriterionValue[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  ranges: RangeRef[];
}

export interface ProtectionSpec {
  type: "SHEET" | "RANGE";
  range: RangeRef | null;
  description: string;
  warningOnly: boolean;
  /**
   * Who may edit, besides the owner; absent while the script has not changed the list, when
   * « the permissions mirror those of the spreadsheet itself » (Range.protect reference).
   */
  editors?: string[];
}

/** Per-cell formats, with the value a fresh cell reports for each. */
export const FORMAT_DEFAULTS = {
  background: "#ffffff",
  note: "",
  fontWeight: "normal",
  fontColor: "#000000",
  fontStyle: "normal",
  fontSize: 10,
  fontFamily: "Arial",
  /** What `getNumberFormat` reports for a cell left on the automatic format. */
  numberFormat: "0.###############",
  wrap: false,
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
};
export type Formats = typeof FORMAT_DEFAULTS;
export type FormatName = keyof Formats;

export interface CellData extends Partial<Formats> {
  /** "" in a formula's cell: its value is computed when read (calc.ts). */
  value: Cell;
  formula?: string;
  validation?: ValidationSpec;
}

/** A sheet as loading options or a saved snapshot; every grid is optional and row-major from A1. */
export interface SheetInit {
  name: string;
  values: Cell[][];
  formulas?: string[][];
  notes?: string[][];
  backgrounds?: string[][];
  fontWeights?: string[][];
  numberFormats?: string[][];
  validations?: (ValidationSpec | null)[][];
  frozenRows?: number;
  frozenColumns?: number;
  columnWidths?: Record<number, number>;
  maxRows?: number;
  maxColumns?: number;
  protections?: ProtectionSpec[];
  conditionalFormatRules?: ConditionalRuleSpec[];
  /** Hidden from the tab bar (hideSheet). */
  hidden?: boolean;
}

/** A string written with setValue(s) that Sheets stored as something else (input.ts). */
export interface Conversion {
  sheet: string;
  a1: string;
  typed: string;
  value: Cell;
  formula?: string;
}

export interface SpreadsheetInit {
  name?: string;
  id?: string;
  /** The owner's address; default "owner@example.org". */
  owner?: string;
  /** Who else may edit the spreadsheet. */
  editors?: string[];
  /** Who runs the script; default the owner. */
  user?: string;
  timeZone?: string;
  locale?: string;
  sheets?: SheetInit[];
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel {
  /** Sparse: rows[r][c] (0-based) is undefined for a cell never touched. */
  rows: (CellData | undefined)[][] = [];
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  protections: ProtectionSpec[] = [];
  conditionalFormatRules: ConditionalRuleSpec[] = [];

  constructor(
    public name: string,
    readonly id: number,
    /** The workbook, through which formulas read other sheets. */
    readonly book: SpreadsheetModel,
  ) {}

  static fromInit(init: SheetInit, id: number, book: SpreadsheetModel): SheetModel {
    const sheet = new SheetModel(init.name, id, book);
    const grids: [FormatName, unknown[][] | undefined][] = [
      ["note", init.notes],
      ["background", init.backgrounds],
      ["fontWeight", init.fontWeights],
      ["numberFormat", init.numberFormats],
    ];
    init.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== "" && value !== null && value !== undefined)
          sheet.cellForWrite(r + 1, c + 1).value = value;
      });
    });
    init.formulas?.forEach((row, r) => {
      row.forEach((formula, c) => {
        if (formula) Object.assign(sheet.cellForWrite(r + 1, c + 1), { formula, value: "" });
      });
    });
    for (const [name, grid] of grids) {
      grid?.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v !== undefined && v !== null && v !== FORMAT_DEFAULTS[name]) {
            Object.assign(sheet.cellForWrite(r + 1, c + 1), { [name]: v });
          }
        });
      });
    }
    init.validations?.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v) sheet.cellForWrite(r + 1, c + 1).validation = v;
      });
    });
    const width = sheet.rows.reduce((widest, row) => Math.max(widest, row?.length ?? 0), 0);
    sheet.maxRows = Math.max(init.maxRows ?? DEFAULT_ROWS, sheet.rows.length, 1);
    sheet.maxColumns = Math.max(init.maxColumns ?? DEFAULT_COLUMNS, width, 1);
    sheet.frozenRows = init.frozenRows ?? 0;
    sheet.frozenColumns = init.frozenColumns ?? 0;
    for (const [column, w] of Object.entries(init.columnWidths ?? {}))
      sheet.columnWidths.set(Number(column), w);
    sheet.protections = structuredClone(init.protections ?? []);
    sheet.conditionalFormatRules = structuredClone(init.conditionalFormatRules ?? []);
    sheet.hidden = init.hidden ?? false;
    return sheet;
  }

  cell(row: number, column: number): CellData | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  cellForWrite(row: number, column: number): CellData {
    const cells = this.rows[row - 1] ?? [];
    this.rows[row - 1] = cells;
    const existing = cells[column - 1];
    if (existing) return existing;
    const created: CellData = { value: "" };
    cells[column - 1] = created;
    return created;
  }

  /** Whether the cell holds a value or a formula (not what a formula spills into it). */
  hasContent(row: number, column: number): boolean {
    return hasContent(this.cell(row, column));
  }

  hasFormulas(): boolean {
    return this.rows.some((cells) => cells?.some((cell) => cell?.formula !== undefined));
  }

  formulaCells(): { row: number; column: number; formula: string }[] {
    const found: { row: number; column: number; formula: string }[] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const cells = this.rows[r] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const formula = cells[c]?.formula;
        if (formula !== undefined) found.push({ row: r + 1, column: c + 1, formula });
      }
    }
    return found;
  }

  /**
   * The last row holding a value, a formula or a formula's spilled value (0 when none), like
   * `Sheet.getLastRow`.
   */
  lastRow(): number {
    return this.#size().rows;
  }

  lastColumn(): number {
    return this.#size().columns;
  }

  /**
   * The data extent: the last row and column with content, array results included. One
   * `Calculation` serves both ends (and the caller's own reads, when it passes its own).
   */
  #size(calculation = new Calculation(this.book)): { rows: number; columns: number } {
    let rows = 0;
    for (let r = this.rows.length; r >= 1 && rows === 0; r--) {
      if (this.rows[r - 1]?.some(hasContent)) rows = r;
    }
    let columns = 0;
    for (const row of this.rows) {
      for (let c = row?.length ?? 0; c > columns; c--) {
        if (hasContent(row[c - 1])) {
          columns = c;
          break;
        }
      }
    }
    if (!this.hasFormulas()) return { rows, columns };
    for (const [key, value] of calculation.spilled(this)) {
      if (value === "") continue;
      const [row, column] = key.split(":").map(Number);
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
    }
    return { rows, columns };
  }

  /** Inserts `count` empty rows before `row`, shifting the rows below down. */
  insertRows(row: number, count: number): void {
    if (row - 1 < this.rows.length) this.rows.splice(row - 1, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
    this.book.shiftFormulas({ sheet: this.name, axis: "row", at: row, count });
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    this.maxRows -= count;
    this.book.shiftFormulas({ sheet: this.name, axis: "row", at: row, count: -count });
  }

  insertColumns(column: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && column - 1 < cells.length) cells.splice(column - 1, 0, ...Array<undefined>(count));
    }
    this.maxColumns += count;
    this.book.shiftFormulas({ sheet: this.name, axis: "column", at: column, count });
  }

  deleteColumns(column: number, count: number): void {
    for (const cells of this.rows) cells?.splice(column - 1, count);
    this.maxColumns -= count;
    this.book.shiftFormulas({ sheet: this.name, axis: "column", at: column, count: -count });
  }

  /** A grid of one attribute over the data extent (A1 to last row and column). */
  grid<T>(read: (cell: CellData | undefined) => T, size = this.#size()): T[][] {
    return this.#extent((row, column) => read(this.cell(row, column)), size);
  }

  /** The values over the data extent, as `getDataRange().getValues()` returns them (formulas computed). */
  values(calculation = new Calculation(this.book), size = this.#size(calculation)): Cell[][] {
    return this.#extent((row, column) => copyCell(calculation.value(this, row, column)), size);
  }

  #extent<T>(
    read: (row: number, column: number) => T,
    { rows, columns }: { rows: number; columns: number },
  ): T[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(r + 1, c + 1)),
    );
  }

  format<K extends FormatName>(cell: CellData | undefined, name: K): Formats[K] {
    return (cell?.[name] ?? FORMAT_DEFAULTS[name]) as Formats[K];
  }

  snapshot(): SheetInit {
    // One calculation and one extent for every grid: the workbook does not change meanwhile.
    const calculation = new Calculation(this.book);
    const size = this.#size(calculation);
    return {
      name: this.name,
      values: this.values(calculation, size),
      formulas: this.grid((cell) => cell?.formula ?? "", size),
      notes: this.grid((cell) => this.format(cell, "note"), size),
      backgrounds: this.grid((cell) => this.format(cell, "background"), size),
      fontWeights: this.grid((cell) => this.format(cell, "fontWeight"), size),
      numberFormats: this.grid((cell) => this.format(cell, "numberFormat"), size),
      validations: this.grid((cell) => (cell?.validation ? structuredClone(cell.validation) : null), size),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: Object.fromEntries(this.columnWidths),
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      protections: structuredClone(this.protections),
      conditionalFormatRules: structuredClone(this.conditionalFormatRules),
      hidden: this.hidden,
    };
  }
}

function hasContent(cell: CellData | undefined): boolean {
  return cell !== undefined && (cell.value !== "" || cell.formula !== undefined);
}

/** Cells are handed out as copies: a `Date` is mutable. */
export function copyCell(value: Cell): Cell {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

export class SpreadsheetModel {
  name: string;
  readonly id: string;
  owner: string;
  editors: string[];
  /** The user running the script, whose edits protections may refuse. */
  user: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  /** Incremented by every change made through the services: the playground saves when it moves. */
  revision = 0;
  /**
   * Every string written through the services that Sheets did not keep as that text (a number, a
   * date, a formula, an apostrophe dropped): a test of user text expects none.
   */
  readonly conversions: Conversion[] = [];
  /** The clock TODAY() reads; a test sets it to pin « late » rules. */
  now: () => Date = () => new Date();
  #nextSheetId = 0;

  constructor(init: SpreadsheetInit = {}) {
    this.name = init.name ?? "Plan stratégique";
    this.id = init.id ?? "spreadsheet-1";
    this.owner = init.owner ?? "owner@example.org";
    this.editors = [...(init.editors ?? [])];
    this.user = init.user ?? this.owner;
    this.timeZone = init.timeZone ?? "America/Toronto";
    this.locale = init.locale ?? "fr_CA";
    const sheets = init.sheets?.length ? init.sheets : [{ name: "Feuille 1", values: [] }];
    this.sheets = sheets.map((sheet) => SheetModel.fromInit(sheet, this.nextSheetId(), this));
  }

  nextSheetId(): number {
    return this.#nextSheetId++;
  }

  /**
   * Moves what refers to rows or columns inserted or deleted (shift.ts): every formula's
   * references, every range a sheet keeps as data, and the formulas of its rules.
   */
  shiftFormulas(shift: Shift): void {
    const moved = (range: RangeRef) =>
      range.sheet.toLowerCase() === shift.sheet.toLowerCase() ? shiftBox(range, shift) : range;
    const criterion = (value: CriterionValue, home: string): CriterionValue => {
      if (typeof value === "string" && value.startsWith("=")) return shiftFormula(value, home, shift);
      if (isRangeRef(value)) return moved(value) ?? value;
      return value;
    };
    for (const sheet of this.sheets) {
      for (const cells of sheet.rows) {
        for (const cell of cells ?? []) {
          if (cell?.formula !== undefined) cell.formula = shiftFormula(cell.formula, sheet.name, shift);
          if (cell?.validation)
            cell.validation.values = cell.validation.values.map((value) => criterion(value, sheet.name));
        }
      }
      sheet.conditionalFormatRules = sheet.conditionalFormatRules.flatMap((rule) => {
        const ranges = rule.ranges.map(moved).filter((range): range is RangeRef => range !== null);
        if (ranges.length === 0) return [];
        return [{ ...rule, ranges, values: rule.values.map((value) => criterion(value, sheet.name)) }];
      });
      sheet.protections = sheet.protections.flatMap((protection) => {
        if (!protection.range) return [protection];
        const range = moved(protection.range);
        return range ? [{ ...protection, range }] : [];
      });
    }
  }

  /** A new empty sheet of this workbook (not yet placed among its sheets). */
  newSheet(name: string): SheetModel {
    return new SheetModel(name, this.nextSheetId(), this);
  }

  /**
   * How a cell is shown: its own background, font colour, bold and italic, overridden by the first
   * conditional-format rule that holds for it (custom formulas evaluated). Fake-only: Apps Script
   * cannot read what a rule shows.
   */
  shown(sheetName: string, row: number, column: number): ShownFormat {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}".`);
    return new Calculation(this).shown(sheet, row, column);
  }

  /**
   * The sheet of that name, ignoring case: Sheets keeps names unique regardless of case (the tab
   * bar refuses « actions » next to « Actions »), so a case-blind match finds at most one.
   */
  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  /** The whole workbook as loading options: `new SpreadsheetModel(model.snapshot())` is a copy. */
  snapshot(): Required<SpreadsheetInit> {
    return {
      name: this.name,
      id: this.id,
      owner: this.owner,
      editors: [...this.editors],
      user: this.user,
      timeZone: this.timeZone,
      locale: this.locale,
      sheets: this.sheets.map((sheet) => sheet.snapshot()),
    };
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
};

/** Colors read back as Sheets reports them: lower-case "#rrggbb". */
export function normalizeColor(color: string): string {
  const lower = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[lower] ?? lower;
}
