/**
 * « Mes actions »: pick a responsable (yourself first, when the roster has your e-mail) and see
 * their actions, late ones first; one click goes to the row and opens it in « Mettre à jour ».
 */
import type { OwnerAction, SidebarData } from "../../gas/rpc/contract";
import { h, option, replace } from "../shared/dom";
import { field, Notice } from "../shared/form";
import { call } from "../shared/rpc";
import type { Panel } from "./add-panel";
import type { Texts } from "./texts";

export function minePanel(texts: Texts, open: (action: OwnerAction) => void): Panel {
  const t = texts.sidebar.mine;
  const owner = field(t.owner, h("select", { name: "owner" }));
  const summary = h("p", { class: "summary", role: "status" });
  const list = h("ul", { class: "mine" });
  const notice = new Notice();
  const element = h(
    "section",
    { class: "panel" },
    h("h2", {}, t.heading),
    owner.wrapper,
    summary,
    notice.element,
    list,
  );
  let asked = 0;
  owner.control.addEventListener("change", () => void load());

  function item(action: OwnerAction): HTMLElement {
    const button = h(
      "button",
      { type: "button", class: "problem", title: t.goTo(action.code) },
      h("span", { class: "where" }, [action.code, action.deadline].filter(Boolean).join(" · ")),
      h("span", { class: "message" }, action.title),
      action.late ? h("span", { class: "severity", "data-severity": "warning" }, t.late) : null,
      action.status ? h("span", { class: "muted status-label" }, texts.common.statuses[action.status]) : null,
    );
    button.addEventListener("click", () => open(action));
    return h("li", { "data-late": action.late ? "true" : undefined }, button);
  }

  async function load(): Promise<void> {
    const name = owner.control.value;
    replace(list);
    notice.clear();
    if (!name) {
      summary.textContent = t.pick;
      return;
    }
    const ticket = ++asked;
    summary.textContent = t.loading;
    try {
      const actions = await call("getOwnerActions", name);
      if (ticket !== asked) return; // a later choice already asked
      summary.textContent =
        actions.length === 0 ? t.none(name) : t.count(actions.length, actions.filter((a) => a.late).length);
      replace(list, ...actions.map(item));
    } catch (error) {
      notice.show("error", texts.sidebar.callFailed((error as Error).message));
    }
  }

  function setData(data: SidebarData): void {
    const previous = owner.control.value || data.me || "";
    replace(
      owner.control,
      option("", "—", previous === ""),
      ...data.roster
        .filter((entry) => entry.name)
        .map((entry) =>
          option(entry.name, entry.name === data.me ? t.me(entry.name) : entry.name, entry.name === previous),
        ),
    );
    void load();
  }

  return { element, setData };
}
