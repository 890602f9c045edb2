import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { defaultReportPeriod, fiscalYears, nextPeriod, parsePeriodArg } from "../../../src/core/report";

const april = { ...DEFAULT_SETTINGS };

describe("fiscal years", () => {
  test("the default period is the last finished fiscal year", () => {
    expect(defaultReportPeriod(april, "2025-05-15")).toEqual({
      label: "2024-2025",
      start: "2024-04-01",
      end: "2025-03-31",
    });
    expect(defaultReportPeriod(april, "2025-03-31")).toMatchObject({ label: "2023-2024" });
    expect(defaultReportPeriod(april, "2025-04-01")).toMatchObject({ label: "2024-2025" });
  });

  test("a calendar fiscal year is labelled by its year", () => {
    expect(defaultReportPeriod({ ...april, fiscalStartMonth: 1 }, "2025-05-15")).toEqual({
      label: "2024",
      start: "2024-01-01",
      end: "2024-12-31",
    });
  });

  test("a July fiscal year ends on June 30, leap years included", () => {
    const july = { ...april, fiscalStartMonth: 7 };
    expect(defaultReportPeriod(july, "2024-08-01")).toEqual({
      label: "2023-2024",
      start: "2023-07-01",
      end: "2024-06-30",
    });
    expect(defaultReportPeriod({ ...april, fiscalStartMonth: 3 }, "2024-04-01").end).toBe("2024-02-29");
  });

  test("the plan's period gives the list, which always holds the default", () => {
    const plan = { ...april, periodStart: "2023-04-01", periodEnd: "2026-03-31" };
    expect(fiscalYears(plan, "2025-05-15").map((year) => year.label)).toEqual([
      "2023-2024",
      "2024-2025",
      "2025-2026",
    ]);
    const oldPlan = { ...april, periodStart: "2019-04-01", periodEnd: "2022-03-31" };
    expect(fiscalYears(oldPlan, "2025-05-15").map((year) => year.label)).toEqual([
      "2019-2020",
      "2020-2021",
      "2021-2022",
      "2022-2023",
      "2023-2024",
      "2024-2025",
    ]);
  });

  test("without a plan period, the years around today", () => {
    expect(fiscalYears(april, "2025-05-15").map((year) => year.label)).toEqual([
      "2022-2023",
      "2023-2024",
      "2024-2025",
      "2025-2026",
    ]);
  });

  test("the next period of a fiscal year is the next fiscal year", () => {
    const next = nextPeriod({ label: "2024-2025", start: "2024-04-01", end: "2025-03-31" }, 4, "fr");
    expect(next).toEqual({ label: "2025-2026", start: "2025-04-01", end: "2026-03-31" });
  });
});

describe("parsePeriodArg", () => {
  test("a fiscal year in any of its spellings", () => {
    for (const text of ["2024-2025", "2024/2025", "2024–2025", " 2024 - 2025 "]) {
      expect(parsePeriodArg(text, april)).toEqual({
        ok: true,
        period: { label: "2024-2025", start: "2024-04-01", end: "2025-03-31" },
      });
    }
  });

  test("two dates give a custom period labelled in words", () => {
    expect(parsePeriodArg("2024-06-01:2025-05-31", april)).toEqual({
      ok: true,
      period: { label: "du 1er juin 2024 au 31 mai 2025", start: "2024-06-01", end: "2025-05-31" },
    });
  });

  test("French errors that quote what was wrong", () => {
    expect(parsePeriodArg("2024-2026", april)).toEqual({
      ok: false,
      error: "« 2024-2026 » : un exercice couvre deux années qui se suivent, par exemple « 2024-2025 ».",
    });
    expect(parsePeriodArg("2024-02-30:2025-01-01", april)).toMatchObject({
      ok: false,
      error: expect.stringContaining("« 2024-02-30 » n'est pas une date qui existe"),
    });
    expect(parsePeriodArg("2025-04-01:2024-03-31", april)).toMatchObject({
      ok: false,
      error: expect.stringContaining("inversez"),
    });
    expect(parsePeriodArg("l'an dernier", april)).toMatchObject({
      ok: false,
      error: expect.stringContaining("« l'an dernier » n'est pas une période reconnue"),
    });
  });

  test("English errors when asked", () => {
    expect(parsePeriodArg("soon", april, "en")).toMatchObject({
      ok: false,
      error: expect.stringContaining("“soon”"),
    });
  });
});
