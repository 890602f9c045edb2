/**
 * The report as a small document tree of plain data. Every decision (what to show, in which
 * order, how it is worded, formatted and coloured) is taken when building it, so that the Google
 * Docs, .docx and HTML renderers only map each block to their own elements.
 */
import type { Language } from "../model";

/** 0 is the document's title; 1–3 are the outline's levels. */
export type HeadingLevel = 0 | 1 | 2 | 3;

/** What a status chip or a key figure means; its colours are in TONES, the same in every renderer. */
export type Tone = "done" | "inProgress" | "late" | "postponed" | "planned" | "cancelled" | "none";

/** Background and text colours (hex, no « # ») of each tone: light fills that print well in grey too. */
export const TONES: Record<Tone, { fill: string; text: string }> = {
  done: { fill: "D5EFD9", text: "1B5E20" },
  inProgress: { fill: "D6E6F8", text: "0D3C73" },
  late: { fill: "F9D3D0", text: "8E1B12" },
  postponed: { fill: "FBE7C2", text: "7A4A00" },
  planned: { fill: "E8E8E8", text: "333333" },
  cancelled: { fill: "EEEEEE", text: "666666" },
  none: { fill: "FFFFFF", text: "333333" },
};

/** The colour of the filled part of a progress bar, and of the empty part. */
export const BAR_COLOURS = { filled: "2E7D32", empty: "E6E6E6" } as const;

/** A bar is drawn as this many equal cells, the first `barSteps` of them filled: 5 % each. */
export const BAR_STEPS = 20;

export function barSteps(percent: number | null): number {
  return Math.round((Math.min(100, Math.max(0, percent ?? 0)) / 100) * BAR_STEPS);
}

export interface Bar {
  label: string;
  /** 0–100, or null when there is nothing to measure (the bar is left empty and `text` says so). */
  percent: number | null;
  /** « 45 % » */
  text: string;
}

export type ReportBlock =
  | { kind: "heading"; level: HeadingLevel; text: string }
  /**
   * `role: "group"` marks a label grouping the headings after it (« Volet : administratif »), so that
   * a renderer paying per element (Google Docs) may fold it into the next heading; `"lead"` is
   * the line under the title (the organisation, the period in words).
   */
  | { kind: "paragraph"; text: string; role?: "group" | "lead" }
  /** Label–value pairs (« Période couverte : … »), shown as a two-column table without header. */
  | { kind: "fields"; items: Array<{ label: string; value: string }> }
  /**
   * `footer` is a totals row (an objective's progress), shown after the rows. `chips` colours one
   * column's cells (the status) by the tone of each row.
   */
  | {
      kind: "table";
      columns: string[];
      rows: string[][];
      footer?: string[];
      chips?: { column: number; tones: Tone[] };
    }
  /** The first page's big numbers, side by side: « 12 réalisées », « 3 en retard »… */
  | { kind: "keyFigures"; items: Array<{ value: string; label: string; tone: Tone }> }
  /** Progress bars, one row each: shaded cells proportional to the percentage, never characters. */
  | { kind: "bars"; caption: string; bars: Bar[] }
  /** Where the table of contents goes (the headings of levels 1 and 2). */
  | { kind: "contents"; title: string }
  | { kind: "pageBreak" };

export interface ReportDocument {
  language: Language;
  /** « Rapport annuel 2024-2025 » */
  title: string;
  /** « Rapport annuel 2024-2025 — <organisation> »: the Google Doc's or file's name. */
  documentName: string;
  blocks: ReportBlock[];
}
