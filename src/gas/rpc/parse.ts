/**
 * The server boundary: every RPC argument goes through its zod schema; what does not fit becomes
 * plain-language errors, field by field, and nothing is written.
 */
import type * as z from "zod/mini";
import { messages } from "../../core/i18n";
import type { Language } from "../../core/model";
import type { Refusal, WriteResult } from "./contract";

export type FieldError = { field: string | null; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseArgument<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  language: Language,
): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => describeIssue(issue, input, language));
  // One message per field is enough for a person to fix it.
  const unique = errors.filter((error, index) => errors.findIndex((e) => e.field === error.field) === index);
  return { ok: false, errors: unique };
}

export function failure(errors: FieldError[]): WriteResult {
  return { ok: false, errors };
}

export function fail(message: string, field: string | null = null): WriteResult {
  return failure([{ field, message }]);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, language: Language): FieldError {
  const texts = messages(language).ui.server;
  const key = typeof issue.path[0] === "string" ? issue.path[0] : null;
  if (key === null) return { field: null, message: texts.invalid.request };
  const label = (texts.fields as Record<string, string>)[key] ?? key;
  const given =
    typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  switch (issue.code) {
    case "invalid_type":
      return {
        field: key,
        message: given === undefined ? texts.invalid.required(label) : texts.invalid.value(label),
      };
    case "too_small":
      if (issue.origin === "string") return { field: key, message: texts.invalid.required(label) };
      return { field: key, message: numberRange(key, label, language) };
    case "too_big":
      if (issue.origin === "string")
        return { field: key, message: texts.invalid.tooLong(label, Number(issue.maximum)) };
      return { field: key, message: numberRange(key, label, language) };
    case "invalid_value":
      return { field: key, message: texts.invalid.choice(label, issue.values.map(String).join(", ")) };
    case "custom":
      return { field: key, message: refusalMessage(issue, language) ?? texts.invalid.value(label) };
    default:
      return { field: key, message: texts.invalid.value(label) };
  }
}

/** The words for a `Refusal` (contract.ts): the value quoted and how to fix it; null for another issue. */
export function refusalMessage(issue: z.core.$ZodIssue, language: Language): string | null {
  if (issue.code !== "custom") return null;
  const texts = messages(language).ui.server;
  const refusal = issue.params as Refusal | undefined;
  const key = typeof issue.path[0] === "string" ? issue.path[0] : "";
  const label = (texts.fields as Record<string, string>)[key] ?? key;
  switch (refusal?.reason) {
    case "invisible":
      return texts.invalid.invisible(label);
    case "notADay":
      return texts.invalid.notADay(refusal.text);
    case "reversedPeriod":
      return texts.invalid.reversedPeriod(refusal.start, refusal.end);
    default:
      return null;
  }
}

function numberRange(key: string, label: string, language: Language): string {
  const texts = messages(language).ui.server.invalid;
  return key === "progress" ? texts.range(label, 0, 100) : texts.value(label);
}
