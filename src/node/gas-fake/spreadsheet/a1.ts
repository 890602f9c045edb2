/** A1 notation: column letters and rectangles, 1-based like Sheets. */

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(box: Box): string {
  const start = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses "B2", "A1:C3", "A:C" (whole columns), "2:4" (whole rows) and "A2:C" (open-ended) against
 * a sheet of the given size; null when the text is not A1 notation.
 */
export function parseA1(text: string, maxRows: number, maxColumns: number): Box | null {
  const [first, second, extra] = text.trim().split(":");
  if (extra !== undefined || !first) return null;
  const a = CELL.exec(first);
  const b = CELL.exec(second ?? first);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const single = second === undefined;
  if (single && (!a[1] || !a[2])) return null;
  const startColumn = a[1] ? columnNumber(a[1]) : 1;
  const startRow = a[2] ? Number(a[2]) : 1;
  const endColumn = b[1] ? columnNumber(b[1]) : maxColumns;
  const endRow = b[2] ? Number(b[2]) : maxRows;
  if (startRow < 1 || endRow < 1) return null;
  const row = Math.min(startRow, endRow);
  const column = Math.min(startColumn, endColumn);
  return {
    row,
    column,
    numRows: Math.max(startRow, endRow) - row + 1,
    numColumns: Math.max(startColumn, endColumn) - column + 1,
  };
}
