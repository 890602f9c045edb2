/**
 * Sheets rewrites a formula's references when rows or columns are inserted or deleted on the
 * sheet they point to. The Apps Script reference is silent on the details (Sheet.insertRowsBefore
 * only says rows are inserted); the rules copied are what Sheets' editor does:
 * - inserting n rows before row p moves every row number ≥ p down by n, so a range that spans p
 *   grows; open ends ("A2:A") stay open;
 * - deleting rows p..p+n-1 moves those after up by n; a range losing some rows shrinks, one losing
 *   all of them, or a single cell deleted, becomes #REF! (which the fake then refuses to compute).
 * Columns alike. The ranges a sheet keeps as data (conditional-format rules, range protections,
 * criteria that name a range) follow the same rules (shiftBox), as they do in Sheets: a rule's
 * range that loses every row is dropped, and a range protection with it.
 */
import { type Box, columnLetters } from "./a1";
import { type RefEnd, type Reference, referencesIn } from "./formula";

export interface Shift {
  /** The sheet whose rows or columns moved. */
  sheet: string;
  axis: "row" | "column";
  /** The first row (column) inserted or deleted. */
  at: number;
  /** Positive: inserted; negative: deleted. */
  count: number;
}

/** The formula with its references to `shift.sheet` moved; `home` is the sheet the formula is in. */
export function shiftFormula(formula: string, home: string, shift: Shift): string {
  const spans = referencesIn(formula);
  if (!spans) return formula;
  let text = formula;
  for (const { start, end, ref } of [...spans].reverse()) {
    if ((ref.sheet ?? home).toLowerCase() !== shift.sheet.toLowerCase()) continue;
    const moved = shiftReference(ref, shift);
    const prefix = text.slice(start, end).replace(/[^!]*$/, "");
    const replacement = moved ? `${prefix}${render(moved)}` : "#REF!";
    text = text.slice(0, start) + replacement + text.slice(end);
  }
  return text;
}

function shiftReference(ref: Reference, { axis, at, count }: Shift): Reference | null {
  const key = axis === "row" ? "row" : "column";
  const end = ref.end ?? ref.start;
  const first = ref.start[key];
  const last = end[key];
  if (count > 0) {
    const move = (v: number | undefined) => (v !== undefined && v >= at ? v + count : v);
    return withAxis(ref, key, move(first), move(last));
  }
  const deleted = -count;
  const lastDeleted = at + deleted - 1;
  const moveStart = (v: number | undefined) =>
    v === undefined || v < at ? v : v > lastDeleted ? v - deleted : at;
  const moveEnd = (v: number | undefined) =>
    v === undefined || v < at ? v : v > lastDeleted ? v - deleted : at - 1;
  const [newFirst, newLast] = [moveStart(first), ref.end ? moveEnd(last) : moveStart(last)];
  const single = !ref.end && first !== undefined && first >= at && first <= lastDeleted;
  if (single || (newFirst !== undefined && newLast !== undefined && newFirst > newLast)) return null;
  return withAxis(ref, key, newFirst, newLast);
}

function withAxis(ref: Reference, key: "row" | "column", first?: number, last?: number): Reference {
  return {
    ...ref,
    start: { ...ref.start, [key]: first },
    end: ref.end ? { ...ref.end, [key]: last } : undefined,
  };
}

function render(ref: Reference): string {
  const end = (e: RefEnd) =>
    `${e.columnAbsolute ? "$" : ""}${e.column === undefined ? "" : columnLetters(e.column)}${e.rowAbsolute ? "$" : ""}${e.row ?? ""}`;
  return ref.end ? `${end(ref.start)}:${end(ref.end)}` : end(ref.start);
}

/** A box moved as a range reference is (shiftReference); null when every one of its rows (columns) is deleted. */
export function shiftBox<B extends Box>(box: B, { axis, at, count }: Omit<Shift, "sheet">): B | null {
  const [first, size] = axis === "row" ? [box.row, box.numRows] : [box.column, box.numColumns];
  const last = first + size - 1;
  let [newFirst, newLast] = [first, last];
  if (count > 0) {
    if (first >= at) newFirst += count;
    if (last >= at) newLast += count;
  } else {
    const lastDeleted = at - count - 1;
    const kept = (v: number, fallback: number) => (v < at ? v : v > lastDeleted ? v + count : fallback);
    newFirst = kept(first, at);
    newLast = kept(last, at - 1);
    if (newFirst > newLast) return null;
  }
  return axis === "row"
    ? { ...box, row: newFirst, numRows: newLast - newFirst + 1 }
    : { ...box, column: newFirst, numColumns: newLast - newFirst + 1 };
}
