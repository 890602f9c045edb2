/**
 * Labelled form fields, errors shown next to their field, and a live message region. Every text
 * is set with textContent (errors may quote what the person typed).
 */
import { h, uniqueId } from "./dom";

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends HTMLElement = Control> {
  wrapper: HTMLElement;
  control: C;
  error: HTMLElement;
}

/** A visible label, the control, an optional hint and a (hidden until needed) error line. */
export function field<C extends Control>(
  label: string,
  control: C,
  options: { hint?: string; extra?: Node; optional?: string } = {},
): Field<C> {
  control.id ||= uniqueId("field");
  const error = h("p", { class: "field-error", id: `${control.id}-error`, hidden: true });
  const hint = options.hint ? h("p", { class: "hint", id: `${control.id}-hint` }, options.hint) : null;
  const described = [control.getAttribute("aria-describedby"), hint?.id, error.id];
  control.setAttribute("aria-describedby", described.filter(Boolean).join(" "));
  const labelElement = h(
    "label",
    { for: control.id },
    label,
    options.optional ? h("span", { class: "optional" }, ` (${options.optional})`) : null,
  );
  const wrapper = h("div", { class: "field" }, labelElement, control, options.extra ?? null, hint, error);
  return { wrapper, control, error };
}

export interface FieldError {
  field: string | null;
  message: string;
}

/** Shows server or client errors by field name; errors of no known field go to `general`. */
export class FieldErrors {
  constructor(
    private readonly fields: Record<string, Field<HTMLElement>>,
    private readonly general: Notice,
  ) {}

  clear(): void {
    for (const { control, error } of Object.values(this.fields)) {
      error.hidden = true;
      error.textContent = "";
      control.removeAttribute("aria-invalid");
    }
  }

  show(errors: FieldError[], intro: string): void {
    this.clear();
    const unplaced: string[] = [];
    let first: HTMLElement | null = null;
    for (const { field: name, message } of errors) {
      const target = name ? this.fields[name] : undefined;
      if (!target) {
        unplaced.push(message);
        continue;
      }
      target.error.textContent = target.error.textContent
        ? `${target.error.textContent} ${message}`
        : message;
      target.error.hidden = false;
      target.control.setAttribute("aria-invalid", "true");
      first ??= target.control;
    }
    const general = [intro, ...unplaced].filter(Boolean);
    if (general.length > 0) this.general.show("error", general.join(" "));
    else this.general.clear();
    first?.focus();
  }
}

export type NoticeKind = "success" | "error" | "info";

/** A message region announced by screen readers (aria-live). */
export class Notice {
  readonly element = h("div", { class: "notice", role: "status", "aria-live": "polite", hidden: true });

  show(kind: NoticeKind, text: string): void {
    this.element.dataset.kind = kind;
    this.element.textContent = text;
    this.element.hidden = false;
  }

  clear(): void {
    this.element.hidden = true;
    this.element.textContent = "";
  }
}
