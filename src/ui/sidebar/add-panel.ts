/** « Ajouter une action »: the form that writes a new row in the Actions sheet. */
import type { NewActionInput, SidebarData } from "../../gas/rpc/contract";
import { deadlinePreview } from "../shared/deadline-preview";
import { h, option, replace } from "../shared/dom";
import { type Field, FieldErrors, field, Notice } from "../shared/form";
import { call } from "../shared/rpc";
import { parseBudget, parseProgress } from "../shared/values";
import { rosterPicker } from "./roster-picker";
import { statusSelect, type Texts } from "./texts";
import { sendWrite } from "./write";

type Orientations = SidebarData["orientations"];

export interface Panel {
  element: HTMLElement;
  setData(data: SidebarData): void;
}

export function addPanel(texts: Texts, onWritten: () => void): Panel {
  const t = texts.sidebar.add;
  const optional = texts.sidebar.optional;
  let orientations: Orientations = [];

  const orientation = field(t.orientation, h("select", { name: "orientation" }));
  const objective = field(t.objective, h("select", { name: "objectiveCode", required: true }));
  const title = field(t.title, h("input", { type: "text", name: "title", required: true, maxlength: 2000 }));
  const description = field(t.description, h("textarea", { name: "description", rows: 3 }), { optional });
  const ownersInput = h("input", { type: "text", name: "owners", autocomplete: "off" });
  const roster = rosterPicker(t.roster, ownersInput);
  const owners = field(t.owners, ownersInput, { hint: t.ownersHint, optional, extra: roster.element });
  const deadlineInput = h("input", { type: "text", name: "deadline", autocomplete: "off", maxlength: 200 });
  const preview = deadlinePreview(deadlineInput, texts.sidebar.deadline);
  const deadline = field(t.deadline, deadlineInput, { extra: preview });
  const status = field(t.status, statusSelect(texts, false));
  const progress = field(t.progress, h("input", { type: "text", name: "progress", inputmode: "decimal" }), {
    hint: t.progressHint,
  });
  const budget = field(t.budget, h("input", { type: "text", name: "budget" }), {
    hint: t.budgetHint,
    optional,
  });
  const notes = field(t.notes, h("textarea", { name: "notes", rows: 2 }), { optional });
  const submit = h("button", { type: "submit", class: "primary" }, t.submit);
  const notice = new Notice();
  const fields: Record<keyof NewActionInput, Field> = {
    objectiveCode: objective,
    title,
    description,
    owners,
    deadline,
    status,
    progress,
    budget,
    notes,
  };
  const errors = new FieldErrors({ orientation, ...fields }, notice);
  const empty = h("p", { class: "empty", hidden: true }, t.noObjectives);

  const form = h(
    "form",
    { novalidate: true },
    orientation.wrapper,
    objective.wrapper,
    title.wrapper,
    description.wrapper,
    owners.wrapper,
    deadline.wrapper,
    h("div", { class: "pair" }, status.wrapper, progress.wrapper),
    budget.wrapper,
    notes.wrapper,
    h("div", { class: "actions" }, submit),
    notice.element,
  );
  const element = h("section", { class: "panel" }, h("h2", {}, t.heading), empty, form);

  orientation.control.addEventListener("change", () => fillObjectives());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });

  function fillObjectives(): void {
    const chosen = orientations.find((o) => o.code === orientation.control.value);
    const previous = objective.control.value;
    replace(
      objective.control,
      ...(chosen?.objectives ?? []).map(([code, title]) =>
        option(code, `${code} — ${title}`, code === previous),
      ),
    );
  }

  function setData(data: SidebarData): void {
    orientations = data.orientations;
    const previous = orientation.control.value;
    replace(
      orientation.control,
      ...orientations.map((o) => option(o.code, `${o.code} — ${o.title}`, o.code === previous)),
    );
    fillObjectives();
    const hasObjectives = orientations.some((o) => o.objectives.length > 0);
    empty.hidden = hasObjectives;
    form.hidden = !hasObjectives;
    roster.setRoster(data.roster);
  }

  async function save(): Promise<void> {
    errors.clear();
    notice.clear();
    const parsedProgress = parseProgress(progress.control.value);
    const problems = [
      !objective.control.value && { field: "objectiveCode", message: t.objectiveRequired },
      !title.control.value.trim() && { field: "title", message: t.titleRequired },
      !parsedProgress.ok && { field: "progress", message: t.progressInvalid(progress.control.value.trim()) },
    ].filter((problem) => problem !== false);
    if (problems.length > 0 || !parsedProgress.ok) {
      errors.show(problems, texts.sidebar.fixFields);
      return;
    }
    const input: NewActionInput = {
      objectiveCode: objective.control.value,
      title: title.control.value.trim(),
      description: description.control.value.trim(),
      owners: owners.control.value.trim(),
      deadline: deadline.control.value.trim(),
      status: status.control.value as NewActionInput["status"],
      progress: parsedProgress.value,
      budget: parseBudget(budget.control.value),
      notes: notes.control.value.trim(),
    };
    await sendWrite(
      { submit, notice, errors, saving: t.saving },
      texts,
      () => call("addAction", input),
      (result) => {
        notice.show("success", t.added(result.code, result.row));
        for (const f of [title, description, owners, deadline, progress, budget, notes]) f.control.value = "";
        status.control.selectedIndex = 0;
        deadline.control.dispatchEvent(new Event("change"));
        roster.sync();
        onWritten();
      },
    );
  }

  return { element, setData };
}
