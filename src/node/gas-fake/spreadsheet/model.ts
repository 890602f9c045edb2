/**
 * The workbook behind the fake SpreadsheetApp, as plain data. Tests and the playground read and
 * write it directly (no call counting): load a workbook with `SpreadsheetModel` options, save it
 * back from `snapshot()`. Rows and columns are 1-based in the public methods, like Sheets.
 */
import type { Cell } from "../../../core/cells";
import type { Box } from "./a1";

/** A range as stored data (in validations, rules and protections): sheet name and box. */
export interface RangeRef extends Box {
  sheet: string;
}

export type CriterionValue = Cell | Cell[] | RangeRef | null;

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

export interface SpreadsheetInit {
  name?: string;
  id?: string;
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
  ) {}

  static fromInit(init: SheetInit, id: number): SheetModel {
    const sheet = new SheetModel(init.name, id);
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
        if (formula) Object.assign(sheet.cellForWrite(r + 1, c + 1), { formula, value: formula });
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

  /** The last row holding a value or a formula (0 when none), like `Sheet.getLastRow`. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      for (let c = row?.length ?? 0; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Inserts `count` empty rows before `row`, shifting the rows below down. */
  insertRows(row: number, count: number): void {
    if (row - 1 < this.rows.length) this.rows.splice(row - 1, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    this.maxRows -= count;
  }

  insertColumns(column: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && column - 1 < cells.length) cells.splice(column - 1, 0, ...Array<undefined>(count));
    }
    this.maxColumns += count;
  }

  deleteColumns(column: number, count: number): void {
    for (const cells of this.rows) cells?.splice(column - 1, count);
    this.maxColumns -= count;
  }

  /** A grid of one attribute over the data extent (A1 to last row and column). */
  grid<T>(read: (cell: CellData | undefined) => T): T[][] {
    const rows = this.lastRow();
    const columns = this.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(this.cell(r + 1, c + 1))),
    );
  }

  /** The values over the data extent, as `getDataRange().getValues()` returns them. */
  values(): Cell[][] {
    return this.grid((cell) => copyCell(cell?.value ?? ""));
  }

  format<K extends FormatName>(cell: CellData | undefined, name: K): Formats[K] {
    return (cell?.[name] ?? FORMAT_DEFAULTS[name]) as Formats[K];
  }

  snapshot(): SheetInit {
    return {
      name: this.name,
      values: this.values(),
      formulas: this.grid((cell) => cell?.formula ?? ""),
      notes: this.grid((cell) => this.format(cell, "note")),
      backgrounds: this.grid((cell) => this.format(cell, "background")),
      fontWeights: this.grid((cell) => this.format(cell, "fontWeight")),
      numberFormats: this.grid((cell) => this.format(cell, "numberFormat")),
      validations: this.grid((cell) => (cell?.validation ? structuredClone(cell.validation) : null)),
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
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  /** Incremented by every change made through the services: the playground saves when it moves. */
  revision = 0;
  #nextSheetId = 0;

  constructor(init: SpreadsheetInit = {}) {
    this.name = init.name ?? "Plan stratégique";
    this.id = init.id ?? "spreadsheet-1";
    this.timeZone = init.timeZone ?? "America/Toronto";
    this.locale = init.locale ?? "fr_CA";
    const sheets = init.sheets?.length ? init.sheets : [{ name: "Feuille 1", values: [] }];
    this.sheets = sheets.map((sheet) => SheetModel.fromInit(sheet, this.nextSheetId()));
  }

  nextSheetId(): number {
    return this.#nextSheetId++;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** The whole workbook as loading options: `new SpreadsheetModel(model.snapshot())` is a copy. */
  snapshot(): Required<SpreadsheetInit> {
    return {
      name: this.name,
      id: this.id,
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
