import { createFakeGas, dateCell } from "../../../src/node/gas-fake";

// https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue and
// https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues: a string
// is taken as if a person typed it in the cell, in the spreadsheet's locale, unless the cell's
// number format is plain text "@" (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat).

const ZONE = "America/Toronto";
const NOW = new Date("2026-12-03T15:00:00Z");

function typed(text: string, locale = "fr_CA", format?: string) {
  const fake = createFakeGas({ spreadsheet: { locale, sheets: [{ name: "Actions", values: [] }] } });
  fake.spreadsheet.now = () => NOW;
  const range = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getRange("Actions!B2");
  if (format) range.setNumberFormat(format);
  range.setValue(text);
  return { value: range.getValue(), formula: range.getFormula(), format: range.getNumberFormat() };
}
const value = (text: string, locale?: string, format?: string) => typed(text, locale, format).value;

describe("a leading sign", () => {
  it("before a number gives that number: « +15 % », « -10 », « + 3 »", () => {
    expect(typed("+15 %")).toMatchObject({ value: 0.15, format: "0%" });
    expect(value("-10")).toBe(-10);
    expect(value("+ 3")).toBe(3);
  });

  it("before something that reads as a formula gives a formula", () => {
    expect(typed("+1+1")).toMatchObject({ value: 2, formula: "=+1+1" });
    expect(typed("-1-1")).toMatchObject({ value: -2, formula: "=-1-1" });
    expect(typed("+B1").formula).toBe("=+B1");
    // Functions the fake cannot compute still make a formula (Sheets stores it); reading it throws.
    expect(() => value('+IMPORTXML("x","y")')).toThrow("formula not modelled by the fake");
  });

  it("before words that read as neither stays text: « - 10 rencontres », « -x »", () => {
    expect(typed("- 10 rencontres")).toEqual({
      value: "- 10 rencontres",
      formula: "",
      format: "0.###############",
    });
    expect(value("-x")).toBe("-x");
    expect(value("+")).toBe("+");
  });
});

describe("numbers", () => {
  it("« 007 » is 7, and spaces around a number do not keep it text", () => {
    expect(value("007")).toBe(7);
    expect(value(" 42 ")).toBe(42);
  });

  it("« 50 % » (a space, or a no-break space, before %) is 0.5 with a percent format", () => {
    expect(typed("50 %")).toMatchObject({ value: 0.5, format: "0%" });
    expect(typed("12,5\u00a0%")).toMatchObject({ value: 0.125, format: "0.00%" });
  });

  it("currency amounts: « 12 500 $ » in French, « $12,500 » in English", () => {
    expect(typed("12 500 $")).toMatchObject({ value: 12500, format: "#,##0.00 $" });
    expect(typed("12\u00a0500,50 $")).toMatchObject({ value: 12500.5 });
    expect(typed("$12,500", "en_US")).toMatchObject({ value: 12500, format: "$#,##0.00" });
    expect(value("€ 3", "en_GB")).toBe(3);
    expect(value("$3 $", "en_US")).toBe("$3 $");
  });
});

describe("dates and times", () => {
  it("ISO dates, with or without a time, in every locale", () => {
    expect(value("2020-03-15", "en_US")).toEqual(dateCell("2020-03-15", ZONE));
    expect(value("2020-03-15 10:30")).toEqual(new Date("2020-03-15T14:30:00Z"));
  });

  it("« 15/03/2020 » is day-first in French locales, en_CA and en_GB; « 3/15/2020 » month-first in en_US", () => {
    for (const locale of ["fr_CA", "fr_FR", "en_CA", "en_GB"]) {
      expect(value("15/03/2020", locale)).toEqual(dateCell("2020-03-15", ZONE));
    }
    expect(value("15-03-2020")).toEqual(dateCell("2020-03-15", ZONE));
    expect(value("3/15/2020", "en_US")).toEqual(dateCell("2020-03-15", ZONE));
    expect(value("15/03/2020", "en_US")).toBe("15/03/2020");
    expect(value("31/02/2020")).toBe("31/02/2020");
  });

  it("a day and month without a year is a date of the current year: « 1/2 » is not a fraction", () => {
    expect(value("1/2")).toEqual(dateCell("2026-02-01", ZONE));
    expect(value("1/2", "en_US")).toEqual(dateCell("2026-01-02", ZONE));
  });

  it('month names: « mars 2020 », « 15 mars 2020 », « Févr. 2021 », "March 2020", "March 15, 2020"', () => {
    expect(typed("mars 2020")).toMatchObject({ value: dateCell("2020-03-01", ZONE), format: "mmmm yyyy" });
    expect(value("15 mars 2020")).toEqual(dateCell("2020-03-15", ZONE));
    expect(value("Févr. 2021")).toEqual(dateCell("2021-02-01", ZONE));
    expect(value("aout 2021")).toEqual(dateCell("2021-08-01", ZONE));
    expect(value("March 2020", "en_US")).toEqual(dateCell("2020-03-01", ZONE));
    expect(value("March 15, 2020", "en_CA")).toEqual(dateCell("2020-03-15", ZONE));
    // English names are read in French locales too; French ones are not read in English locales.
    expect(value("May 2026")).toEqual(dateCell("2026-05-01", ZONE));
    expect(value("mai 2026", "en_US")).toBe("mai 2026");
  });

  it("what only looks like a date stays text: seasons, two names, a year first", () => {
    for (const text of ["Automne 2020", "Hiver 2026", "mars avril 2020", "2020 mars", "mars 20"]) {
      expect(value(text)).toBe(text);
    }
  });

  it("times « 10:30 », « 2:30 pm » are a Date on 1899-12-30, as Apps Script returns a time", () => {
    const time = typed("10:30");
    expect(time.format).toBe("h:mm");
    const read = time.value as Date;
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: ZONE,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).format(read);
    expect(parts).toBe("1899-12-30, 10:30");
    expect(value("2:30 pm", "en_US")).toEqual(value("14:30", "en_US"));
    expect(value("25:00")).toBe("25:00");
  });
});

describe("what keeps a string as text", () => {
  it("a leading apostrophe on an automatic cell: dropped, the rest kept as text", () => {
    expect(value("'007")).toBe("007");
    expect(value("'=1+1")).toBe("=1+1");
    expect(typed("'=1+1").formula).toBe("");
  });

  it("a « @ » (plain text) cell keeps every string exactly, a leading apostrophe included", () => {
    // The reference is silent on « ' » in a plain-text cell; keeping it is the stricter choice:
    // a writer that adds « ' » to a « @ » cell shows a stray apostrophe to the user.
    for (const text of ["007", "=1+1", "+15 %", "15/03/2020", "mars 2020", "10:30", "12 500 $", "TRUE"]) {
      expect(typed(text, "fr_CA", "@")).toEqual({ value: text, formula: "", format: "@" });
    }
    expect(value("'007", "fr_CA", "@")).toBe("'007");
  });
});

describe("spreadsheet.conversions (fake-only): what a test of user text expects to stay empty", () => {
  it("lists each string Sheets did not keep as typed, with its cell, and nothing else", () => {
    const fake = createFakeGas({ spreadsheet: { sheets: [{ name: "Actions", values: [] }] } });
    const range = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getRange("Actions!A1:E1");
    range.setValues([["Mobiliser", "007", "=1+1", "'cité", 12]]);
    fake.globals.SpreadsheetApp.getActiveSpreadsheet()
      .getRange("Actions!A2")
      .setNumberFormat("@")
      .setValue("007");
    expect(fake.spreadsheet.conversions).toEqual([
      { sheet: "Actions", a1: "B1", typed: "007", value: 7, formula: undefined },
      { sheet: "Actions", a1: "C1", typed: "=1+1", value: "", formula: "=1+1" },
      { sheet: "Actions", a1: "D1", typed: "'cité", value: "cité", formula: undefined },
    ]);
  });
});
