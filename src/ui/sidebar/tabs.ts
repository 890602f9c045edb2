/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, one panel shown at a time. */
import { h } from "../shared/dom";

export interface Tab<K extends string> {
  key: K;
  label: string;
  panel: HTMLElement;
}

export interface Tabs<K extends string> {
  element: HTMLElement;
  select(key: K, focus?: boolean): void;
  setBadge(key: K, text: string): void;
}

export function createTabs<K extends string>(label: string, tabs: Tab<K>[]): Tabs<K> {
  const buttons = new Map<K, HTMLButtonElement>();
  const badges = new Map<K, HTMLElement>();
  const list = h("div", { class: "tabs", role: "tablist", "aria-label": label });
  for (const tab of tabs) {
    const badge = h("span", { class: "badge", hidden: true });
    const button = h(
      "button",
      { type: "button", role: "tab", id: `tab-${tab.key}`, "aria-controls": `panel-${tab.key}` },
      tab.label,
      badge,
    );
    tab.panel.id = `panel-${tab.key}`;
    tab.panel.setAttribute("role", "tabpanel");
    tab.panel.setAttribute("aria-labelledby", button.id);
    button.addEventListener("click", () => select(tab.key));
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const index = tabs.findIndex((t) => t.key === tab.key);
      select(tabs[(index + step + tabs.length) % tabs.length].key, true);
      event.preventDefault();
    });
    buttons.set(tab.key, button);
    badges.set(tab.key, badge);
    list.append(button);
  }

  function select(key: K, focus = false): void {
    for (const tab of tabs) {
      const selected = tab.key === key;
      const button = buttons.get(tab.key) as HTMLButtonElement;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      tab.panel.hidden = !selected;
      if (selected && focus) button.focus();
    }
  }

  function setBadge(key: K, text: string): void {
    const badge = badges.get(key) as HTMLElement;
    badge.textContent = text;
    badge.hidden = text === "";
  }

  select(tabs[0].key);
  return { element: list, select, setBadge };
}
