/**
 * The roster's checkboxes beside a Responsables field, shared by « Ajouter » and « Mettre à jour »:
 * checking adds the entry to the text, unchecking removes it; typing keeps the boxes in step.
 */
import type { SidebarData } from "../../gas/rpc/contract";
import { h, replace } from "../shared/dom";
import { namesOwner, toggleOwner } from "../shared/owners";

export interface RosterPicker {
  element: HTMLFieldSetElement;
  setRoster(roster: SidebarData["roster"]): void;
  /** Checks the boxes the text names (after the text was set from outside). */
  sync(): void;
}

export function rosterPicker(legend: string, owners: HTMLInputElement): RosterPicker {
  const element = h("fieldset", { class: "roster" }, h("legend", {}, legend));
  owners.addEventListener("input", () => sync());

  function sync(): void {
    for (const box of element.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      box.checked = namesOwner(owners.value, { name: box.value, role: box.dataset.role ?? null });
    }
  }

  function setRoster(roster: SidebarData["roster"]): void {
    replace(
      element,
      h("legend", {}, legend),
      ...roster.map((entry) => {
        const box = h("input", { type: "checkbox", value: entry.name, "data-role": entry.role ?? undefined });
        box.addEventListener("change", () => {
          owners.value = toggleOwner(owners.value, entry, box.checked);
        });
        return h(
          "label",
          { class: "check" },
          box,
          h("span", {}, entry.name),
          entry.role && entry.role !== entry.name ? h("span", { class: "muted" }, entry.role) : null,
        );
      }),
    );
    element.hidden = roster.length === 0;
    sync();
  }

  return { element, setRoster, sync };
}
