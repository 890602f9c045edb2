/** Builders of the parser's answer, so that every path keeps the original text the same way. */
import type { DeadlineKind, IsoDate } from "../model";
import type { DeadlineWarning, ParsedDeadline } from "./types";

export function parsed(
  text: string,
  kind: DeadlineKind,
  start: IsoDate | null = null,
  end: IsoDate | null = start,
  warnings: DeadlineWarning[] = [],
): ParsedDeadline {
  return { text, kind, start, end, warnings };
}

export function invalid(text: string, warnings: DeadlineWarning[] = []): ParsedDeadline {
  return parsed(text, "invalid", null, null, warnings);
}
