/** The parser's entry point: any cell a sheet can hand over, read in the plan's context. */
import type { Cell } from "../cells";
import { parseDateCell, parseNumberCell } from "./cells";
import { invalid, parsed } from "./result";
import { parseText } from "./text";
import type { DeadlineContext, ParsedDeadline } from "./types";

/** Never throws; the answer always carries the text as written (a date cell: its ISO day). */
export function parseDeadline(input: Cell | null | undefined, context: DeadlineContext): ParsedDeadline {
  if (input === null || input === undefined) return parsed("", "undetermined");
  if (typeof input === "string") return parseText(input, context);
  if (typeof input === "number") return parseNumberCell(input);
  if (input instanceof Date) return parseDateCell(input, context);
  return invalid(String(input));
}
