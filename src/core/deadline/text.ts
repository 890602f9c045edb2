/** Reads a deadline written as text: whole-phrase words first, then the date grammar. */

import { addDays } from "../calendar";
import type { IsoDate } from "../model";
import { parseDateCell } from "./cells";
import { combine } from "./combine";
import { Grammar } from "./grammar";
import { normalizeDeadlineText } from "./normalize";
import { invalid, parsed } from "./result";
import { tokenize } from "./tokens";
import type { DeadlineContext, DeadlineWarning, ParsedDeadline } from "./types";
import {
  BEFORE_PREFIX,
  DEADLINE_PREFIX,
  IMMEDIATE,
  LEADING_SYMBOLS,
  ONGOING,
  RECURRING,
  RELATIVE_EVENT,
  TRAILING_REMARK,
  UNDETERMINED,
} from "./vocabulary";

/** « 2020-03-15T00:00:00 » or « 2020-03-15 04:00:00Z », as exported by some tools. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/;

export function parseText(text: string, context: DeadlineContext): ParsedDeadline {
  const normalized = normalizeDeadlineText(text);
  // Whole-phrase words may sit in parentheses or quotes: « (À déterminer) ».
  const words = normalized.replace(LEADING_SYMBOLS, "");
  if (words === "" || UNDETERMINED.test(words)) return parsed(text, "undetermined");
  if (ONGOING.test(words)) return parsed(text, "ongoing");
  if (RECURRING.test(words)) return parsed(text, "recurring");
  if (IMMEDIATE.test(words)) return parsed(text, "immediate", context.periodStart);

  const dateTime = ISO_DATE_TIME.exec(normalized);
  // With a zone it is an instant: its day is the one the spreadsheet's zone shows.
  if (dateTime?.[2]) return parseDateCell(new Date(normalized.toUpperCase()), context, text);
  const body = dateTime ? dateTime[1] : normalized;

  const result = parseDates(text, body, context);
  if (result.kind === "invalid" && RELATIVE_EVENT.test(normalized)) {
    return parsed(text, "undetermined", null, null, [{ code: "relativeEvent" }]);
  }
  return result;
}

/** The date grammar on the normalized text; `text` is the original, kept in the answer. */
function parseDates(text: string, normalized: string, context: DeadlineContext): ParsedDeadline {
  const withoutRemark = normalized.replace(TRAILING_REMARK, "");
  let body = withoutRemark === "" ? normalized : withoutRemark;
  const before = BEFORE_PREFIX.exec(body);
  body = before ? body.slice(before[0].length) : body.replace(DEADLINE_PREFIX, "");

  const grammar = new Grammar(tokenize(body));
  const items = grammar.expression();
  const reasons: DeadlineWarning[] = grammar.failure ? [grammar.failure] : [];
  if (items === null) return invalid(text, [...reasons, ...grammar.warnings]);
  const combined = combine(items, context);
  if ("code" in combined) {
    const kind = combined.code === "needsPlanPeriod" ? "undetermined" : "invalid";
    return parsed(text, kind, null, null, [combined, ...grammar.warnings]);
  }
  if (before) {
    // « Avant mars 2021 »: due the day before March starts.
    const dayBefore: IsoDate = addDays(combined.start, -1);
    return parsed(text, "date", dayBefore, dayBefore, grammar.warnings);
  }
  return parsed(text, combined.kind, combined.start, combined.end, grammar.warnings);
}
