/** Layouts met in other boards' sheets: the same rules must hold without being tuned to the fixtures. */
import type { Cell } from "../../../src/core/cells";
import { actions, objectives, structure, unaccountedCells } from "./helpers";

const grid = (rows: Cell[][]) => ({ name: "Plan", values: rows });

describe("layout variants", () => {
  it("reads an English flat table", () => {
    const sheet = grid([
      ["Strategic priority", "Objective", "Action", "Owner", "Due date", "Status", "% complete", "Budget"],
      [
        "1. Governance",
        "1.1 Renew the board",
        "Recruit two directors",
        "Chair",
        "June 2025",
        "In progress",
        "50%",
        "$1,200",
      ],
      ["", "", "Train new directors", "ED", "Fall 2025", "Not started", "", ""],
    ]);
    const result = structure(sheet, "en");
    expect(result.orientations[0]).toMatchObject({ code: "1", title: "Governance" });
    expect(actions(result)[0]).toMatchObject({
      code: "1.1.1",
      ownersText: "Chair",
      status: "En cours",
      progress: 50,
      budget: 1200,
    });
    expect(actions(result)[1]).toMatchObject({ code: "1.1.2", status: "À venir" });
    expect(unaccountedCells(sheet, result)).toEqual([]);
  });

  it("reads a numbered outline without tables (1 → 1.1 → 1.1.1)", () => {
    const sheet = grid([
      ["Orientation 1 : Vie associative"],
      ["1.1 Recruter des membres"],
      ["1.1.1 Tenir un kiosque à la fête de quartier"],
      ["1.1.3 Publier un appel aux membres"],
      ["1.2 Former les bénévoles"],
    ]);
    const result = structure(sheet);
    expect(objectives(result).map((o) => o.code)).toEqual(["1.1", "1.2"]);
    expect(actions(result).map((a) => `${a.code} ${a.title}`)).toEqual([
      "1.1.1 Tenir un kiosque à la fête de quartier",
      "1.1.3 Publier un appel aux membres",
    ]);
  });

  it("keeps a table going across a repeated header with no blank row, and appends continuation rows", () => {
    const sheet = grid([
      ["Orientation 1", ""],
      ["Mobiliser les membres", ""],
      ["Objectif 1 : Recruter", ""],
      ["Action", "Description", "Responsable"],
      ["1", "Faire un kiosque", "DG"],
      ["", "(au marché public, en juin)", ""],
      ["Action", "Description", "Responsable"],
      ["2", "Publier un appel", "Agente de communication"],
    ]);
    const result = structure(sheet);
    // « Objectif 1 », the only objective 1 of the plan, keeps its own code (issue 13).
    expect(objectives(result).map((o) => o.code)).toEqual(["1"]);
    expect(actions(result).map((a) => [a.code, a.title, a.description])).toEqual([
      ["1.1", "Faire un kiosque", "(au marché public, en juin)"],
      ["1.2", "Publier un appel", null],
    ]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
  });

  it("takes section rows inside a flat table as headings", () => {
    const sheet = grid([
      ["Objectif", "Action", "Responsable", "Échéance"],
      ["Orientation 1 : Vie associative", "", "", ""],
      ["Recruter", "Tenir un kiosque", "DG", "Juin 2025"],
      ["Orientation 2 : Financement", "", "", ""],
      ["Diversifier les revenus", "Demander au PSOC", "DG", "Mars 2026"],
    ]);
    const result = structure(sheet);
    expect(result.orientations.map((o) => o.title)).toEqual(["Vie associative", "Financement"]);
    expect(objectives(result).map((o) => o.code)).toEqual(["1.1", "2.1"]);
  });

  it("places actions with no orientation or objective under untitled ones, and says so", () => {
    const sheet = grid([
      ["Action", "Responsable"],
      ["Tenir l'AGA", "CA"],
      ["Produire le rapport annuel", "DG"],
    ]);
    const result = structure(sheet);
    expect(result.orientations).toHaveLength(1);
    expect(result.orientations[0]).toMatchObject({ code: "1", title: "" });
    expect(objectives(result)[0]).toMatchObject({ code: "1.1", title: "" });
    expect(actions(result).map((a) => a.code)).toEqual(["1.1.1", "1.1.2"]);
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      "structure.noObjective",
      "structure.noOrientation",
    ]);
  });

  it("keeps the plan's numbers when unique and fills the gaps after them", () => {
    const sheet = grid([
      ["Objectif", "No", "Action"],
      ["Recruter", "4", "Tenir un kiosque"],
      ["", "", "Publier un appel"],
      ["", "2", "Former l'équipe"],
    ]);
    expect(actions(structure(sheet)).map((a) => a.code)).toEqual(["1.1.4", "1.1.5", "1.1.2"]);
  });

  it("numbers repeated action numbers in order and says so", () => {
    const sheet = grid([
      ["Objectif", "No", "Action"],
      ["Recruter", "1", "Tenir un kiosque"],
      ["", "1", "Publier un appel"],
    ]);
    const result = structure(sheet);
    expect(actions(result).map((a) => a.code)).toEqual(["1.1.1", "1.1.2"]);
    expect(result.problems.map((p) => p.code)).toContain("structure.renumberedActions");
  });

  it("keeps cells under no header as extra fields named after their column", () => {
    const sheet = grid([
      ["Objectif", "Action", "Responsable"],
      ["Recruter", "Tenir un kiosque", "DG", "voir courriel du 3 mars"],
    ]);
    const result = structure(sheet);
    expect(actions(result)[0].extra).toEqual({ "Colonne D": "voir courriel du 3 mars" });
    expect(structure(sheet, "en").orientations[0].objectives[0].actions[0].extra).toEqual({
      "Column D": "voir courriel du 3 mars",
    });
  });
});
