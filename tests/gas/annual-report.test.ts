import { SNAPSHOT_SHEET } from "../../src/core/report";
import { generateReport, getReportOptions } from "../../src/gas/main";
import { generatePlan } from "../support/generate-plan";
import { install, installPlan, rowOf, values } from "./helpers";

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

  test("keeps a snapshot in a hidden sheet and says what changed since the last report", () => {
    const fake = installPlan(generatePlan(20));
    const first = generateReport({ period: PERIOD, language: "fr" });
    const hidden = fake.spreadsheet.sheet(SNAPSHOT_SHEET);
    expect(hidden?.hidden).toBe(true);
    const codes = (hidden?.values() ?? []).slice(1).map((row) => row[0]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => typeof code === "string")).toBe(true);
    expect(JSON.stringify(fake.docs.get(first.url.split("/")[5]))).not.toContain("Depuis le rapport");

    // One action done since, in the Actions sheet.
    const actions = fake.spreadsheet.sheet("Actions");
    const header = (actions?.values()[0] ?? []).map(String);
    const code = String(
      codes.find((c) =>
        values(fake, "Actions").some((row) => row[0] === c && row[header.indexOf("Statut")] !== "Réalisée"),
      ),
    );
    const row = rowOf(fake, "Actions", code);
    if (!actions) throw new Error("no Actions sheet");
    actions.cellForWrite(row, header.indexOf("Statut") + 1).value = "Réalisée";
    const second = generateReport({ period: PERIOD, language: "fr" });
    const doc = JSON.stringify(fake.docs.get(second.url.split("/")[5]));
    expect(doc).toMatch(
      /Depuis le rapport du \d+e?r? \S+ \d{4} : 1 action réalisée, 0 nouvelle, 0 reportée\./,
    );
  });

  test("the link in Paramètres is written as plain text", () => {
    const fake = installPlan(generatePlan(5));
    const report = generateReport({ period: PERIOD, language: "fr" });
    const settings = fake.spreadsheet.sheet("Paramètres");
    const row = values(fake, "Paramètres").findIndex((r) => r[0] === "Rapport annuel") + 1;
    expect(settings?.cell(row, 2)).toMatchObject({ value: report.url, numberFormat: "@" });
  });
});
