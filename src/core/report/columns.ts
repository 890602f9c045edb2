/**
 * Column widths for the tables of the .docx and the Google Doc, in characters. Word and LibreOffice give the columns of a
 * table without widths equal shares, which squeezed an action's title into a sixth of the page
 * beside an empty « Notes » column. This follows a browser's automatic layout, counting
 * characters: each column first gets its longest word, then the room left goes to the columns
 * whose cells are longest on average. A header's words are never cut (« Échéanc/e » reads badly):
 * they count in full and wider (bold), while a body word past MAX_WORD may wrap.
 */

/** A longer word in a cell (a web address) wraps anyway: it should not claim the page. */
const MAX_WORD = 12;
/** Past this, a cell wraps whatever its share: its length no longer says how much room it needs. */
const MAX_WANTED = 60;
/** Bold header text, often capitalised, is wider than the average character. */
const HEADER_WIDTH = 1.1;

/** `header`: the first row is the header; `footer`: the last row is a totals row, left out of the means. */
export function columnWidths(
  grid: string[][],
  available: number,
  options: { header?: boolean; footer?: boolean } = {},
): number[] {
  const count = maxOf(grid.map((row) => row.length));
  const columns = Array.from({ length: count }, (_, c) => grid.map((row) => row[c] ?? ""));
  const head = options.header === true ? 1 : 0;
  const body = options.footer === true ? -1 : undefined;
  const least = columns.map((cells) =>
    Math.max(1, headerWord(cells.slice(0, head)), maxOf(cells.slice(head).map(longestWord))),
  );
  const wanted = columns.map((cells, c) =>
    Math.max(least[c], Math.min(MAX_WANTED, meanLength(cells.slice(head, body)))),
  );
  const leastTotal = sum(least);
  if (leastTotal >= available) return least.map((width) => (width * available) / leastTotal);
  const room = available - leastTotal;
  const extra = wanted.map((width, c) => width - least[c]);
  const extraTotal = sum(extra);
  // Every column's text already fits: the room left is shared in proportion to their widths.
  if (extraTotal <= room) return wanted.map((width) => (width * available) / sum(wanted));
  return least.map((width, c) => width + (room * extra[c]) / extraTotal);
}

/** How many lines a cell takes in a column of `width` characters. */
export function lineCount(text: string, width: number): number {
  return lines(text).reduce((total, line) => total + Math.max(1, Math.ceil(line.length / width)), 0);
}

/** The room a header's longest word needs, uncapped, with one character to spare. */
function headerWord(cells: string[]): number {
  return maxOf(cells.map((text) => maxOf(text.split(/\s+/).map((word) => word.length * HEADER_WIDTH)) + 1));
}

/** The room the longest word needs, with one character to spare. */
function longestWord(text: string): number {
  return Math.min(MAX_WORD, maxOf(text.split(/\s+/).map((word) => word.length)) + 1);
}

/** The mean length of a cell's longest line, over the cells that hold text. */
function meanLength(cells: string[]): number {
  const lengths = cells
    .filter((cell) => cell.trim() !== "")
    .map((cell) => maxOf(lines(cell).map((line) => line.length)));
  return lengths.length === 0 ? 0 : sum(lengths) / lengths.length;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
// Not Math.max(...values): a pasted text may hold more words than a call takes arguments.
const maxOf = (values: number[]) => values.reduce((most, value) => Math.max(most, value), 0);

const lines = (text: string) => text.split(/\r\n|\r|\n/);
