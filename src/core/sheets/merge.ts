/**
 * Running « Structurer » again: the freshly imported rows are merged into a canonical sheet that
 * people may have edited since. Rows are matched by key (a code, a name); a row Boussole wrote and
 * nobody touched since (same hash as the snapshot) is updated; a row the source has not changed is
 * left as people have it; a row both changed only gets its empty cells filled, and every other
 * difference is reported as a conflict, never overwritten.
 * A row a person deleted is not recreated. Columns that are the person's own are never written.
 */
import { type Cell, cellText, isEmptyRow, rectangular, type SheetGrid } from "../cells";

/** What Boussole last wrote in a sheet: the columns it managed and one hash per row key. */
export interface SheetSnapshot {
  columns: string[];
  rows: Record<string, string>;
}

export interface MergeConflict {
  row: number;
  key: string;
  columns: string[];
}

export interface MergeOptions {
  existing: SheetGrid | null;
  fresh: SheetGrid;
  snapshot: SheetSnapshot | undefined;
  timeZone: string;
  /** The key of a row (its code); "" for a row without one. */
  keyOf: (cells: readonly string[]) => string;
  /** Columns that are Boussole's even when the source left them empty. */
  known: (header: string) => boolean;
  /** Only fill what is missing, never update (the Paramètres sheet). */
  fillOnly?: boolean;
}

export interface MergeResult {
  values: Cell[][];
  snapshot: SheetSnapshot;
  conflicts: MergeConflict[];
  /** Keys of rows Boussole wrote before and a person deleted since. */
  deleted: string[];
  added: number;
  changed: boolean;
}

/** FNV-1a, 32 bits, base 36: short and stable; a collision only hides one edit from the report. */
export function hashCells(cells: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = cells.join("\u001f");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const headerIndex = (values: Cell[][]) => values.findIndex((row) => !isEmptyRow(row));

export function mergeSheet(options: MergeOptions): MergeResult {
  const { fresh, existing, snapshot, timeZone } = options;
  const text = (cell: Cell | undefined) => cellText(cell ?? "", timeZone);
  const freshHeaderAt = headerIndex(fresh.values);
  const header = fresh.values[freshHeaderAt].map(text);
  const width = header.length;
  const freshBody = fresh.values.slice(freshHeaderAt + 1).filter((row) => !isEmptyRow(row));
  const managed = header
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => options.known(name) || freshBody.some((row) => text(row[index]) !== ""));
  const columnOf = new Map(header.map((name, index) => [name, index] as const).reverse());
  const hashOf = (cells: readonly Cell[], columns: readonly string[]) =>
    hashCells(columns.map((name) => text(cells[columnOf.get(name) ?? -1])));
  const newColumns = managed.map((m) => m.name);

  const output: Cell[][] = existing
    ? rectangular(
        existing.values.map((row) => [...row]),
        width,
      )
    : [];
  const existingHeaderAt = existing ? headerIndex(existing.values) : -1;
  if (existingHeaderAt < 0)
    output.splice(0, output.length, ...fresh.values.slice(0, freshHeaderAt + 1).map((row) => [...row]));
  else output[existingHeaderAt] = [...fresh.values[freshHeaderAt]];
  const bodyStart = (existingHeaderAt < 0 ? freshHeaderAt : existingHeaderAt) + 1;
  const rowOfKey = new Map<string, number>();
  for (let r = bodyStart; r < output.length; r++) {
    const key = options.keyOf(output[r].map(text));
    if (key !== "" && !rowOfKey.has(key)) rowOfKey.set(key, r);
  }

  // A row without a key is added unless some row already holds the same managed cells: the rows'
  // contents, counted, answer that in one look-up (built on the first such row, kept up to date).
  const contentOf = (row: readonly Cell[]) => managed.map(({ index }) => text(row[index])).join("\u001f");
  let contents: Map<string, number> | null = null;
  const count = (row: readonly Cell[], delta: number) => {
    if (contents === null) return;
    const content = contentOf(row);
    contents.set(content, (contents.get(content) ?? 0) + delta);
  };
  const isHeld = (row: readonly Cell[]) => {
    if (contents === null) {
      contents = new Map();
      for (const existingRow of output) count(existingRow, 1);
    }
    return (contents.get(contentOf(row)) ?? 0) > 0;
  };

  const rows: Record<string, string> = {};
  const conflicts: MergeConflict[] = [];
  const deleted: string[] = [];
  let added = 0;
  let changed =
    existing === null ||
    existingHeaderAt < 0 ||
    text(existing.values[existingHeaderAt].join("|")) !== header.join("|");
  for (const freshRow of freshBody) {
    const key = options.keyOf(freshRow.map(text));
    const at = key === "" ? undefined : rowOfKey.get(key);
    if (at === undefined) {
      if (key !== "" && snapshot?.rows[key] !== undefined) {
        deleted.push(key);
        rows[key] = snapshot.rows[key];
        continue;
      }
      if (key === "" && isHeld(freshRow)) continue;
      const row = header.map((_, index) => freshRow[index] ?? "");
      output.push(row);
      count(row, 1);
      if (key !== "") {
        rows[key] = hashOf(row, newColumns);
        rowOfKey.set(key, output.length - 1);
      }
      added++;
      changed = true;
      continue;
    }
    const current = output[at];
    const previous = snapshot?.rows[key];
    // The source has not changed this row since Boussole wrote it: whatever a person did to it stands.
    if (previous !== undefined && snapshot !== undefined && hashOf(freshRow, snapshot.columns) === previous) {
      rows[key] = previous;
      continue;
    }
    const differences = managed.filter(({ index }) => text(current[index]) !== text(freshRow[index]));
    const untouched =
      !options.fillOnly &&
      previous !== undefined &&
      snapshot !== undefined &&
      hashOf(current, snapshot.columns) === previous;
    const disputed: string[] = [];
    if (differences.length > 0) count(current, -1);
    for (const { name, index } of differences) {
      if (untouched || text(current[index]) === "") current[index] = freshRow[index] ?? "";
      else if (text(freshRow[index]) !== "") disputed.push(name);
    }
    if (differences.length > 0) count(current, 1);
    if (differences.length > disputed.length) changed = true;
    if (disputed.length > 0) {
      conflicts.push({ row: at + 1, key, columns: disputed });
      if (previous !== undefined) rows[key] = previous;
    } else if (untouched || differences.length === 0 || previous === undefined) {
      rows[key] = hashOf(current, newColumns);
    }
  }
  return {
    values: rectangular(output, width),
    snapshot: { columns: newColumns, rows },
    conflicts,
    deleted,
    added,
    changed,
  };
}
