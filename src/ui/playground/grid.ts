/**
 * One sheet drawn as a spreadsheet grid: what each cell shows, its background, bold, and its
 * note (as a tooltip and a corner mark). Cell text is set with textContent only.
 */
import type { CellRef, GridSheet } from "../../node/playground/protocol";
import { h } from "../shared/dom";

const DEFAULT_WIDTH = 100;
const ROW_NUMBER_WIDTH = 44;
const MIN_ROWS = 12;
const MIN_COLUMNS = 6;

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function renderGrid(
  sheet: GridSheet,
  active: CellRef | null,
  onSelect: (cell: CellRef) => void,
  onEdit: (cell: CellRef) => void,
): HTMLTableElement {
  const width = Math.max(MIN_COLUMNS, ...sheet.rows.map((row) => row.length));
  const height = Math.max(MIN_ROWS, sheet.rows.length);
  const columns = Array.from({ length: width }, (_, i) => i + 1);

  const widths = columns.map((column) => sheet.columnWidths[column] ?? DEFAULT_WIDTH);
  const numbers = h("col");
  numbers.style.width = `${ROW_NUMBER_WIDTH}px`;
  const colgroup = h("colgroup", {}, numbers);
  for (const width of widths) {
    const col = h("col");
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  const head = h(
    "thead",
    {},
    h(
      "tr",
      {},
      h("th", { class: "corner" }),
      ...columns.map((c) => h("th", { scope: "col" }, columnLetters(c))),
    ),
  );
  const body = h("tbody");
  for (let row = 1; row <= height; row++) {
    const tr = h("tr", { class: row === sheet.frozenRows ? "frozen-edge" : undefined });
    tr.append(h("th", { scope: "row" }, String(row)));
    for (const column of columns) tr.append(cell(sheet, row, column, active));
    body.append(tr);
  }
  const refOf = (td: HTMLTableCellElement): CellRef => ({
    sheet: sheet.name,
    row: Number(td.dataset.row),
    column: Number(td.dataset.column),
  });
  body.addEventListener("click", (event) => {
    const td = (event.target as Element).closest("td");
    if (td && !td.querySelector("input")) onSelect(refOf(td));
  });
  body.addEventListener("dblclick", (event) => {
    const td = (event.target as Element).closest("td");
    if (td) onEdit(refOf(td));
  });
  const table = h("table", { class: "grid", "aria-label": sheet.name }, colgroup, head, body);
  // A fixed layout needs the table's own width: cells then clip their text as Sheets does.
  table.style.width = `${ROW_NUMBER_WIDTH + widths.reduce((sum, width) => sum + width, 0)}px`;
  return table;
}

function cell(sheet: GridSheet, row: number, column: number, active: CellRef | null): HTMLTableCellElement {
  const text = sheet.rows[row - 1]?.[column - 1] ?? "";
  const note = sheet.notes[row - 1]?.[column - 1] ?? "";
  const background = sheet.backgrounds[row - 1]?.[column - 1] ?? "";
  const td = h("td", { "data-row": row, "data-column": column }, text);
  if (background) td.style.backgroundColor = background;
  if (sheet.bold[row - 1]?.[column - 1]) td.classList.add("bold");
  if (note) {
    td.title = note;
    td.classList.add("has-note");
  }
  if (active && active.sheet === sheet.name && active.row === row && active.column === column) {
    td.classList.add("active");
  }
  return td;
}
