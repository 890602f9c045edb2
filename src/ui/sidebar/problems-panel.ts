/** « Problèmes »: what « Valider le plan » found; a click selects the cell in the sheet. */

import type { Problem } from "../../core/model";
import type { SidebarData } from "../../gas/rpc/contract";
import { h, replace } from "../shared/dom";
import { Notice } from "../shared/form";
import { call } from "../shared/rpc";
import type { Panel } from "./add-panel";
import type { Texts } from "./texts";

export function problemsPanel(texts: Texts): Panel & { count(data: SidebarData): number } {
  const t = texts.sidebar.problems;
  const summary = h("p", { class: "summary" });
  const list = h("ul", { class: "problems" });
  const notice = new Notice();
  const element = h(
    "section",
    { class: "panel" },
    h("h2", {}, t.heading),
    summary,
    h("p", { class: "hint" }, t.hint),
    notice.element,
    list,
  );

  function where(problem: Problem): string {
    return [problem.sheet, problem.row !== null ? t.row(problem.row) : null, problem.column]
      .filter((part): part is string => !!part)
      .join(" · ");
  }

  function item(problem: Problem): HTMLElement {
    const location = where(problem);
    const content = [
      h(
        "span",
        { class: "severity", "data-severity": problem.severity },
        texts.common.severities[problem.severity],
      ),
      location ? h("span", { class: "where" }, location) : null,
      h("span", { class: "message" }, problem.message),
    ];
    const { sheet, row, column } = problem;
    if (sheet === null || row === null) return h("li", {}, h("div", { class: "problem" }, ...content));
    const button = h("button", { type: "button", class: "problem", title: t.goTo(location) }, ...content);
    button.addEventListener("click", async () => {
      notice.clear();
      try {
        await call("selectCell", { sheet, row, column });
      } catch (error) {
        notice.show("error", texts.sidebar.callFailed((error as Error).message));
      }
    });
    return h("li", {}, button);
  }

  function count(data: SidebarData): number {
    return data.problems.filter((p) => p.severity !== "info").length;
  }

  function setData(data: SidebarData): void {
    const errors = data.problems.filter((p) => p.severity === "error").length;
    const warnings = data.problems.filter((p) => p.severity === "warning").length;
    summary.textContent = data.problems.length === 0 ? t.none : t.count(errors, warnings);
    replace(list, ...data.problems.map(item));
  }

  return { element, setData, count };
}
