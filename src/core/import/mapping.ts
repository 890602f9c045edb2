/**
 * The record kept while the Structurer reads the board's sheet: what each row became, which
 * fields each column fed, every cell that found no place, and the problems raised on the way.
 * `report()` turns it into the MappingReport once the whole sheet is read.
 */
import type { Messages } from "../i18n";
import type { Orientation, Problem, Severity } from "../model";
import type { Entity } from "./builder";
import type { Entry } from "./fields";
import { type Column, type ColumnMap, type ColumnRole, columnLetter, type RowCell } from "./headers";
import type {
  ColumnReport,
  Layout,
  MappingReport,
  Pass,
  ReportTarget,
  RowKind,
  UnusedCell,
  UnusedReason,
  Why,
} from "./report";
import type { ImportedSettings } from "./settings";

/** What one row became. Mutable: an objective heading settles its kind once its table is seen. */
export interface RowEntry {
  row: number;
  kind: RowKind;
  refs: Entity[];
  text: string;
  decision: Decision;
}

/** Which pass decided what the row is, and why (`--explain`). */
export interface Decision {
  pass: Pass;
  why: Why;
}

const UNPLACED: Decision = { pass: "build", why: "unplaced" };

type ColumnRecord = ColumnReport & { used: Set<ColumnRole> };

export class MappingRecorder {
  readonly problems: Problem[] = [];
  private readonly entries: RowEntry[] = [];
  private readonly unused: UnusedCell[] = [];
  /** By position and header: the same header repeated above each table is one column of the report. */
  private readonly columns = new Map<string, ColumnRecord>();
  private readonly records = new Map<Column, ColumnRecord>();
  /** The header row of the current table: where columns it did not name (untitled cells) belong. */
  private headerRow = 0;

  constructor(
    private readonly sheet: string,
    private readonly t: Messages["structure"],
  ) {}

  entry(row: number, kind: RowKind, refs: Entity[] = [], text = "", decision = UNPLACED): RowEntry {
    const entry = { row, kind, refs, text, decision };
    this.entries.push(entry);
    return entry;
  }

  /** A cell that found no place: listed as unused, with a warning; `kind` records the row if nothing did. */
  leftover(row: number, cell: RowCell, reason: UnusedReason, kind?: RowKind): void {
    const column = columnLetter(cell.index);
    this.unused.push({
      sheet: this.sheet,
      row: row + 1,
      column,
      columnIndex: cell.index + 1,
      text: cell.text,
      reason,
    });
    const reasonText = this.t.reasons[reason];
    this.problem("warning", "unusedCell", this.t.problems.unusedCell(cell.text, reasonText), row, column);
    if (kind && this.entries[this.entries.length - 1]?.row !== row) this.entry(row, kind, [], cell.text);
  }

  problem(
    severity: Severity,
    code: string,
    message: string,
    row: number | null,
    column: string | null,
  ): void {
    this.problems.push({
      severity,
      code: `structure.${code}`,
      message,
      sheet: this.sheet,
      row: row === null ? null : row + 1,
      column,
    });
  }

  /** A header row (or the year row extending it) named these columns. */
  registerColumns(map: ColumnMap): void {
    this.headerRow = map.row;
    for (const column of map.columns.values()) this.column(column);
  }

  /** The column's cells fed `role`. */
  use(column: Column, role: ColumnRole): void {
    this.column(column).used.add(role);
  }

  /** Each cell fed its column's own role. */
  useAll(entries: readonly Entry[]): void {
    for (const entry of entries) this.use(entry.column, entry.column.role);
  }

  report(
    layout: Layout,
    rowCount: number,
    orientations: Orientation[],
    settings: ImportedSettings = {},
  ): MappingReport {
    const objectives = orientations.flatMap((o) => o.objectives);
    return {
      sheet: this.sheet,
      layout,
      rowCount,
      rows: this.entries.map((entry) => ({
        row: entry.row + 1,
        kind: entry.kind,
        text: entry.text,
        pass: entry.decision.pass,
        why: entry.decision.why,
        targets: entry.refs.map((ref) => ({ level: levelOf(ref), code: ref.code, title: ref.title })),
      })),
      columns: [...this.columns.values()]
        .sort((a, b) => a.index - b.index || a.headerRow - b.headerRow)
        .map(({ used, ...column }) => ({ ...column, fields: [...used] })),
      unused: this.unused,
      counts: {
        orientations: orientations.length,
        objectives: objectives.length,
        actions: objectives.reduce((sum, o) => sum + o.actions.length, 0),
      },
      settings,
    };
  }

  private column(column: Column): ColumnRecord {
    const known = this.records.get(column);
    if (known) return known;
    const key = `${column.index}:${column.header}`;
    let record = this.columns.get(key);
    if (!record) {
      record = {
        column: columnLetter(column.index),
        index: column.index + 1,
        header: column.header,
        headerRow: this.headerRow + 1,
        fields: [],
        used: new Set(),
      };
      this.columns.set(key, record);
    }
    this.records.set(column, record);
    return record;
  }
}

/** Read from the entity's shape: orientations hold objectives, objectives hold actions. */
export function levelOf(entity: Entity): ReportTarget["level"] {
  if ("objectives" in entity) return "orientation";
  return "actions" in entity ? "objective" : "action";
}
