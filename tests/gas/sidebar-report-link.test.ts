/** The sidebar's « Dernier rapport annuel » link: the newest Doc, and only ever a web address. */
import type { Cell } from "../../src/core/cells";
import { generateReport, getSidebarData } from "../../src/gas/main";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, install, installPlan } from "./helpers";

const PERIOD = { label: "2021-2022", start: "2021-04-01", end: "2022-03-31" };

/** The plan's sheets, with Paramètres' « Rapport annuel » row holding `link` (or no such row). */
function installWithReportCell(link: Cell | null): void {
  const sheets = canonicalInits(generatePlan(5)).map((sheet) => {
    if (sheet.name !== "Paramètres") return sheet;
    const rows = sheet.values.filter((row) => row[0] !== "Rapport annuel");
    return { ...sheet, values: link === null ? rows : [...rows, ["Rapport annuel", link]] };
  });
  install({ spreadsheet: { sheets } });
}

describe("getSidebarData().reportLink", () => {
  test("is the new Doc's address once the report is generated, then the newest one", () => {
    const fake = installPlan(generatePlan(20));
    expect(getSidebarData().reportLink).toBeNull();
    const first = generateReport({ period: PERIOD, language: "fr" });
    expect(first.url).toMatch(/^https:\/\//);
    expect(getSidebarData().reportLink).toBe(first.url);
    const second = generateReport({ period: PERIOD, language: "fr" });
    expect(getSidebarData().reportLink).toBe(second.url);
    expect(fake.docs.documents.size).toBe(2);
  });

  test("is the address written by hand in Paramètres", () => {
    installWithReportCell("https://docs.google.com/document/d/abc/edit");
    expect(getSidebarData().reportLink).toBe("https://docs.google.com/document/d/abc/edit");
  });

  test.each([
    ["a javascript: address", "javascript:alert(1)"],
    ["a data: address", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "/document/d/abc/edit"],
    ["prose", "Voir le rapport de juin"],
    ["a number", 2024],
  ])("is null when the cell holds %s", (_what, cell) => {
    installWithReportCell(cell);
    expect(getSidebarData().reportLink).toBeNull();
  });

  test("is null when Paramètres has no « Rapport annuel » row", () => {
    installWithReportCell(null);
    const data = getSidebarData();
    expect(data.reportLink).toBeNull();
    expect(data.orientations.length).toBeGreaterThan(0);
  });
});
