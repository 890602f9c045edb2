import { formatMappingReport } from "../../../src/core/import";
import { ActionSchema, ObjectiveSchema, OrientationSchema } from "../../../src/core/model-schema";
import {
  actions,
  findAction,
  lostCells,
  objectives,
  orientationOf,
  readCsv,
  structure,
  unaccountedCells,
} from "./helpers";

describe("samples/pivot-plan.csv", () => {
  const sheet = readCsv("samples/pivot-plan.csv");
  const result = structure(sheet);

  it("gives 5 orientations, 27 objectives and 93 actions", () => {
    expect(result.orientations).toHaveLength(5);
    expect(objectives(result)).toHaveLength(27);
    expect(actions(result)).toHaveLength(93);
    expect(result.report.counts).toEqual({ orientations: 5, objectives: 27, actions: 93 });
  });

  it("takes each orientation's title from the line after « Orientation n », merging repeats", () => {
    expect(result.orientations.map((o) => o.code)).toEqual(["1", "2", "3", "4", "5"]);
    expect(orientationOf(result, "1").title).toBe(
      "Contribuer au développement social par des stratégies d'inclusion, de communication et de participation pour les citoyens de tous les âges, cultures et milieux sociaux.",
    );
    expect(orientationOf(result, "4").title).toBe(
      "Assurer la stabilité financière en poursuivant le développement des modes de financement efficaces.",
    );
    expect(orientationOf(result, "5").title).toBe("Assurer une saine gestion de l'ensemble des opérations.");
    for (const orientation of result.orientations) expect(orientation.description).toBeNull();
    // Orientation 1's title is repeated with « cultures, milieux » instead of « cultures et milieux »: said, not dropped.
    const variants = result.problems.filter((p) => p.code === "structure.titleVariant");
    expect(variants.map((p) => p.row)).toEqual([28, 49]);
  });

  it("keeps each objective's Volet as its group, and objectives of different volets apart", () => {
    for (const objective of objectives(result)) expect(objective.group).not.toBeNull();
    const first = orientationOf(result, "1").objectives;
    expect(first.map((o) => o.group)).toEqual([
      "administratif",
      "administratif",
      "activités",
      "activités",
      "partenariat",
      "partenariat",
    ]);
    expect(first.map((o) => o.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]);
    expect(first[0].title).toBe("Développer une approche plus inclusive");
    const second = orientationOf(result, "2").objectives;
    expect(second.map((o) => o.group)).toEqual([
      ...["Gouvernance", "Gouvernance", "Gouvernance"],
      ...["Communication", "Communication"],
      ...["Administration", "Administration", "Administration"],
    ]);
    // Same « Objectif 2 » title in two volets: two objectives.
    expect(second[1].title).toBe("Mettre en place des mécanismes favorisant le sentiment d'appartenance");
    expect(second[6].title).toBe(second[1].title);
    expect(second[6]).not.toBe(second[1]);
  });

  it("gives every code once, keeping the table's own action numbers (1, 2, 5, 3, 4)", () => {
    const codes = [...result.orientations, ...objectives(result), ...actions(result)].map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    const administration = orientationOf(result, "2").objectives[6];
    expect(administration.actions.map((a) => a.code)).toEqual(["2.7.1", "2.7.2", "2.7.5", "2.7.3", "2.7.4"]);
    expect(administration.actions[2].title).toBe(
      "Réfléchir à une stratégie pour mobiliser les employés contractuels et la mettre en place. (dans le document d'adhésion)",
    );
  });

  it("fills the action title from Description (Action holds numbers), the Responsables and Échéancier as written", () => {
    const first = findAction(result, "Former un comité de travail");
    expect(first).toMatchObject({
      code: "1.1.1",
      description: null,
      ownersText: "Directrice générale",
      owners: [],
      deadline: { text: "Mars 2020", kind: null, start: null, end: null },
      budget: null,
      extra: {},
    });
    expect(findAction(result, "Évaluer les rendements")).toMatchObject({
      ownersText: "DG + CA",
      code: "1.2.5",
    });
    expect(findAction(result, "Participer aux AGA et faire un résumé à l'équipe")).toMatchObject({
      ownersText: "Les intervenantes communautaires",
      deadline: { text: "En continu" },
    });
    expect(findAction(result, "Embaucher du personnel (si nécessaire)").deadline.text).toBe("À évaluer");
    const last = actions(result).at(-1);
    expect(last).toMatchObject({
      code: "5.5.6",
      title:
        "S'assurer du respect de la politique de réservation de locaux par les partenaires et occupants de salles",
      ownersText: "Direction générale",
      deadline: { text: "Décembre 2019" },
    });
    for (const action of actions(result)) {
      expect(action.ownersText).not.toBe("");
      expect(action.deadline.text).not.toBe("");
    }
  });

  it("builds valid model entities", () => {
    for (const orientation of result.orientations)
      expect(OrientationSchema.safeParse(orientation).success).toBe(true);
    for (const objective of objectives(result))
      expect(ObjectiveSchema.safeParse(objective).success).toBe(true);
    for (const action of actions(result)) expect(ActionSchema.safeParse(action).success).toBe(true);
  });

  it("uses every cell: page headers and repeated headings are recognized, nothing is unused or lost", () => {
    expect(result.report.unused).toEqual([]);
    expect(lostCells(sheet, result)).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(result.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const kinds = new Map(result.report.rows.map((row) => [row.row, row.kind]));
    expect(kinds.get(24)).toBe("pageHeader");
    expect(kinds.get(26)).toBe("orientationRepeat");
    expect(kinds.get(9)).toBe("header");
    expect(result.report.rows).toHaveLength(sheet.values.length);
    expect(result.report.layout).toBe("sections");
  });

  it("locates each action field in the board's own sheet", () => {
    const action = findAction(result, "Former un comité de travail");
    expect(result.locate(action, "deadline")).toEqual({ sheet: "Plan", row: 10, column: "Échéancier" });
    expect(result.locate(action, "owners")).toEqual({ sheet: "Plan", row: 10, column: "Responsables" });
    expect(result.locate(action, "title")).toEqual({ sheet: "Plan", row: 10, column: "Description" });
    expect(result.locate(action, "code")).toEqual({ sheet: "Plan", row: 10, column: "Action" });
    const later = findAction(result, "Participer aux AGA et faire un résumé à l'équipe");
    expect(result.locate(later, "owners")).toEqual({ sheet: "Plan", row: 66, column: "Responsable" });
    expect(result.locate(orientationOf(result, "2"), "title")).toEqual({
      sheet: "Plan",
      row: 72,
      column: null,
    });
    expect(result.locate(orientationOf(result, "1").objectives[2], "title").row).toBe(32);
  });

  it("explains every row in the mapping report", () => {
    const text = formatMappingReport(result.report, "fr");
    expect(text).toContain("ligne 10 → action 1.1.1 « Former un comité de travail »");
    expect(text).toContain("ligne 7 → objectif 1.1 « Développer une approche plus inclusive »");
    expect(text).toContain("ligne 24 → en-tête de page répété « PLANIFICATION STRATÉGIQUE »");
    expect(text).toContain("A « Action » → numéro de l'action");
    expect(text).toContain("Résumé : 5 orientation(s), 27 objectif(s), 93 action(s)");
    expect(text).toContain("aucune : tout le contenu de la feuille a trouvé sa place.");
    const english = formatMappingReport(result.report, "en");
    expect(english).toContain('row 10 → action 1.1.1 "Former un comité de travail"');
  });
});

describe("samples/cai-orientations.csv", () => {
  const sheet = readCsv("samples/cai-orientations.csv");
  const result = structure(sheet);

  it("gives 4 orientations and 18 objectives, and no orientation for the title row", () => {
    expect(result.orientations).toHaveLength(4);
    expect(objectives(result)).toHaveLength(18);
    expect(result.orientations.map((o) => o.code)).toEqual(["1", "2", "3", "4"]);
    expect(result.orientations.map((o) => o.objectives.length)).toEqual([6, 5, 4, 3]);
    expect(result.orientations[3].title).toBe("UNE PÉRENNITÉ ET UNE INDÉPENDANCE FINANCIÈRE DE L'ORGANISME");
    expect(result.report.rows[0]).toMatchObject({
      row: 1,
      kind: "title",
      text: "ORIENTATIONS STRATÉGIQUES 2023-2026",
    });
  });

  it("keeps the plan's own objective codes and titles", () => {
    expect(objectives(result).map((o) => o.code)).toEqual([
      ...["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
      ...["2.1", "2.2", "2.3", "2.4", "2.5"],
      ...["3.1", "3.2", "3.3", "3.4"],
      ...["4.1", "4.2", "4.3"],
    ]);
    expect(objectives(result)[0]).toMatchObject({
      title: "Consolider l'offre de services existante au sein du CAI",
      group: null,
    });
    expect(actions(result)).toEqual([]);
    expect(result.report.layout).toBe("outline");
  });

  it("uses every cell", () => {
    expect(result.report.unused).toEqual([]);
    expect(lostCells(sheet, result)).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});
