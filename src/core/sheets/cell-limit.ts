/**
 * Where the sheets are written to Google Sheets, no cell may hold more than 50,000 characters
 * (Sheets refuses the whole write: « Your input contains more than the maximum of 50000 characters
 * in a single cell. »). Structurer then writes such a text cut to the limit and says where; the
 * whole text stays in the source sheet, which is only read. A local file keeps the text whole.
 */
import { columnLetters } from "../a1";
import type { Cell, SheetGrid } from "../cells";

/** `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Each text cut: the cut text written → the length of the whole text. */
export type CutTexts = Map<string, number>;

/** The grids with every text longer than `max` cut, and the texts cut. */
export function capGrids(grids: readonly SheetGrid[], max: number): { grids: SheetGrid[]; cut: CutTexts } {
  const cut: CutTexts = new Map();
  const capped = grids.map((grid) => ({
    ...grid,
    values: grid.values.map((row) =>
      row.map((cell) => {
        if (typeof cell !== "string" || cell.length <= max) return cell;
        const short = cutText(cell, max);
        cut.set(short, Math.max(cell.length, cut.get(short) ?? 0));
        return short;
      }),
    ),
  }));
  return { grids: capped, cut };
}

/** Where a sheet about to be written holds a text that was cut: its A1 cell and whole length. */
export function cutCells(
  values: readonly (readonly Cell[])[],
  cut: CutTexts,
): { cell: string; length: number }[] {
  if (cut.size === 0) return [];
  return values.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const length = typeof cell === "string" ? cut.get(cell) : undefined;
      return length === undefined ? [] : [{ cell: `${columnLetters(c + 1)}${r + 1}`, length }];
    }),
  );
}
