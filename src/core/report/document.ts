/**
 * The report as a small document tree of plain data. Every decision (what to show, in which
 * order, how it is worded and formatted) is taken when building it, so that the Google Docs,
 * .docx and HTML renderers only map each block to their own elements.
 */
import type { Language } from "../model";

/** 0 is the document's title; 1–3 are the outline's levels. */
export type HeadingLevel = 0 | 1 | 2 | 3;

export type ReportBlock =
  | { kind: "heading"; level: HeadingLevel; text: string }
  /**
   * `role: "group"` marks a label grouping the headings after it (« Volet : administratif »), so that
   * a renderer paying per element (Google Docs) may fold it into the next heading.
   */
  | { kind: "paragraph"; text: string; role?: "group" }
  /** Label–value pairs (« Période couverte : … »), shown as a two-column table without header. */
  | { kind: "fields"; items: Array<{ label: string; value: string }> }
  /** `footer` is a totals row (an objective's progress), shown after the rows. */
  | { kind: "table"; columns: string[]; rows: string[][]; footer?: string[] }
  /** `text` is the formatted percentage (« 45 % »); renderers draw the bar from `percent`. */
  | { kind: "progress"; label: string; percent: number; text: string }
  | { kind: "pageBreak" };

export interface ReportDocument {
  language: Language;
  /** « Rapport annuel 2024-2025 » */
  title: string;
  /** « Rapport annuel 2024-2025 — <organisation> »: the Google Doc's or file's name. */
  documentName: string;
  blocks: ReportBlock[];
}
