/**
 * Editing a cell of the grid, as in Sheets: double-click (or Enter on the selected cell) opens a
 * text box in the cell; Enter writes what was typed through the fake, Escape leaves it unchanged.
 */
import { h, replace } from "../shared/dom";

export function openCellEditor(
  td: HTMLTableCellElement,
  label: string,
  commit: (text: string) => Promise<void>,
  cancel: () => void,
): void {
  if (td.querySelector("input")) return;
  const shown = td.textContent ?? "";
  const input = h("input", { type: "text", class: "cell-editor", "aria-label": label });
  input.value = shown;
  let done = false;
  const finish = (write: boolean) => {
    if (done) return;
    done = true;
    // The cell shows the text until the workbook is drawn again with what the fake made of it.
    replace(td, write ? input.value : shown);
    if (write && input.value !== shown) void commit(input.value);
    else cancel();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      finish(true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      finish(false);
    }
  });
  input.addEventListener("blur", () => finish(true));
  replace(td, input);
  input.focus();
  input.select();
}
