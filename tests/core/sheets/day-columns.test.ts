import { dayParts } from "../../../src/core/calendar";
import type { Cell } from "../../../src/core/cells";
import { parseDeadline } from "../../../src/core/deadline";
import { actionsTable } from "../../../src/core/sheets/actions-table";
import { dayColumnFixes } from "../../../src/core/sheets/day-columns";
import { zonedInstant } from "../../../src/core/zone";

const ZONE = "America/Toronto";
const CONTEXT = { fiscalStartMonth: 4, periodStart: "2025-04-01", periodEnd: "2030-03-31", timeZone: ZONE };
/** A date cell as Sheets hands it over: midnight of that day in the spreadsheet's zone. */
const day = (iso: string) => zonedInstant({ ...dayParts(iso), hour: 0, minute: 0, second: 0 }, ZONE);

function fixes(rows: Cell[][]) {
  const table = actionsTable([["Code", "Échéance", "Mise à jour", "Fin prévue"], ...rows], ZONE);
  if (!table) throw new Error("no table");
  return dayColumnFixes(table, (cell) => parseDeadline(cell, CONTEXT)).map(({ column, days }) => ({
    column,
    days: Object.fromEntries(days),
  }));
}

describe("dayColumnFixes", () => {
  it("nothing to do when every day is a date cell matching its échéance", () => {
    expect(
      fixes([
        ["1.1.1", "2030-03-15", day("2026-11-30"), day("2030-03-15")],
        ["1.1.2", "", "", ""],
      ]),
    ).toEqual([]);
  });

  it("« Fin prévue »: text, a stale day or a leftover becomes the échéance's end (or empty)", () => {
    expect(
      fixes([
        ["1.1.1", "2030-03-15", "", "2030-03-15"],
        ["1.1.2", "mars 2030", "", day("2030-03-01")],
        ["1.1.3", "bientôt", "", day("2030-03-01")],
        ["1.1.4", "Automne 2030", "", ""],
      ]),
    ).toEqual([{ column: 3, days: { 2: "2030-03-15", 3: "2030-03-31", 4: "", 5: "2030-12-31" } }]);
  });

  it("« Mise à jour »: a day written as text becomes that day; other text is left for Valider to flag", () => {
    expect(
      fixes([
        ["1.1.1", "", "2026-11-30", ""],
        ["1.1.2", "", "30/11/2026", ""],
        ["1.1.3", "", "hier", ""],
        ["1.1.4", "", day("2026-11-30"), ""],
      ]),
    ).toEqual([{ column: 2, days: { 2: "2026-11-30", 3: "2026-11-30" } }]);
  });
});
