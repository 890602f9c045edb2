/**
 * Live preview of how an Échéance is understood, asked from the server while the person types.
 * Calls are debounced, and an answer that arrives after a newer keystroke is ignored.
 */
import type { DeadlinePreview } from "../../gas/rpc/contract";
import { h, uniqueId } from "./dom";
import { call } from "./rpc";

const DELAY_MS = 250;

export interface PreviewTexts {
  hint: string;
  checking: string;
  failed: (message: string) => string;
}

export function deadlinePreview(input: HTMLInputElement, texts: PreviewTexts): HTMLElement {
  input.id ||= uniqueId("deadline");
  const output = h("p", { class: "deadline-preview", id: `${input.id}-preview`, "aria-live": "polite" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const show = (severity: DeadlinePreview["severity"] | "idle", text: string) => {
    output.dataset.severity = severity;
    output.textContent = text;
  };

  const ask = async (text: string, ticket: number) => {
    try {
      const preview = await call("previewDeadline", text);
      if (ticket === latest) show(preview.severity, preview.description);
    } catch (error) {
      if (ticket === latest) show("error", texts.failed((error as Error).message));
    }
  };

  const refresh = () => {
    clearTimeout(timer);
    latest += 1;
    const text = input.value.trim();
    if (!text) {
      show("idle", texts.hint);
      return;
    }
    show("idle", texts.checking);
    const ticket = latest;
    timer = setTimeout(() => void ask(text, ticket), DELAY_MS);
  };

  input.addEventListener("input", refresh);
  // A value set by code (a reset, another action chosen) is previewed too.
  input.addEventListener("change", refresh);
  input.setAttribute("aria-describedby", output.id);
  refresh();
  return output;
}
