/**
 * « Problèmes »: errors first, then warnings, one group per kind (« 80 actions en retard ») that
 * opens; a click on a problem selects its cell, and a fix Boussole knows is one button: the server
 * writes it, and the problem leaves the list without a new validation.
 */

import type { ProblemFix } from "../../core/model";
import type { ProblemGroupView, ProblemItem, SidebarData } from "../../gas/rpc/contract";
import { h, replace } from "../shared/dom";
import { Notice } from "../shared/form";
import { call } from "../shared/rpc";
import type { Panel } from "./add-panel";
import type { Texts } from "./texts";

export function problemsPanel(texts: Texts, onFixed: () => void): Panel & { remaining(): number } {
  const t = texts.sidebar.problems;
  const summary = h("p", { class: "summary" });
  const list = h("div", { class: "problem-groups" });
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
  let counts: SidebarData["problems"]["counts"] = { error: 0, warning: 0, info: 0 };

  function where(problem: ProblemItem): string {
    return [problem.sheet, problem.row !== null ? t.row(problem.row) : null, problem.column]
      .filter((part): part is string => !!part)
      .join(" · ");
  }

  function showSummary(): void {
    summary.textContent =
      counts.error + counts.warning + counts.info === 0 ? t.none : t.count(counts.error, counts.warning);
  }

  function fixButton(problem: ProblemItem, fix: ProblemFix, remove: () => void): HTMLButtonElement {
    const button = h("button", { type: "button", class: "fix" }, fix.label);
    button.addEventListener("click", async () => {
      const { sheet, row } = problem;
      if (sheet === null || row === null) return;
      notice.show("info", t.fixing);
      button.disabled = true;
      try {
        const result = await call("applyFix", {
          sheet,
          row,
          column: fix.column,
          from: fix.from,
          value: fix.value,
        });
        if (result.ok) {
          notice.show("success", result.message);
          remove();
          onFixed();
        } else notice.show("error", result.errors.map((e) => e.message).join(" "));
      } catch (error) {
        notice.show("error", texts.sidebar.callFailed((error as Error).message));
      } finally {
        button.disabled = false;
      }
    });
    return button;
  }

  function item(problem: ProblemItem, group: ProblemGroupView, title: HTMLElement): HTMLElement {
    const location = where(problem);
    const content = [
      location ? h("span", { class: "where" }, location) : null,
      h("span", { class: "message" }, problem.message),
    ];
    const { sheet, row, column } = problem;
    const li = h("li", {});
    const main =
      sheet === null || row === null
        ? h("div", { class: "problem" }, ...content)
        : h("button", { type: "button", class: "problem", title: t.goTo(location) }, ...content);
    main.addEventListener("click", async () => {
      if (sheet === null || row === null) return;
      notice.clear();
      try {
        await call("selectCell", { sheet, row, column });
      } catch (error) {
        notice.show("error", texts.sidebar.callFailed((error as Error).message));
      }
    });
    // The whole problem goes once one of its fixes is written: the other choices are moot.
    const remove = () => {
      li.remove();
      group.count--;
      counts[group.severity]--;
      title.textContent = group.count > 0 ? `${group.title.replace(/^\d+/, String(group.count))}` : "";
      if (group.count === 0) title.closest("details")?.remove();
      showSummary();
    };
    const fixes = (problem.fixes ?? []).map((fix) => fixButton(problem, fix, remove));
    replace(li, main, fixes.length > 0 ? h("div", { class: "fixes" }, ...fixes) : null);
    return li;
  }

  /**
   * « Afficher la suite »: the server sends a group's problems a page at a time; the next page
   * starts after those on screen (fixed ones have left the server's list too).
   */
  function moreButton(
    group: ProblemGroupView,
    list: HTMLElement,
    title: HTMLElement,
  ): HTMLButtonElement | null {
    const shown = () => list.children.length;
    if (group.count <= shown()) return null;
    const button = h("button", { type: "button", class: "more" }, t.more(group.count - shown()));
    button.addEventListener("click", async () => {
      button.disabled = true;
      button.textContent = t.loadingMore;
      try {
        const page = await call("getProblems", {
          severity: group.severity,
          code: group.code,
          offset: shown(),
        });
        for (const problem of page.problems) list.append(item(problem, group, title));
        if (page.problems.length === 0 || shown() >= group.count) button.remove();
      } catch (error) {
        notice.show("error", texts.sidebar.callFailed((error as Error).message));
      } finally {
        button.disabled = false;
        button.textContent = t.more(group.count - shown());
      }
    });
    return button;
  }

  function groupElement(group: ProblemGroupView): HTMLElement {
    const title = h("span", { class: "group-title" }, group.title);
    const items = group.problems.map((problem) => item(problem, group, title));
    const problems = h("ul", { class: "problems" }, ...items);
    const details = h(
      "details",
      { class: "problem-group", "data-severity": group.severity },
      h(
        "summary",
        {},
        h(
          "span",
          { class: "severity", "data-severity": group.severity },
          texts.common.severities[group.severity],
        ),
        title,
      ),
      problems,
      moreButton(group, problems, title),
    );
    // Errors are few and block the plan: open. A long list of warnings stays one line until opened.
    details.open = group.severity === "error";
    return details;
  }

  /** Errors and warnings still to fix (information does not count). */
  function remaining(): number {
    return counts.error + counts.warning;
  }

  function setData(data: SidebarData): void {
    counts = { ...data.problems.counts };
    showSummary();
    replace(list, ...data.problems.groups.map((group) => groupElement({ ...group })));
  }

  return { element, setData, remaining };
}
