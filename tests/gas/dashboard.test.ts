/**
 * « Structurer le plan » writes the « Tableau de bord »: the core's formulas over the Actions sheet,
 * percent formats, and a column chart of the orientation table (the fake's chart model follows
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Cell } from "../../src/core/cells";
import { structure } from "../../src/gas/structure";
import { sheetCharts } from "../../src/node/gas-fake/spreadsheet/chart";
import { install } from "./helpers";

const pivot = () =>
  parse(readFileSync(join(__dirname, "../../samples/pivot-plan.csv"), "utf8"), {
    relax_column_count: true,
  }) as Cell[][];

describe("the « Tableau de bord » sheet", () => {
  it("is written by Structurer with live formulas per orientation and a native chart", () => {
    const fake = install({ spreadsheet: { sheets: [{ name: "Plan", values: pivot() }] } });
    structure();
    const sheet = fake.spreadsheet.sheet("Tableau de bord");
    if (!sheet) throw new Error("no dashboard");
    const snapshot = sheet.snapshot();
    expect(snapshot.values[2].slice(0, 6)).toEqual([
      "Orientation",
      "Actions",
      "Réalisées",
      "En cours",
      "En retard",
      "Avancement",
    ]);
    const formulas = snapshot.formulas ?? [];
    // Five orientations, then the whole plan; every figure a formula, none holding a title.
    expect(formulas.slice(3, 9).every((row) => row.slice(1, 6).every((f) => f.startsWith("=")))).toBe(true);
    expect(formulas[3][1]).toMatch(/^=SUMIF\(\$B\$\d+:\$B\$\d+,\$A4,\$C\$\d+:\$C\$\d+\)$/);
    expect(formulas.flat().join("")).not.toContain("inclusi");
    expect(
      formulas
        .flat()
        .some((f) => /COUNTIFS\('Actions'!\$\w+:\$\w+,\$A\d+,'Actions'!\$\w+:\$\w+,"<"&TODAY\(\)/.test(f)),
    ).toBe(true);
    const [chart] = sheetCharts(sheet);
    expect(chart.type).toBe("COLUMN");
    expect(chart.ranges.map((r) => [r.column, r.row, r.numRows])).toEqual([
      [1, 3, 6],
      [3, 3, 6],
      [4, 3, 6],
      [5, 3, 6],
    ]);
  });

  it("is left alone when Structurer runs again on an unchanged plan", () => {
    const fake = install({ spreadsheet: { sheets: [{ name: "Plan", values: pivot() }] } });
    structure();
    fake.calls.reset();
    structure();
    expect(fake.calls.of("Sheet.insertChart")).toBe(0);
    expect(sheetCharts(fake.spreadsheet.sheet("Tableau de bord") as never)).toHaveLength(1);
  });
});
