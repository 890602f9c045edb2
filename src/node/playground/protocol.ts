/** What the playground server and its page exchange (plain JSON; types only, shared with src/ui/playground). */

export type UiEvent =
  | {
      id: number;
      type: "dialog";
      kind: "sidebar" | "modal" | "modeless";
      title: string;
      width: number | null;
      height: number | null;
    }
  | { id: number; type: "message"; kind: "alert" | "prompt" | "toast"; title: string; text: string };

export interface MenuItem {
  caption: string;
  functionName: string;
}

export type CallResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

export interface GridSheet {
  name: string;
  /** What each cell shows (getDisplayValues), row by row from A1. */
  rows: string[][];
  /** "" where the cell has no note / the default white background. */
  notes: string[][];
  backgrounds: string[][];
  bold: boolean[][];
  frozenRows: number;
  /** Pixels by 1-based column, for the columns whose width was set. */
  columnWidths: Record<number, number>;
}

export interface SessionState {
  file: string;
  language: "fr" | "en";
  revision: number;
  menu: { caption: string; items: MenuItem[] };
  active: (CellRef & { numRows: number; numColumns: number }) | null;
  /** What the add-on showed after the `since` the page passed. */
  events: UiEvent[];
  /** Present when the workbook changed since the `revision` the page passed. */
  sheets?: GridSheet[];
}

/** Messages the shim in a sidebar or dialog posts to the playground page. */
export type FrameMessage =
  | { boussole: true; type: "close" }
  | { boussole: true; type: "rpc"; name: string; ok: boolean; args: unknown[] };
