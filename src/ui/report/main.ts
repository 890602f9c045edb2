/**
 * « Générer le rapport annuel… »: choose the period (a fiscal year, by default the last finished
 * one, or custom dates), the language and the content, then create the report and show its link.
 */

import { messages } from "../../core/i18n";
import { isWebAddress } from "../../core/links";
import type { ReportDialogOptions, ReportRequest } from "../../gas/rpc/contract";
import { h, option, replace } from "../shared/dom";
import { FieldErrors, field, Notice } from "../shared/form";
import { call, closeHost } from "../shared/rpc";

const CUSTOM = "custom";
const root = document.getElementById("app") as HTMLElement;

function build(options: ReportDialogOptions): void {
  const t = messages(options.language).ui.reportDialog;
  const period = field(
    t.period,
    h(
      "select",
      { name: "period" },
      ...options.periods.map((p) => option(p.label, p.label, p.label === options.defaultPeriod)),
      option(CUSTOM, t.custom),
    ),
  );
  const from = field(t.from, h("input", { type: "date", name: "start" }));
  const to = field(t.to, h("input", { type: "date", name: "end" }));
  const custom = h("div", { class: "pair" }, from.wrapper, to.wrapper);
  const language = field(
    t.language,
    h(
      "select",
      { name: "language" },
      ...(["fr", "en"] as const).map((l) => option(l, t.languages[l], l === options.language)),
    ),
  );
  const byOwner = h("input", { type: "checkbox", name: "includeOwners", checked: true });
  const completed = h("input", { type: "checkbox", name: "includeCompletedDetail", checked: true });
  const problems = h("input", { type: "checkbox", name: "includeProblems" });
  const generate = h("button", { type: "submit", class: "primary" }, t.generate);
  const close = h("button", { type: "button", class: "secondary" }, t.close);
  const notice = new Notice();
  const errors = new FieldErrors({ start: from, end: to }, notice);
  const result = h("p", { class: "result", hidden: true });

  const sync = () => {
    custom.hidden = period.control.value !== CUSTOM;
  };
  period.control.addEventListener("change", sync);
  sync();

  function request(): ReportRequest | null {
    const chosen = options.periods.find((p) => p.label === period.control.value);
    const start = chosen?.start ?? from.control.value;
    const end = chosen?.end ?? to.control.value;
    if (!start || !end || end < start) {
      errors.show([{ field: "end", message: t.datesInvalid }], "");
      return null;
    }
    return {
      period: { label: chosen?.label ?? `${start} – ${end}`, start, end },
      language: language.control.value === "en" ? "en" : "fr",
      includeOwners: byOwner.checked,
      includeCompletedDetail: completed.checked,
      includeProblems: problems.checked,
    };
  }

  const form = h(
    "form",
    { novalidate: true },
    h("p", { class: "intro" }, t.intro),
    period.wrapper,
    custom,
    language.wrapper,
    h(
      "fieldset",
      { class: "options" },
      h("legend", {}, t.content),
      h("label", { class: "check" }, byOwner, t.byOwner),
      h("label", { class: "check" }, completed, t.completedDetail),
      h("label", { class: "check" }, problems, t.problems),
    ),
    notice.element,
    result,
    h("div", { class: "actions" }, close, generate),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    notice.clear();
    result.hidden = true;
    const chosen = request();
    if (!chosen) return;
    generate.disabled = true;
    notice.show("info", t.generating);
    try {
      const report = await call("generateReport", chosen);
      notice.clear();
      // Drive's address, checked like any address shown as a link: a name alone when it is not one.
      const link = isWebAddress(report.url)
        ? h("a", { href: report.url, target: "_blank", rel: "noopener noreferrer" }, report.name)
        : h("span", { tabindex: "-1" }, report.name);
      // The PDF Google exports from the Doc, opened with the person's own session.
      const pdf = isWebAddress(report.pdfUrl)
        ? [" · ", h("a", { href: report.pdfUrl, target: "_blank", rel: "noopener noreferrer" }, t.pdf)]
        : [];
      replace(result, h("strong", {}, t.done), " ", link, ...pdf);
      result.hidden = false;
      link.focus();
    } catch (error) {
      notice.show("error", t.failed((error as Error).message));
    } finally {
      generate.disabled = false;
    }
  });
  close.addEventListener("click", closeHost);
  document.documentElement.lang = options.language;
  replace(root, form);
  period.control.focus();
}

async function start(): Promise<void> {
  const t = messages("fr").ui.reportDialog;
  replace(root, h("p", { class: "loading", role: "status" }, t.loading));
  try {
    build(await call("getReportOptions"));
  } catch (error) {
    const notice = new Notice();
    notice.show("error", t.failed((error as Error).message));
    replace(root, notice.element);
  }
}

void start();
