/**
 * Sheets holds at most 50,000 characters in one cell, and refuses a longer input with « Your input
 * contains more than the maximum of 50000 characters in a single cell. ». Google's Apps Script
 * reference does not document the limit; the message is Google's own, as reported in
 * https://integrately.com/integrations/google-sheets/error and caught by Apps Script code in
 * https://www.volcengine.com/article/2109246 (`error.message.includes(...)` after `setValue`).
 * Where Google is silent (UTF-16 units or code points; formulas), the fake is the stricter: it
 * counts UTF-16 units, and a formula is held to the same limit.
 */
import { createFakeGas } from "../../../src/node/gas-fake";

const REFUSED = "Your input contains more than the maximum of 50000 characters in a single cell.";

function sheet() {
  const fake = createFakeGas({ spreadsheet: { sheets: [{ name: "Actions", values: [["a", "b"]] }] } });
  const found = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Actions");
  if (!found) throw new Error("no sheet");
  return found;
}

test("a cell of exactly 50,000 characters is held", () => {
  const s = sheet();
  s.getRange(1, 1).setValue("x".repeat(50_000));
  expect(s.getRange(1, 1).getValue()).toBe("x".repeat(50_000));
});

test("setValue, setValues and setFormula of 50,001 characters are refused, and nothing is written", () => {
  const s = sheet();
  const long = "x".repeat(50_001);
  expect(() => s.getRange(1, 1).setValue(long)).toThrow(REFUSED);
  expect(() => s.getRange(1, 1, 1, 2).setValues([["short", long]])).toThrow(REFUSED);
  expect(() => s.getRange(1, 1).setFormula(`="${"y".repeat(50_000)}"`)).toThrow(REFUSED);
  expect(s.getRange(1, 1, 1, 2).getValues()).toEqual([["a", "b"]]);
});

test("the limit counts UTF-16 units: 25,001 emoji are refused", () => {
  const s = sheet();
  expect(() => s.getRange(1, 1).setValue("😀".repeat(25_001))).toThrow(REFUSED);
  s.getRange(1, 1).setValue("😀".repeat(25_000));
  expect(s.getRange(1, 1).getValue()).toHaveLength(50_000);
});
