/** The sidebar's texts in the plan's language, and the widgets built only from them. */
import { type Messages, messages } from "../../core/i18n";
import type { Status } from "../../core/model";
import { h, option } from "../shared/dom";

export interface Texts {
  sidebar: Messages["ui"]["sidebar"];
  common: Messages["common"];
}

export function textsFor(language: "fr" | "en"): Texts {
  const all = messages(language);
  return { sidebar: all.ui.sidebar, common: all.common };
}

/**
 * The Statut choices, labelled in the page's language; the value is the stored French form. They
 * are read from the catalogue's keys, so the model (and zod) stays out of the browser bundle.
 */
export function statusSelect(texts: Texts, allowEmpty: boolean): HTMLSelectElement {
  const statuses = Object.entries(texts.common.statuses) as [Status, string][];
  return h(
    "select",
    { name: "status" },
    allowEmpty ? option("", "—") : null,
    ...statuses.map(([status, label]) => option(status, label)),
  );
}
