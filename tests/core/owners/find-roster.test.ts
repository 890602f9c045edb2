import type { SheetGrid } from "../../../src/core/cells";
import { findRoster } from "../../../src/core/owners/find-roster";

const plan: SheetGrid = {
  name: "Plan",
  values: [
    ["Action", "Responsables", "Échéance"],
    ["Tenir l'AGA", "CA", "juin 2021"],
  ],
};
const find = (sheets: SheetGrid[], options: { name?: string; planSheet?: string } = {}) =>
  findRoster({ sheets, timeZone: "America/Toronto" }, { language: "fr", ...options });

describe("findRoster", () => {
  it("finds the roster by its header words, under a title, and locates entries in the real sheet", () => {
    const people: SheetGrid = {
      name: "Feuil2",
      values: [
        ["Liste à jour au 1er mars", "", ""],
        ["Fonction", "Prénom et nom", "Adresse courriel"],
        ["Directrice", "Nathalie Gagnon", "ng@example.org"],
      ],
    };
    const found = find([plan, people]);
    expect(found?.sheet).toBe("Feuil2");
    expect(found?.roster).toEqual([
      { name: "Nathalie Gagnon", role: "Directrice", email: "ng@example.org", aliases: [] },
    ]);
    const entry = found?.roster[0] as object;
    expect(found?.locate(entry, "email")).toEqual({ sheet: "Feuil2", row: 3, column: "Adresse courriel" });
  });

  it("finds a sheet called « Membres » even with its own headers, and never the plan sheet", () => {
    const members: SheetGrid = { name: "Membres du CA", values: [["Qui"], ["Julie"], ["Marc"]] };
    expect(find([plan, members])?.roster.map((e) => e.name)).toEqual(["Julie", "Marc"]);
    expect(find([plan], { planSheet: "Plan" })).toBeNull();
  });

  it("skips the other canonical sheets and takes the one --roster-sheet names", () => {
    const actions: SheetGrid = {
      name: "Actions",
      values: [
        ["Code", "Responsables", "Titre"],
        ["1.1.1", "CA", "x"],
      ],
    };
    const team: SheetGrid = {
      name: "Équipe",
      values: [
        ["Nom", "Rôle"],
        ["Ana", "Coordonnatrice"],
      ],
    };
    expect(find([actions, team])?.sheet).toBe("Équipe");
    expect(find([actions, team], { name: "equipe" })?.roster[0].role).toBe("Coordonnatrice");
    expect(find([actions, team], { name: "Absente" })).toBeNull();
  });
});
