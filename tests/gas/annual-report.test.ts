import { generateReport, getReportOptions } from "../../src/gas/main";
import { generatePlan } from "../support/generate-plan";
import { install, installPlan, values } from "./helpers";

const PERIOD = { label: "2021-2022", start: "2021-04-01", end: "2022-03-31" };

describe("Générer le rapport annuel (server side of the dialog)", () => {
  test("offers the plan's fiscal years with the last finished one chosen", () => {
    installPlan(generatePlan(20));
    const options = getReportOptions();
    expect(options.language).toBe("fr");
    expect(options.periods.map((p) => p.label)).toEqual(
      expect.arrayContaining(["2020-2021", "2021-2022", "2022-2023"]),
    );
    expect(options.periods.map((p) => p.label)).toContain(options.defaultPeriod);
  });

  test("creates a new Doc each time and writes the newest link in Paramètres", () => {
    const fake = installPlan(generatePlan(20));
    const first = generateReport({ period: PERIOD, language: "fr" });
    const second = generateReport({ period: PERIOD, language: "fr" });
    expect(fake.docs.documents.size).toBe(2);
    expect(first.url).not.toBe(second.url);
    expect(first.pdfUrl).toBe(first.url.replace(/\/edit$/, "/export?format=pdf"));
    expect(first.name).toBe("Rapport annuel 2021-2022 — Centre communautaire Le Repère");
    expect(JSON.stringify(fake.docs.get(first.url.split("/")[5]))).toContain("Orientation 1");
    const settings = values(fake, "Paramètres");
    expect(settings.filter((row) => row[0] === "Rapport annuel")).toEqual([["Rapport annuel", second.url]]);
  });

  test("refuses a malformed request and a spreadsheet without a plan, in plain words", () => {
    const fake = installPlan(generatePlan(5));
    expect(() =>
      generateReport({ period: { label: "x", start: "demain", end: "" }, language: "fr" }),
    ).toThrow("La demande de rapport n'est pas valide");
    expect(fake.docs.documents.size).toBe(0);
    install();
    expect(() => getReportOptions()).toThrow("lancez d'abord « Structurer le plan »");
  });
});
