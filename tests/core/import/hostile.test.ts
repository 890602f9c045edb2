import * as fc from "fast-check";
import type { Cell, SheetGrid } from "../../../src/core/cells";
import { formatMappingReport, structurePlan } from "../../../src/core/import";
import { ActionSchema, ObjectiveSchema, OrientationSchema } from "../../../src/core/model-schema";
import { actions, objectives, structure, unaccountedCells } from "./helpers";

const sheet = (values: Cell[][]): SheetGrid => ({ name: "Feuille 1", values });

/** What every import must hold whatever it is given. */
function expectSound(input: SheetGrid) {
  const result = structure(input);
  expect(result.report.rows.map((row) => row.row)).toEqual(input.values.map((_, i) => i + 1));
  expect(unaccountedCells(input, result)).toEqual([]);
  const codes = [...result.orientations, ...objectives(result), ...actions(result)].map((e) => e.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const o of result.orientations) expect(OrientationSchema.safeParse(o).success).toBe(true);
  for (const o of objectives(result)) expect(ObjectiveSchema.safeParse(o).success).toBe(true);
  for (const a of actions(result)) expect(ActionSchema.safeParse(a).success).toBe(true);
  expect(typeof formatMappingReport(result.report, "fr")).toBe("string");
  return result;
}

describe("hostile sheets", () => {
  it.each([
    ["no rows", []],
    ["one empty row", [[]]],
    [
      "blank cells only",
      [
        ["", "  "],
        ["", ""],
      ],
    ],
  ])("reports an empty sheet (%s) without throwing", (_, values) => {
    const result = expectSound(sheet(values as Cell[][]));
    expect(result.orientations).toEqual([]);
    expect(result.report.layout).toBe("empty");
    expect(result.problems).toEqual([
      expect.objectContaining({ code: "structure.emptySheet", severity: "warning" }),
    ]);
    expect(result.problems[0].message).toContain("« Feuille 1 »");
  });

  it("reports a header without rows as a plan not found, listing its columns", () => {
    const result = expectSound(sheet([["Action", "Responsable", "Échéance", "Commentaire libre"]]));
    expect(result.orientations).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(["structure.noPlan"]);
    expect(result.report.columns.map((c) => [c.column, c.header, c.fields])).toEqual([
      ["A", "Action", []],
      ["B", "Responsable", []],
      ["C", "Échéance", []],
      ["D", "Commentaire libre", []],
    ]);
  });

  it("imports 10,000 rows of a flat table", () => {
    const values: Cell[][] = [["Orientation", "Objectif", "Action", "Responsable", "Échéance"]];
    for (let i = 0; i < 10_000; i++) {
      values.push([
        i % 1000 === 0 ? `Orientation ${i / 1000 + 1} : Axe ${i}` : "",
        i % 100 === 0 ? `Objectif no ${i}` : "",
        `Action ${i}`,
        "DG",
        "2025",
      ]);
    }
    const result = expectSound(sheet(values));
    expect(result.orientations).toHaveLength(10);
    expect(objectives(result)).toHaveLength(100);
    expect(actions(result)).toHaveLength(10_000);
    expect(actions(result)[9_999]).toMatchObject({
      code: "10.10.100",
      title: "Action 9999",
      ownersText: "DG",
    });
  });

  it("reads a single column of headings and reports the lines it cannot place", () => {
    const result = expectSound(
      sheet([
        ["Orientation 1 : Vie associative"],
        ["Objectif 1.1 : Recruter des membres"],
        ["Faire une affiche"],
        [""],
      ]),
    );
    expect(result.orientations[0]).toMatchObject({ code: "1", title: "Vie associative" });
    expect(objectives(result)[0]).toMatchObject({ code: "1.1", title: "Recruter des membres" });
    expect(result.report.unused).toEqual([
      expect.objectContaining({ row: 3, column: "A", text: "Faire une affiche" }),
    ]);
  });

  it("warns about formula errors shown as values, keeping the text where it was", () => {
    const result = expectSound(
      sheet([
        ["Objectif", "Action", "Responsable", "Échéance"],
        ["Communiquer", "Publier l'infolettre", "#REF!", "#N/A"],
      ]),
    );
    expect(actions(result)[0]).toMatchObject({ ownersText: "#REF!", deadline: { text: "#N/A" } });
    expect(result.problems.filter((p) => p.code === "structure.formulaError")).toEqual([
      expect.objectContaining({ row: 2, column: "Responsable", severity: "warning" }),
      expect.objectContaining({ row: 2, column: "Échéance", severity: "warning" }),
    ]);
  });

  it("keeps cells of 50,000 characters whole", () => {
    const long = `${"Mobiliser les partenaires ".repeat(1923)}fin`;
    expect(long.length).toBeGreaterThan(50_000);
    const result = expectSound(
      sheet([[`Orientation 1 : ${long}`], ["Objectif", "Action", "Responsable"], [long, long, long]]),
    );
    expect(result.orientations[0].title).toBe(long);
    expect(objectives(result)[0].title).toBe(long);
    expect(actions(result)[0]).toMatchObject({ title: long, ownersText: long });
  });

  it("reads numbers, booleans and dates in odd places as the text a person sees", () => {
    const march15 = new Date(Date.UTC(2024, 2, 15, 12));
    const late = new Date(Date.UTC(2024, 2, 16, 3)); // still 15 March in Montréal
    const result = expectSound(
      sheet([
        [2024, "Plan d'action"],
        [1, "Vie associative"],
        [1.1, "Recruter"],
        [
          "Action",
          "Responsable",
          "Échéance",
          "Statut",
          "Avancement",
          "Budget",
          "Dernière mise à jour",
          "Fait ?",
        ],
        [march15, 42, late, true, 0.5, 1500, march15, false],
        ["Tenir l'AGA", "CA", "Juin 2024", "Terminée", "75 %", "500,50 $", "15/03/2024", true],
      ]),
    );
    expect(result.orientations[0]).toMatchObject({ code: "1", title: "Vie associative" });
    expect(objectives(result)[0]).toMatchObject({ code: "1.1", title: "Recruter" });
    const [first, second] = actions(result);
    expect(first).toMatchObject({
      title: "2024-03-15",
      ownersText: "42",
      deadline: { text: "2024-03-15" },
      status: null,
      progress: 50,
      budget: 1500,
      lastUpdate: "2024-03-15",
      extra: { Statut: true, "Fait ?": false },
    });
    expect(second).toMatchObject({
      status: "Réalisée",
      progress: 75,
      budget: 500.5,
      lastUpdate: "2024-03-15",
    });
    expect(second.extra).toEqual({ "Fait ?": true });
    expect(result.problems.map((p) => p.code)).toContain("structure.unknownStatus");
  });

  it("never throws on values that are not a grid", () => {
    for (const values of [null, undefined, "texte", [null, "ligne", [undefined, {}, Symbol.for("x")]]]) {
      const result = structurePlan({ name: "X", values } as unknown as SheetGrid, {
        timeZone: "America/Toronto",
        language: "fr",
      });
      expect(result.orientations).toEqual([]);
    }
  });

  it("accounts for every row of any grid (property)", () => {
    const words = [
      "",
      "",
      "Orientation 1",
      "Axe II – Vie associative",
      "Volet : administratif",
      "Objectif 2 : Recruter",
      "1.2 Consolider",
      "1. Promotion",
      "Action",
      "Responsable",
      "Échéance",
      "Statut",
      "2012",
      "X",
      "Notes :",
      "Notes : à suivre",
      "A) Faire B) Refaire",
      "- moyen",
      "PLANIFICATION STRATÉGIQUE",
      "Faire une affiche",
      "En cours",
      "Bloqué",
      "50 %",
      "#REF!",
    ];
    const cell = fc.oneof(
      fc.constantFrom(...words),
      fc.integer({ min: -5, max: 3000 }),
      fc.boolean(),
      fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 }), (values) => {
        expectSound(sheet(values));
      }),
      { numRuns: 300 },
    );
  });
});
