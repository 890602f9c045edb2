/**
 * What Structurer last wrote (merge.ts's snapshots), as the rows of a hidden sheet: one row per
 * sheet for the columns it managed (key ""), then one row per row key with its hash. A sheet holds
 * millions of cells, so this fits any plan, where the 500 KB of DocumentProperties end near
 * 17,000 actions.
 */
import { type Cell, cellText, isEmptyRow } from "../cells";
import type { SheetSnapshot } from "./merge";

/** `header`: the sheet's first row, in the plan's language (sheet, key, hash). */
export function snapshotRows(
  written: Readonly<Record<string, SheetSnapshot>>,
  header: readonly string[],
): string[][] {
  const rows: string[][] = [[...header]];
  for (const [sheet, snapshot] of Object.entries(written)) {
    rows.push([sheet, "", JSON.stringify(snapshot.columns)]);
    for (const [key, hash] of Object.entries(snapshot.rows)) rows.push([sheet, key, hash]);
  }
  return rows;
}

/** The snapshots back from the sheet's rows; a damaged row only costs the detection of one edit. */
export function parseSnapshotRows(values: readonly (readonly Cell[])[]): Record<string, SheetSnapshot> {
  const written: Record<string, SheetSnapshot> = {};
  for (const row of values.slice(1)) {
    if (isEmptyRow([...row])) continue;
    const [sheet, key, hash] = [0, 1, 2].map((c) => cellText(row[c], "UTC"));
    const snapshot = written[sheet] ?? { columns: [], rows: {} };
    written[sheet] = snapshot;
    if (key !== "") snapshot.rows[key] = hash;
    else snapshot.columns = parseColumns(hash);
  }
  return written;
}

function parseColumns(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
