/** « Mettre à jour »: status, progress, échéance and notes of the action under the cursor or chosen. */
import type { ActionUpdateInput, ActionView, SidebarData } from "../../gas/rpc/contract";
import { deadlinePreview } from "../shared/deadline-preview";
import { h, option, replace } from "../shared/dom";
import { FieldErrors, field, Notice } from "../shared/form";
import { call } from "../shared/rpc";
import { parseProgress } from "../shared/values";
import type { Panel } from "./add-panel";
import { statusSelect, type Texts } from "./texts";
import { sendWrite } from "./write";

export function updatePanel(texts: Texts, onWritten: () => void, onUseSelection: () => void): Panel {
  const t = texts.sidebar.update;
  const labels = texts.sidebar.add;
  let actions: ActionView[] = [];

  const action = field(t.action, h("select", { name: "code" }));
  const currentBadge = h("p", { class: "current", hidden: true }, t.current);
  const summary = h("p", { class: "summary" });
  const useSelection = h("button", { type: "button", class: "link" }, t.useSelection);
  const status = field(labels.status, statusSelect(texts, true));
  const progress = field(
    labels.progress,
    h("input", { type: "text", name: "progress", inputmode: "decimal" }),
    {
      hint: labels.progressHint,
    },
  );
  const deadlineInput = h("input", { type: "text", name: "deadline", autocomplete: "off", maxlength: 200 });
  const deadline = field(labels.deadline, deadlineInput, {
    extra: deadlinePreview(deadlineInput, texts.sidebar.deadline),
  });
  const notes = field(labels.notes, h("textarea", { name: "notes", rows: 4 }));
  const submit = h("button", { type: "submit", class: "primary" }, t.submit);
  const notice = new Notice();
  const errors = new FieldErrors({ code: action, status, progress, deadline, notes }, notice);
  const empty = h("p", { class: "empty", hidden: true }, t.none);

  const form = h(
    "form",
    { novalidate: true },
    action.wrapper,
    currentBadge,
    summary,
    h("div", { class: "pair" }, status.wrapper, progress.wrapper),
    deadline.wrapper,
    notes.wrapper,
    h("div", { class: "actions" }, submit, useSelection),
    notice.element,
  );
  const element = h("section", { class: "panel" }, h("h2", {}, t.heading), empty, form);

  let currentCode: string | null = null;
  // Follow the sheet's selection until the person picks an action from the list.
  let followSelection = true;
  action.control.addEventListener("change", () => {
    followSelection = false;
    show();
  });
  useSelection.addEventListener("click", () => {
    followSelection = true;
    onUseSelection();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });

  function selected(): ActionView | undefined {
    return actions.find((a) => a.code === action.control.value);
  }

  /** Fills the fields from the chosen action (what the sheet holds now). */
  function show(): void {
    errors.clear();
    const chosen = selected();
    currentBadge.hidden = !chosen || chosen.code !== currentCode;
    summary.textContent = chosen ? t.summary(chosen.objectiveCode, chosen.owners) : "";
    status.control.value = chosen?.status ?? "";
    progress.control.value = chosen?.progress === null || !chosen ? "" : String(chosen.progress);
    deadline.control.value = chosen?.deadline ?? "";
    deadline.control.dispatchEvent(new Event("change"));
    notes.control.value = chosen?.notes ?? "";
  }

  function setData(data: SidebarData): void {
    actions = data.actions;
    currentCode = data.current?.code ?? null;
    const keep = (followSelection && currentCode) || action.control.value || currentCode;
    replace(action.control, ...actions.map((a) => option(a.code, `${a.code} — ${a.title}`, a.code === keep)));
    empty.hidden = actions.length > 0;
    form.hidden = actions.length === 0;
    show();
  }

  async function save(): Promise<void> {
    const chosen = selected();
    if (!chosen) return;
    notice.clear();
    const parsedProgress = parseProgress(progress.control.value);
    if (!parsedProgress.ok) {
      const message = labels.progressInvalid(progress.control.value.trim());
      errors.show([{ field: "progress", message }], texts.sidebar.fixFields);
      return;
    }
    errors.clear();
    const input: ActionUpdateInput = {
      code: chosen.code,
      row: chosen.row,
      progress: parsedProgress.value,
      notes: notes.control.value.trim(),
      deadline: deadline.control.value.trim(),
    };
    if (status.control.value) input.status = status.control.value as ActionUpdateInput["status"];
    await sendWrite(
      { submit, notice, errors, saving: t.saving },
      texts,
      () => call("updateAction", input),
      () => {
        notice.show("success", t.saved(chosen.code));
        onWritten();
      },
    );
  }

  return { element, setData };
}
