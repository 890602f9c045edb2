/**
 * « Mettre à jour »: every field of the action under the cursor or picked by its code — title,
 * description, responsables (with the roster picker), échéance (with the live preview), budget,
 * status, progress, notes and the plan's own columns — checked as « Ajouter » checks them. Another
 * objective moves the action (the server gives it a new code and notes the old one).
 */
import type { ActionChoice, ActionUpdateInput, ActionView, SidebarData } from "../../gas/rpc/contract";
import { deadlinePreview } from "../shared/deadline-preview";
import { h, option, replace } from "../shared/dom";
import { type Field, FieldErrors, field, Notice } from "../shared/form";
import { call } from "../shared/rpc";
import { parseBudget, parseProgress } from "../shared/values";
import type { Panel } from "./add-panel";
import { rosterPicker } from "./roster-picker";
import { statusSelect, type Texts } from "./texts";
import { sendWrite } from "./write";

/** Typing in the search asks the server once the person pauses. */
const SEARCH_DELAY_MS = 250;

export interface UpdatePanel extends Panel {
  /** Shows this action (from « Mes actions »): fetched fresh from the sheet. */
  show(code: string): Promise<void>;
}

export function updatePanel(texts: Texts, onWritten: () => void, onUseSelection: () => void): UpdatePanel {
  const t = texts.sidebar.update;
  const labels = texts.sidebar.add;
  const optional = texts.sidebar.optional;
  let chosen: ActionView | null = null;

  const search = field(
    t.search,
    h("input", { type: "text", name: "search", autocomplete: "off", inputmode: "search" }),
    {
      hint: t.searchHint,
    },
  );
  const action = field(t.action, h("select", { name: "code" }));
  const currentBadge = h("p", { class: "current", hidden: true }, t.current);
  const useSelection = h("button", { type: "button", class: "link" }, t.useSelection);
  const objective = field(labels.objective, h("select", { name: "objectiveCode" }), {
    hint: t.objectiveHint,
  });
  const title = field(
    labels.title,
    h("input", { type: "text", name: "title", required: true, maxlength: 2000 }),
  );
  const description = field(labels.description, h("textarea", { name: "description", rows: 3 }), {
    optional,
  });
  const ownersInput = h("input", { type: "text", name: "owners", autocomplete: "off" });
  const roster = rosterPicker(labels.roster, ownersInput);
  const owners = field(labels.owners, ownersInput, {
    hint: labels.ownersHint,
    optional,
    extra: roster.element,
  });
  const deadlineInput = h("input", { type: "text", name: "deadline", autocomplete: "off", maxlength: 200 });
  const deadline = field(labels.deadline, deadlineInput, {
    extra: deadlinePreview(deadlineInput, texts.sidebar.deadline),
  });
  const status = field(labels.status, statusSelect(texts, true));
  const progress = field(
    labels.progress,
    h("input", { type: "text", name: "progress", inputmode: "decimal" }),
    {
      hint: labels.progressHint,
    },
  );
  const budget = field(labels.budget, h("input", { type: "text", name: "budget" }), {
    hint: labels.budgetHint,
    optional,
  });
  const notes = field(labels.notes, h("textarea", { name: "notes", rows: 4 }), { optional });
  const extras = h("fieldset", { class: "extras", hidden: true });
  let extraFields: { header: string; field: Field<HTMLInputElement> }[] = [];
  const submit = h("button", { type: "submit", class: "primary" }, t.submit);
  const notice = new Notice();
  const errors = new FieldErrors(
    {
      code: action,
      objectiveCode: objective,
      title,
      description,
      owners,
      deadline,
      status,
      progress,
      budget,
      notes,
    },
    notice,
  );
  const empty = h("p", { class: "empty", hidden: true }, t.none);

  const form = h(
    "form",
    { novalidate: true },
    search.wrapper,
    action.wrapper,
    currentBadge,
    objective.wrapper,
    title.wrapper,
    description.wrapper,
    owners.wrapper,
    deadline.wrapper,
    h("div", { class: "pair" }, status.wrapper, progress.wrapper),
    budget.wrapper,
    notes.wrapper,
    extras,
    h("div", { class: "actions" }, submit, useSelection),
    notice.element,
  );
  const element = h("section", { class: "panel" }, h("h2", {}, t.heading), empty, form);

  let currentCode: string | null = null;
  // The action shown, kept across refreshes (a moved action comes back under its new code).
  let shownCode: string | null = null;
  // Follow the sheet's selection until the person picks an action from the list.
  let followSelection = true;
  action.control.addEventListener("change", () => {
    followSelection = false;
    void show(action.control.value);
  });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.control.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void listChoices(), SEARCH_DELAY_MS);
  });
  useSelection.addEventListener("click", () => {
    followSelection = true;
    onUseSelection();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });

  /** Fills the fields from the action (what the sheet holds now). */
  function fill(view: ActionView | null): void {
    chosen = view;
    shownCode = view?.code ?? shownCode;
    errors.clear();
    currentBadge.hidden = !view || view.code !== currentCode;
    if (view && action.control.value !== view.code) action.control.value = view.code;
    objective.control.value = view?.objectiveCode ?? "";
    title.control.value = view?.title ?? "";
    description.control.value = view?.description ?? "";
    owners.control.value = view?.owners ?? "";
    roster.sync();
    status.control.value = view?.status ?? "";
    progress.control.value = view?.progress === null || !view ? "" : String(view.progress);
    budget.control.value = view?.budget ?? "";
    deadline.control.value = view?.deadline ?? "";
    deadline.control.dispatchEvent(new Event("change"));
    notes.control.value = view?.notes ?? "";
    extraFields = (view?.extra ?? []).map(({ header, value }) => {
      const input = field(header, h("input", { type: "text", name: `extra:${header}` }), { optional });
      input.control.value = value;
      return { header, field: input };
    });
    replace(extras, h("legend", {}, t.extra), ...extraFields.map((extra) => extra.field.wrapper));
    extras.hidden = extraFields.length === 0;
  }

  async function show(code: string): Promise<void> {
    shownCode = code;
    action.control.value = code;
    // The notice may be telling the result of the last write: loading shows on the form only.
    form.setAttribute("aria-busy", "true");
    try {
      fill(await call("getAction", code));
    } catch (error) {
      notice.show("error", texts.sidebar.callFailed((error as Error).message));
    } finally {
      form.removeAttribute("aria-busy");
    }
  }

  let asked = 0;
  /** The picker's choices: the actions the search finds (a page), the one shown kept first. */
  async function listChoices(): Promise<ActionChoice[]> {
    const ticket = ++asked;
    try {
      const choices = await call("findActions", search.control.value.trim());
      if (ticket !== asked) return choices;
      const shown = chosen && !choices.some((c) => c.code === chosen?.code) ? [chosen] : [];
      replace(
        action.control,
        ...[...shown, ...choices].map((c) => option(c.code, `${c.code} — ${c.title}`, c.code === shownCode)),
      );
      return choices;
    } catch (error) {
      notice.show("error", texts.sidebar.callFailed((error as Error).message));
      return [];
    }
  }

  function setData(data: SidebarData): void {
    currentCode = data.current?.code ?? null;
    replace(
      objective.control,
      ...data.orientations.flatMap((o) =>
        o.objectives.map(([code, title]) => option(code, `${code} — ${title}`)),
      ),
    );
    roster.setRoster(data.roster);
    empty.hidden = data.actionCount > 0;
    form.hidden = data.actionCount === 0;
    void refill(data.current);
  }

  /** Shows the action to keep (the selection's, the one shown, or the first), then the choices. */
  async function refill(current: ActionView | null): Promise<void> {
    const keep =
      (followSelection && currentCode) || shownCode || currentCode || (await listChoices())[0]?.code;
    if (current && keep === current.code) fill(current);
    else if (keep) await show(keep);
    else fill(null);
    await listChoices();
  }

  async function save(): Promise<void> {
    if (!chosen) return;
    const before = chosen;
    notice.clear();
    const parsedProgress = parseProgress(progress.control.value);
    const problems = [
      !title.control.value.trim() && { field: "title", message: labels.titleRequired },
      !parsedProgress.ok && {
        field: "progress",
        message: labels.progressInvalid(progress.control.value.trim()),
      },
    ].filter((problem) => problem !== false);
    if (problems.length > 0 || !parsedProgress.ok) {
      errors.show(problems, texts.sidebar.fixFields);
      return;
    }
    errors.clear();
    const input: ActionUpdateInput = {
      code: before.code,
      row: before.row,
      title: title.control.value.trim(),
      description: description.control.value.trim(),
      owners: owners.control.value.trim(),
      deadline: deadline.control.value.trim(),
      progress: parsedProgress.value,
      budget: parseBudget(budget.control.value),
      notes: notes.control.value.trim(),
      extra: Object.fromEntries(extraFields.map(({ header, field: f }) => [header, f.control.value.trim()])),
    };
    if (status.control.value) input.status = status.control.value as ActionUpdateInput["status"];
    if (objective.control.value && objective.control.value !== before.objectiveCode)
      input.objectiveCode = objective.control.value;
    await sendWrite(
      { submit, notice, errors, saving: t.saving },
      texts,
      () => call("updateAction", input),
      (result) => {
        notice.show("success", result.code === before.code ? t.saved(result.code) : result.message);
        shownCode = result.code;
        followSelection = false;
        onWritten();
      },
    );
  }

  return { element, setData, show };
}
