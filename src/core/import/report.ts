/**
 * The mapping report: where every row and column of the board's sheet went, and every non-empty
 * cell that found no place. Plain data (JSON-safe) plus a plain-text rendering for `--explain`.
 */
import { type Messages, messages } from "../i18n";
import type { Language } from "../model";
import type { ColumnRole } from "./headers";
import type { ImportedSettings } from "./settings";

export type Layout = "empty" | "flat" | "sections" | "outline" | "unknown";

export type RowKind =
  | "blank"
  | "title"
  | "pageHeader"
  | "header"
  | "orientation"
  | "orientationRepeat"
  | "orientationTitle"
  | "orientationDescription"
  | "group"
  | "objective"
  | "objectiveRepeat"
  | "action"
  | "continuation"
  | "notes"
  | "label"
  | "listHeader"
  | "objectiveDescription"
  | "settings"
  | "unused";

/** The pass that decided what a row is: classify (on its face), hierarchy (numbering), front, build. */
export type Pass = "classify" | "hierarchy" | "front" | "build";

/** Why, as a key of the catalogue's `why` sentences. */
export type Why = keyof Messages["structure"]["why"];

export type UnusedReason = "unrecognized" | "noAction" | "extraCell" | "noPlace" | "conflict";

export interface ReportTarget {
  level: "orientation" | "objective" | "action";
  code: string;
  title: string;
}

export interface RowReport {
  /** 1-based, as Sheets numbers rows. */
  row: number;
  kind: RowKind;
  /** The entities this row became or fed. */
  targets: ReportTarget[];
  /** The line as written for headings, titles, page headers, groups and labels. */
  text: string;
  pass: Pass;
  why: Why;
}

export interface ColumnReport {
  /** « A », « B », … */
  column: string;
  /** 1-based. */
  index: number;
  header: string;
  /** 1-based row of the header row that named it. */
  headerRow: number;
  /** Where its cells actually went (« Action » holding numbers feeds `code`). */
  fields: ColumnRole[];
}

export interface UnusedCell {
  sheet: string;
  /** 1-based. */
  row: number;
  column: string;
  /** 1-based. */
  columnIndex: number;
  text: string;
  reason: UnusedReason;
}

export interface MappingReport {
  sheet: string;
  layout: Layout;
  rowCount: number;
  rows: RowReport[];
  columns: ColumnReport[];
  unused: UnusedCell[];
  counts: { orientations: number; objectives: number; actions: number };
  /** What the top of the sheet and its mission / vision lines gave the plan's Paramètres. */
  settings: ImportedSettings;
}

const SHOWN_LENGTH = 70;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > SHOWN_LENGTH ? `${line.slice(0, SHOWN_LENGTH - 1)}…` : line;
}

/** Readable plain text for `boussole import --explain`, in the board's language. */
export function formatMappingReport(report: MappingReport, language: Language): string {
  const t = messages(language).structure;
  const lines = [
    t.report.heading(report.sheet),
    t.report.layout(t.layouts[report.layout]),
    "",
    t.report.columns,
  ];
  if (report.columns.length === 0) lines.push(t.report.noColumns);
  for (const column of report.columns) {
    const fields = column.fields.map((field) => t.fields[field]).join(", ") || t.report.unusedColumn;
    lines.push(t.report.column(column.column, shorten(column.header), fields));
  }
  lines.push("", t.report.rows);
  const blanks: number[] = [];
  for (const row of report.rows) {
    if (row.kind === "blank") {
      blanks.push(row.row);
      continue;
    }
    const targets = row.targets.map((target) =>
      t.report.target(t.levels[target.level], target.code, shorten(target.title)),
    );
    const kind = t.rowKinds[row.kind];
    const what =
      row.kind === "action" || row.kind === "orientation" || row.kind === "objective"
        ? targets.join(" ; ")
        : [row.text ? t.report.quoted(kind, shorten(row.text)) : kind, ...targets].join(" → ");
    lines.push(t.report.row(row.row, t.report.decided(what, t.passes[row.pass], t.why[row.why])));
  }
  if (blanks.length > 0) lines.push(t.report.blankRows(blanks.length, ranges(blanks)));
  const { orientations, objectives, actions } = report.counts;
  lines.push("", t.report.summary(orientations, objectives, actions, report.rowCount));
  const settings = Object.entries(report.settings).filter(([, value]) => typeof value === "string");
  if (settings.length > 0) lines.push("", t.report.settings);
  for (const [field, value] of settings) {
    const name = t.settingsFields[field as keyof ImportedSettings];
    lines.push(t.report.setting(name, shorten(String(value))));
  }
  lines.push("", t.report.unused);
  if (report.unused.length === 0) lines.push(t.report.noUnused);
  for (const cell of report.unused) {
    lines.push(t.report.unusedCell(`${cell.column}${cell.row}`, shorten(cell.text), t.reasons[cell.reason]));
  }
  return lines.join("\n");
}

/** 2, 3, 4, 7 → « 2-4, 7 ». */
function ranges(rows: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}-${rows[j]}` : String(rows[i]));
    i = j;
  }
  return parts.join(", ");
}
