import { createFakeGas, dateCell } from "../../../src/node/gas-fake";

function sheetWith(values: (string | number | boolean | Date)[][] = [], locale?: string) {
  const fake = createFakeGas({ spreadsheet: { locale, sheets: [{ name: "Actions", values }] } });
  const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Actions");
  if (!sheet) throw new Error("no sheet");
  return { fake, sheet };
}

describe("Range geometry", () => {
  it("getRange is 1-based and rejects row 0", () => {
    const { sheet } = sheetWith([["a", "b"]]);
    expect(sheet.getRange(1, 2).getValue()).toBe("b");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
  });

  it("getRange rejects zero rows or columns with the real messages", () => {
    const { sheet } = sheetWith();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
  // A range past the last row or column throws; nothing grows the sheet but the insert methods
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsafterafterposition,-howmany).
  it("getRange beyond the sheet's size is refused, in rows, columns and A1 notation", () => {
    const { sheet } = sheetWith();
    const outside = "The coordinates of the range are outside the dimensions of the sheet.";
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow(outside);
    expect(() => sheet.getRange("AA1")).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow(outside);
  });

  it("insertColumnsAfter and insertRowsAfter grow the sheet, and then the range exists", () => {
    const { sheet } = sheetWith([["a"]]);
    sheet.insertColumnsAfter(26, 2);
    sheet.insertRowsAfter(1000, 1);
    expect([sheet.getMaxColumns(), sheet.getMaxRows()]).toEqual([28, 1001]);
    sheet.getRange(1001, 28).setValue("coin");
    expect(sheet.getRange("AB1001").getValue()).toBe("coin");
  });

  it("getRange accepts the four numeric forms and A1 notation", () => {
    const { sheet } = sheetWith();
    const a = sheet.getRange(2, 3);
    const b = sheet.getRange(2, 3, 4);
    const c = sheet.getRange(2, 3, 4, 5);
    expect([a.getA1Notation(), b.getA1Notation(), c.getA1Notation()]).toEqual(["C2", "C2:C5", "C2:G5"]);
    const d = sheet.getRange("B2:D4");
    expect([d.getRow(), d.getColumn(), d.getNumRows(), d.getNumColumns()]).toEqual([2, 2, 3, 3]);
    expect(sheet.getRange("A:B").getNumRows()).toBe(1000);
    expect(sheet.getRange("Z10").getColumn()).toBe(26);
    expect(() => sheet.getRange("AA10")).toThrow("outside the dimensions of the sheet");
    expect(() => sheet.getRange("nonsense!")).toThrow("Range not found");
  });

  it("offset and getCell move relative to the range", () => {
    const { sheet } = sheetWith();
    const range = sheet.getRange("B2:C3");
    expect(range.offset(1, 1).getA1Notation()).toBe("C3:D4");
    expect(range.getCell(2, 2).getA1Notation()).toBe("C3");
    expect(() => range.getCell(3, 1)).toThrow("Cell reference out of range");
  });
});

describe("Range values", () => {
  it('getValues returns Date objects and "" for empty cells', () => {
    const date = dateCell("2020-03-15", "America/Toronto");
    const { sheet } = sheetWith([["x", "", date]]);
    const values = sheet.getRange(1, 1, 2, 3).getValues();
    expect(values).toEqual([
      ["x", "", date],
      ["", "", ""],
    ]);
    expect(values[0][2]).toBeInstanceOf(Date);
  });

  it("getValues hands out copies: changing a returned Date or row changes nothing", () => {
    const { sheet } = sheetWith([[dateCell("2020-03-15", "America/Toronto")]]);
    const first = sheet.getRange(1, 1).getValues();
    (first[0][0] as Date).setFullYear(1999);
    first[0].push("extra");
    expect(sheet.getRange(1, 1).getValues()).toEqual([[dateCell("2020-03-15", "America/Toronto")]]);
  });

  it("setValues throws on a shape mismatch with the real message", () => {
    const { sheet } = sheetWith();
    const range = sheet.getRange(1, 1, 3, 2);
    expect(() =>
      range.setValues([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
    expect(() => range.setValues([["a"], ["b"], ["c"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it("a Date written is stored as that instant and read back as a new Date", () => {
    const { sheet } = sheetWith();
    const written = new Date("2021-06-01T15:30:00Z");
    sheet.getRange(1, 1).setValue(written);
    const read = sheet.getRange(1, 1).getValue();
    expect(read).toEqual(written);
    expect(read).not.toBe(written);
  });

  it("null and undefined written empty the cell", () => {
    const { sheet } = sheetWith([["a", "b"]]);
    sheet.getRange(1, 1, 1, 2).setValues([[null, undefined]]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it("setValue writes the value into every cell of the range", () => {
    const { sheet } = sheetWith();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });
});

describe("strings written are converted like Sheets does", () => {
  const write = (text: string, locale?: string, format?: string) => {
    const { sheet } = sheetWith([], locale);
    const range = sheet.getRange(1, 1);
    if (format) range.setNumberFormat(format);
    range.setValues([[text]]);
    return range.getValue();
  };

  it("numeric strings written with setValues become numbers unless the format is @", () => {
    expect(write("12")).toBe(12);
    expect(write("12.5")).toBe(12.5);
    expect(write("-3")).toBe(-3);
    expect(write("12", undefined, "@")).toBe("12");
  });

  it('a code such as "1.2" becomes the number 1.2, and "1.10" becomes 1.1, unless the format is @', () => {
    expect(write("1.2")).toBe(1.2);
    expect(write("1.10")).toBe(1.1);
    expect(write("1.2", undefined, "@")).toBe("1.2");
    expect(write("1.1.1")).toBe("1.1.1");
  });

  it('leading zeros are lost: "007" becomes 7', () => {
    expect(write("007")).toBe(7);
  });

  it("the decimal comma and thousands groups follow the locale", () => {
    expect(write("12,5", "fr_CA")).toBe(12.5);
    expect(write("1 234", "fr_CA")).toBe(1234);
    expect(write("1,234", "en_US")).toBe(1234);
    expect(write("12,5", "en_US")).toBe("12,5");
  });

  it("a percentage becomes a fraction with a percent format", () => {
    const { sheet } = sheetWith();
    sheet.getRange(1, 1).setValue("40%");
    expect(sheet.getRange(1, 1).getValue()).toBe(0.4);
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe("40%");
  });

  it("an ISO date string becomes a Date at midnight in the spreadsheet's time zone", () => {
    expect(write("2020-03-15")).toEqual(dateCell("2020-03-15", "America/Toronto"));
    expect(write("2020-03-15", undefined, "@")).toBe("2020-03-15");
    expect(write("2020-02-30")).toBe("2020-02-30");
  });

  it('"TRUE" and "FALSE" become booleans (and VRAI / FAUX in French)', () => {
    expect(write("TRUE")).toBe(true);
    expect(write("false")).toBe(false);
    expect(write("VRAI", "fr_CA")).toBe(true);
    expect(write("VRAI", "en_US")).toBe("VRAI");
  });

  it("text such as « Automne 2020 » stays text, untrimmed", () => {
    expect(write("Automne 2020")).toBe("Automne 2020");
    expect(write(" En cours ")).toBe(" En cours ");
  });

  it("a leading apostrophe forces text and is dropped", () => {
    expect(write("'12")).toBe("12");
  });

  it("a string starting with = is a formula: getFormulas gives it, getValues its value", () => {
    const { sheet } = sheetWith();
    sheet.getRange(1, 1, 1, 2).setValues([["=1+1", "plain"]]);
    expect(sheet.getRange(1, 1, 1, 2).getFormulas()).toEqual([["=1+1", ""]]);
    expect(sheet.getRange(1, 1).getValue()).toBe(2);
    expect(sheet.getLastRow()).toBe(1);
  });
});

describe("getDisplayValues", () => {
  it("shows numbers without trailing zeros, booleans in capitals, dates as yyyy-mm-dd", () => {
    const { sheet } = sheetWith([[12.5, 3, true, dateCell("2020-03-15", "America/Toronto"), ""]], "en_CA");
    expect(sheet.getRange(1, 1, 1, 5).getDisplayValues()).toEqual([["12.5", "3", "TRUE", "2020-03-15", ""]]);
  });

  it("uses the French decimal comma and VRAI / FAUX in fr_CA", () => {
    const { sheet } = sheetWith([[12.5, false]], "fr_CA");
    expect(sheet.getRange(1, 1, 1, 2).getDisplayValues()).toEqual([["12,5", "FAUX"]]);
  });

  it("shows en_US dates as M/d/yyyy", () => {
    const { sheet } = sheetWith([[dateCell("2020-03-05", "America/Toronto")]], "en_US");
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe("3/5/2020");
  });

  it("honours fixed-decimal and date number formats", () => {
    const { sheet } = sheetWith([[1234.5, dateCell("2020-03-05", "America/Toronto")]], "en_US");
    sheet.getRange(1, 1).setNumberFormat("#,##0.00");
    sheet.getRange(1, 2).setNumberFormat("dd/mm/yyyy");
    expect(sheet.getRange(1, 1, 1, 2).getDisplayValues()).toEqual([["1,234.50", "05/03/2020"]]);
  });
});

describe("Range formats", () => {
  it("backgrounds default to #ffffff and are read back in lower-case hex", () => {
    const { sheet } = sheetWith();
    const range = sheet.getRange(1, 1, 1, 2);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    range.setBackgrounds([["#FFF2CC", "red"]]);
    expect(range.getBackgrounds()).toEqual([["#fff2cc", "#ff0000"]]);
    range.setBackground(null);
    expect(range.getBackground()).toBe("#ffffff");
  });

  it('notes default to "" and are kept per cell', () => {
    const { sheet } = sheetWith();
    const range = sheet.getRange(1, 1, 2, 1);
    expect(range.getNotes()).toEqual([[""], [""]]);
    range.setNotes([["Vérifier"], [""]]);
    expect(range.getNotes()).toEqual([["Vérifier"], [""]]);
    range.clearNote();
    expect(range.getNote()).toBe("");
  });

  it("setBackgrounds throws on a shape mismatch like setValues", () => {
    const { sheet } = sheetWith();
    expect(() => sheet.getRange(1, 1, 2, 1).setBackgrounds([["#000000"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
  });

  it("an untouched cell reports the automatic number format", () => {
    const { sheet } = sheetWith();
    expect(sheet.getRange(1, 1).getNumberFormat()).toBe("0.###############");
    sheet.getRange(1, 1, 1, 2).setNumberFormats([["@", "0%"]]);
    expect(sheet.getRange(1, 1, 1, 2).getNumberFormats()).toEqual([["@", "0%"]]);
  });

  it("font weight, colour, wrap and alignments are recorded", () => {
    const { sheet } = sheetWith();
    const range = sheet.getRange("A1:B1");
    range.setFontWeight("bold").setFontColor("#FFFFFF").setWrap(true).setHorizontalAlignment("center");
    range.setVerticalAlignment("middle");
    expect(range.getFontWeights()).toEqual([["bold", "bold"]]);
    expect([
      range.getFontColor(),
      range.getWrap(),
      range.getHorizontalAlignment(),
      range.getVerticalAlignment(),
    ]).toEqual(["#ffffff", true, "center", "middle"]);
  });

  it("clearContent keeps formats, clearFormat keeps values", () => {
    const { sheet } = sheetWith([["a"]]);
    const range = sheet.getRange(1, 1);
    range.setBackground("#cccccc");
    range.clearContent();
    expect([range.getValue(), range.getBackground()]).toEqual(["", "#cccccc"]);
    range.setValue("b");
    range.clearFormat();
    expect([range.getValue(), range.getBackground()]).toEqual(["b", "#ffffff"]);
  });
});
