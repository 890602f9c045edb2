import type { Cell } from "../../src/core/cells";
import {
  AUTOMATIC_FORMAT,
  type CellWrite,
  cellWrite,
  DATE_FORMAT,
  dayCell,
  dayWrite,
  TEXT_FORMAT,
  writeCells,
  writeColumnCells,
  writeRowCells,
} from "../../src/gas/cell-writer";
import { dateCell } from "../../src/node/gas-fake";
import { install } from "./helpers";

/** Strings a person may type that Sheets would otherwise turn into something else. */
const HOSTILE = [
  '=IMPORTXML("http://x","//a")',
  "007",
  "2020-03-15",
  "15/03/2020",
  "+15 %",
  "50 %",
  "- 10 rencontres",
  "-10",
  "'quoted",
  "TRUE",
  "vrai",
  "1,5",
  "12 500",
  "=1+1",
];

function sheetWith(values: Cell[][] = [[]], locale = "fr_CA") {
  const fake = install({ spreadsheet: { locale, sheets: [{ name: "S", values }] } });
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("S");
  if (!sheet) throw new Error("no sheet");
  fake.calls.reset();
  return { fake, sheet };
}

const text = (t: string): CellWrite => ({ kind: "text", text: t });

describe("writeCells", () => {
  it.each(["fr_CA", "en_US"])("keeps every hostile string as the text typed (%s)", (locale) => {
    const { sheet } = sheetWith([[]], locale);
    const range = sheet.getRange(1, 1, HOSTILE.length, 1);
    writeCells(
      range,
      HOSTILE.map((t) => [text(t)]),
    );
    expect(range.getValues()).toEqual(HOSTILE.map((t) => [t]));
    expect(range.getFormulas()).toEqual(HOSTILE.map(() => [""]));
    expect(range.getDisplayValues()).toEqual(HOSTILE.map((t) => [t]));
  });

  it("the same strings written raw are converted: the writer is what keeps them", () => {
    const { sheet } = sheetWith();
    // Without IMPORTXML: the fake computes the add-on's own formulas only, and refuses others.
    const computable = HOSTILE.filter((t) => !t.startsWith("=IMPORTXML"));
    const range = sheet.getRange(1, 1, computable.length, 1);
    range.setValues(computable.map((t) => [t]));
    const kept = range.getValues().filter(([v], i) => v === computable[i]);
    expect(kept.length).toBeLessThan(computable.length / 2);
  });

  it("writes numbers, dates, booleans, formulas and empties as what they are", () => {
    const { sheet, fake } = sheetWith([["old", "old", "old", "old", "old", "old"]]);
    const day = dateCell("2026-03-15", "America/Toronto");
    const range = sheet.getRange(1, 1, 1, 6);
    // A text cell left from before must not turn the formula into text.
    range.setNumberFormat(TEXT_FORMAT);
    writeCells(range, [
      [
        { kind: "number", value: 0.15, format: "0%" },
        { kind: "number", value: 7 },
        { kind: "date", date: day },
        { kind: "boolean", value: true },
        { kind: "formula", formula: "=1+1" },
        { kind: "empty" },
      ],
    ]);
    const [[percent, seven, date, bool, formula, empty]] = range.getValues();
    expect([percent, seven, bool, empty]).toEqual([0.15, 7, true, ""]);
    expect(date).toEqual(day);
    expect(range.getFormulas()[0][4]).toBe("=1+1");
    expect(typeof formula === "number" || formula === "=1+1").toBe(true);
    expect(range.getNumberFormats()[0]).toEqual([
      "0%",
      TEXT_FORMAT, // a number without a format keeps the cell's own
      DATE_FORMAT,
      TEXT_FORMAT,
      AUTOMATIC_FORMAT,
      TEXT_FORMAT,
    ]);
    expect(range.getDisplayValues()[0][2]).toBe("2026-03-15");
    expect(fake.calls.of("Range.setValues")).toBe(1);
  });

  it("queues formats and values with no read: one round trip", () => {
    const { sheet, fake } = sheetWith();
    writeCells(sheet.getRange(2, 2, 2, 3), [
      [text("a"), { kind: "number", value: 1 }, text("b")],
      [{ kind: "empty" }, text("c"), { kind: "boolean", value: false }],
    ]);
    expect(fake.calls.roundTrips()).toBe(1);
    expect(
      fake.calls.sequence().filter((call) => /\.get(Values|Formulas|NumberFormats?)$/.test(call)),
    ).toEqual([]);
    expect(sheet.getRange(2, 2, 2, 3).getValues()).toEqual([
      ["a", 1, "b"],
      ["", "c", false],
    ]);
  });

  it("sets every format in one call when every cell needs one", () => {
    const { sheet, fake } = sheetWith();
    writeCells(sheet.getRange(1, 1, 2, 2), [
      [text("a"), dayWrite("2026-01-02", "America/Toronto")],
      [text("007"), { kind: "number", value: 3, format: "0.00" }],
    ]);
    expect(fake.calls.of("Range.setNumberFormats")).toBe(1);
    expect(fake.calls.of("Range.setNumberFormat")).toBe(0);
  });

  it("leaves the format of cells that need none (a budget column's own format)", () => {
    const { sheet } = sheetWith([["", "", ""]]);
    sheet.getRange(1, 2).setNumberFormat("#,##0.00");
    writeCells(sheet.getRange(1, 1, 1, 3), [[text("x"), { kind: "number", value: 1234.5 }, text("y")]]);
    expect(sheet.getRange(1, 1, 1, 3).getNumberFormats()[0]).toEqual([TEXT_FORMAT, "#,##0.00", TEXT_FORMAT]);
    expect(sheet.getRange(1, 2).getDisplayValue()).toBe("1\u00a0234,50");
  });
});

describe("cellWrite", () => {
  it("maps each core cell to the write it means", () => {
    const day = new Date(Date.UTC(2026, 2, 15, 4));
    expect(cellWrite("=1+1")).toEqual(text("=1+1"));
    expect(cellWrite("")).toEqual({ kind: "empty" });
    expect(cellWrite(3)).toEqual({ kind: "number", value: 3 });
    expect(cellWrite(false)).toEqual({ kind: "boolean", value: false });
    expect(cellWrite(day)).toEqual({ kind: "date", date: day });
    expect(cellWrite(new Date(Number.NaN))).toEqual({ kind: "empty" });
  });
});

describe("dayWrite", () => {
  it("is midnight of that day in the spreadsheet's zone", () => {
    const write = dayWrite("2026-03-08", "America/Toronto");
    expect(write).toEqual({ kind: "date", date: dateCell("2026-03-08", "America/Toronto") });
    const { sheet } = sheetWith();
    writeCells(sheet.getRange(1, 1), [[write]]);
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe("2026-03-08");
  });
});

describe("dayCell", () => {
  it("a day as a date cell, anything else as cellWrite gives it", () => {
    expect(dayCell("2026-03-08", "America/Toronto")).toEqual(dayWrite("2026-03-08", "America/Toronto"));
    expect(dayCell("", "America/Toronto")).toEqual({ kind: "empty" });
    expect(dayCell("2026-02-30", "America/Toronto")).toEqual(text("2026-02-30"));
    expect(dayCell("hier", "America/Toronto")).toEqual(text("hier"));
  });
});

describe("writeRowCells", () => {
  it("writes only the given cells, one block per run of adjacent columns", () => {
    const { sheet, fake } = sheetWith([["a", "=1+1", "c", "d", "e", "f"]]);
    sheet.getRange(1, 2).setFormula("=1+1");
    fake.calls.reset();
    writeRowCells(
      sheet,
      1,
      new Map<number, CellWrite>([
        [1, text("007")],
        [3, text("2020-03-15")],
        [4, text("+15 %")],
        [6, { kind: "number", value: 6 }],
      ]),
    );
    expect(fake.calls.of("Range.setValues")).toBe(3);
    expect(fake.calls.roundTrips()).toBe(1);
    const range = sheet.getRange(1, 1, 1, 6);
    const [[code, , day, change, untouched, six]] = range.getValues();
    expect([code, day, change, untouched, six]).toEqual(["007", "2020-03-15", "+15 %", "e", 6]);
    expect(range.getFormulas()[0]).toEqual(["", "=1+1", "", "", "", ""]);
  });

  it("writeColumnCells does the same down a column", () => {
    const { sheet, fake } = sheetWith([["a"], ["b"], ["c"], ["d"]]);
    writeColumnCells(
      sheet,
      1,
      new Map<number, CellWrite>([
        [1, text("007")],
        [2, dayWrite("2026-03-08", "America/Toronto")],
        [4, { kind: "empty" }],
      ]),
    );
    expect(fake.calls.of("Range.setValues")).toBe(2);
    expect(sheet.getRange(1, 1, 4, 1).getValues()).toEqual([
      ["007"],
      [dateCell("2026-03-08", "America/Toronto")],
      ["c"],
      [""],
    ]);
  });

  it("writes nothing for no cells", () => {
    const { sheet, fake } = sheetWith();
    writeRowCells(sheet, 1, new Map());
    expect(fake.calls.total()).toBe(0);
  });
});
