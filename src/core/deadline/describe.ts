/** Deadlines in words, for the sidebar's live preview and the problems of a plan. */

import { dayParts } from "../calendar";
import { messages } from "../i18n";
import type { IsoDate, Language } from "../model";
import type { DeadlineWarning, ParsedDeadline } from "./types";

export function describeWarning(warning: DeadlineWarning, language: Language): string {
  const texts = messages(language).deadline.warnings;
  // Each code has its own text; the cast only restates what the catalogue's type guarantees.
  const text = texts[warning.code] as (w: DeadlineWarning) => string;
  return text(warning);
}

/** « du 1er septembre au 31 décembre 2020 »; either end may be missing (a plan's open period). */
export function describeInterval(start: IsoDate | null, end: IsoDate | null, language: Language): string {
  const texts = messages(language).deadline.interval;
  if (start === null) return end === null ? "" : texts.until(dayParts(end));
  if (end === null) return texts.from(dayParts(start));
  const from = dayParts(start);
  const to = dayParts(end);
  if (start === end) return texts.sameDay(from);
  if (from.year !== to.year) return texts.other(from, to);
  return from.month === to.month ? texts.sameMonth(from, to) : texts.sameYear(from, to);
}

/** A message followed by the reasons the parser gave (« Il manque l'année… »). */
export function explainProblem(message: string, warnings: DeadlineWarning[], language: Language): string {
  return [message, ...warnings.map((w) => describeWarning(w, language))].join(" ");
}

/** What the text was understood as: « Automne 2020 → du 1er septembre au 31 décembre 2020 ». */
export function describeDeadline(deadline: ParsedDeadline, language: Language): string {
  const texts = messages(language).deadline;
  const meaning = (): string => {
    switch (deadline.kind) {
      case "invalid":
        return texts.invalid(deadline.text);
      case "undetermined":
      case null:
        return texts.undetermined;
      case "ongoing":
        return texts.ongoing;
      case "recurring":
        return texts.recurring;
      case "immediate":
        return deadline.start === null
          ? texts.immediateWithoutPeriod
          : texts.immediate(describeInterval(deadline.start, deadline.end, language));
      default:
        return describeInterval(deadline.start, deadline.end, language);
    }
  };
  const described = meaning();
  const main =
    deadline.kind === "invalid" || deadline.text.trim() === ""
      ? described
      : texts.preview(deadline.text, described);
  return explainProblem(main, deadline.warnings, language);
}
