/** Readers of one canonical sheet, given as it was read (any name): no partial workbook to build. */
import { readObjectivesSheet, readRosterSheet, readSettingsSheet } from "../../../src/core/sheets/read";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { generatePlan } from "../../support/generate-plan";

const TZ = "America/Toronto";
const plan = generatePlan(20);
const sheets = canonicalSheets(plan, null);
const sheet = (name: string) => {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe("readers per sheet", () => {
  it("settings: the plan's settings, with defaults when the sheet is absent", () => {
    expect(readSettingsSheet(sheet("Paramètres"), TZ).settings).toEqual(plan.settings);
    expect(readSettingsSheet(undefined, TZ).settings.fiscalStartMonth).toBe(4);
    const broken = {
      name: "Config",
      values: [
        ["Paramètre", "Valeur"],
        ["Début du plan", "bientôt"],
      ],
    };
    const { problems } = readSettingsSheet(broken, TZ);
    expect(problems).toEqual([
      expect.objectContaining({ code: "settings.invalid", sheet: "Config", row: 2 }),
    ]);
  });

  it("roster: every entry, located in the sheet under whatever name it has", () => {
    const roster = { ...sheet("Responsables"), name: "Équipe" };
    const { roster: entries, locate } = readRosterSheet(roster, TZ);
    expect(entries).toEqual(plan.roster);
    expect(locate(entries[1], "name")).toEqual({ sheet: "Équipe", row: 3, column: "Nom" });
  });

  it("objectives: every objective in sheet order, without the Orientations sheet", () => {
    const objectives = readObjectivesSheet(sheet("Objectifs"), TZ);
    expect(objectives.map((o) => o.code)).toEqual(
      plan.orientations.flatMap((o) => o.objectives.map((objective) => objective.code)),
    );
    expect(objectives[0].title).toBe(plan.orientations[0].objectives[0].title);
  });
});
