/**
 * Each échéance and each Responsables cell is parsed once per execution: the pipeline hands what it
 * parsed to the checks and to « Fin prévue », which find the same problems as parsing anew.
 */
import { parseDeadline } from "../../../src/core/deadline";
import { allActions } from "../../../src/core/model";
import { createOwnerMatcher } from "../../../src/core/owners/resolve";
import { deadlineContext, deadlineParser, loadPlan } from "../../../src/core/pipeline";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { validatePlan } from "../../../src/core/validate";
import { generatePlan } from "../../support/generate-plan";

const TODAY = "2026-12-03";
const TIME_ZONE = "America/Toronto";

function workbook(actions: number) {
  const sheets = canonicalSheets(generatePlan(actions), null, "fr").map(({ name, values }) => ({
    name,
    values,
  }));
  return { sheets, timeZone: TIME_ZONE };
}

describe("parse once", () => {
  test("deadlineParser parses each distinct text once and each date cell as itself", () => {
    const context = deadlineContext(generatePlan(1), TIME_ZONE);
    const parse = deadlineParser(context);
    expect(parse("Automne 2026")).toBe(parse("Automne 2026"));
    expect(parse("Automne 2026")).toEqual(parseDeadline("Automne 2026", context));
    const day = new Date(Date.UTC(2026, 2, 15, 12));
    expect(parse(day)).toEqual(parseDeadline(day, context));
  });

  test("a parser already used is reused only in the same context", () => {
    const context = deadlineContext(generatePlan(1), TIME_ZONE);
    const known = deadlineParser(context);
    expect(deadlineParser({ ...context }, known)).toBe(known);
    const january = { ...context, fiscalStartMonth: 1 };
    const other = deadlineParser(january, known);
    expect(other).not.toBe(known);
    expect(other.context).toEqual(january);
    expect(other("2024-2025")).toEqual(parseDeadline("2024-2025", january));
    expect(other("2024-2025").end).not.toBe(known("2024-2025").end);
  });

  test("validatePlan asks the caller's parser and matcher, once per action, and finds the same problems", () => {
    const loaded = loadPlan(workbook(60), { today: TODAY });
    const { plan, locate } = loaded;
    const context = deadlineContext(plan, TIME_ZONE);
    const texts: string[] = [];
    const parse = deadlineParser(context);
    const matcher = createOwnerMatcher(plan.roster);
    const match = jest.spyOn(matcher, "match");
    const base = { today: TODAY, language: "fr" as const, locate, deadline: context };
    const shared = validatePlan(plan, {
      ...base,
      parsed: {
        deadline: (text) => {
          texts.push(String(text));
          return parse(text);
        },
        owners: matcher,
      },
    });
    const actions = allActions(plan).map(({ action }) => action);
    expect(texts).toEqual(actions.map((action) => action.deadline.text));
    expect(match).toHaveBeenCalledTimes(actions.length);
    expect(shared).toEqual(validatePlan(plan, base));
    // The actions listed once by the caller give the same problems as the checks' own listing.
    const listed = allActions(plan);
    expect(
      validatePlan(plan, { ...base, parsed: { deadline: parse, owners: matcher, actions: listed } }),
    ).toEqual(shared);
  });

  test("loadPlan returns the parser it used: « Fin prévue » reads the very same results", () => {
    const loaded = loadPlan(workbook(20), { today: TODAY });
    const [first] = allActions(loaded.plan);
    const again = loaded.parseDeadline(first.action.deadline.text);
    expect(loaded.parseDeadline(first.action.deadline.text)).toBe(again);
    expect({ kind: again.kind, start: again.start, end: again.end }).toEqual({
      kind: first.action.deadline.kind,
      start: first.action.deadline.start,
      end: first.action.deadline.end,
    });
  });
});
