/** The parser's entry point: any cell a sheet can hand over, read in the plan's context. */
import type { Cell } from "../cells";
import { parseDateCell, parseNumberCell } from "./cells";
import { invalid, parsed } from "./result";
import { parseText } from "./text";
import type { DeadlineContext, ParsedDeadline } from "./types";

/**
 * No échéance is longer than this; a longer text (a pasted paragraph, a co-editor's « 2020 et 2020
 * et … ») is not read at all, so that one cell's cost stays bounded (issue 14).
 */
export const MAX_DEADLINE_TEXT = 1000;

/** Never throws; the answer always carries the text as written (a date cell: its ISO day). */
export function parseDeadline(input: Cell | null | undefined, context: DeadlineContext): ParsedDeadline {
  if (input === null || input === undefined) return parsed("", "undetermined");
  if (typeof input === "string")
    return input.length > MAX_DEADLINE_TEXT ? invalid(input) : parseText(input, context);
  if (typeof input === "number") return parseNumberCell(input);
  if (isDate(input)) return parseDateCell(input, context);
  return invalid(String(input));
}

/** Also true for a `Date` of another realm (a sandbox, the Apps Script fakes), unlike `instanceof`. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}
