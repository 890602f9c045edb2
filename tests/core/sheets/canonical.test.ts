import type { WorkbookGrid } from "../../../src/core/cells";
import { emptyPlan, newAction, newObjective, newOrientation } from "../../../src/core/model";
import { readCanonicalPlan } from "../../../src/core/sheets/read";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { generatePlan } from "../../support/generate-plan";

const TZ = "America/Toronto";

function roundTrip(workbook: WorkbookGrid) {
  const first = readCanonicalPlan(workbook);
  const written: WorkbookGrid = { sheets: canonicalSheets(first.plan, workbook), timeZone: TZ };
  return { first, second: readCanonicalPlan(written), written };
}

describe("canonical sheets", () => {
  test("read → write → read gives the same plan", () => {
    const plan = generatePlan(60);
    const workbook: WorkbookGrid = { sheets: canonicalSheets(plan, null), timeZone: TZ };
    const { first, second } = roundTrip(workbook);
    expect(first.plan).toEqual(plan);
    expect(second.plan).toEqual(first.plan);
    expect(first.problems).toEqual([]);
  });

  test("writes the French headers and refers to objectives by code and title", () => {
    const plan = generatePlan(3);
    const actions = canonicalSheets(plan, null).find((s) => s.name === "Actions");
    expect(actions?.values[0].slice(0, 7)).toEqual([
      "Code",
      "Objectif",
      "Action",
      "Description",
      "Responsables",
      "Échéance",
      "Statut",
    ]);
    expect(actions?.values[1][1]).toBe(`1.1 — ${plan.orientations[0].objectives[0].title}`);
  });

  test("an objective's description is its own column of Objectifs, read back as written", () => {
    const plan = generatePlan(3);
    const text = "Trois sièges sont vacants.\nLe conseil veut une relève diversifiée.";
    plan.orientations[0].objectives[0].description = text;
    const sheets = canonicalSheets(plan, null);
    const objectifs = sheets.find((sheet) => sheet.name === "Objectifs");
    expect(objectifs?.values[0].slice(0, 4)).toEqual(["Code", "Orientation", "Objectif", "Description"]);
    const read = readCanonicalPlan({ sheets, timeZone: TZ }).plan;
    expect(read.orientations[0].objectives[0].description).toBe(text);
    expect(read.orientations[1].objectives[0].description).toBeNull();
  });

  test("a « Description » column an earlier version kept at the end of Objectifs is read as the description", () => {
    const sheets = canonicalSheets(generatePlan(3), null).map((sheet) => {
      if (sheet.name !== "Objectifs") return sheet;
      const at = sheet.values[0].indexOf("Description");
      const moved = sheet.values.map((row) => [...row.slice(0, at), ...row.slice(at + 1), row[at]]);
      moved[1][moved[1].length - 1] = "Écrite par l'ancienne version.";
      return { ...sheet, values: moved };
    });
    const read = readCanonicalPlan({ sheets, timeZone: TZ }).plan;
    expect(read.orientations[0].objectives[0].description).toBe("Écrite par l'ancienne version.");
    expect(read.orientations[0].objectives[0].extra).toEqual({});
  });

  test("user columns and their values survive a write, in their place", () => {
    const workbook: WorkbookGrid = {
      timeZone: TZ,
      sheets: [
        {
          name: "Orientations",
          values: [
            ["Code", "Orientation"],
            ["1", "Inclusion"],
          ],
        },
        {
          name: "Objectifs",
          values: [
            ["Code", "Objectif", "Orientation"],
            ["1.1", "Approche inclusive", "1"],
          ],
        },
        {
          name: "Actions",
          values: [
            ["Code", "Priorité", "Action", "Objectif", "Échéance", "Commentaire du CA"],
            ["1.1.1", "Haute", "Former un comité", "1.1", "Mars 2020", "Vu le 3 mars"],
            ["1.1.2", "", "Faire un plan", "1.1", "Automne 2020", 42],
          ],
        },
      ],
    };
    const { first, second, written } = roundTrip(workbook);
    expect(first.plan.orientations[0].objectives[0].actions[0].extra).toEqual({
      Priorité: "Haute",
      "Commentaire du CA": "Vu le 3 mars",
    });
    expect(second.plan).toEqual(first.plan);
    const actions = written.sheets.find((s) => s.name === "Actions");
    expect(actions?.values[0].slice(0, 6)).toEqual([
      "Code",
      "Priorité",
      "Action",
      "Objectif",
      "Échéance",
      "Commentaire du CA",
    ]);
    expect(actions?.values[1][1]).toBe("Haute");
    expect(actions?.values[2][5]).toBe(42);
  });

  test("the computed « Fin prévue » column is neither a field nor one of the people's columns", () => {
    const plan = generatePlan(2);
    const [orientations, objectives, actions, ...rest] = canonicalSheets(plan, null);
    const withEnd = actions.values.map((row, r) => [
      ...row,
      r === 0 ? "Fin prévue" : "2030-12-31",
      r === 0 ? "Suivi" : "x",
    ]);
    const { plan: read } = readCanonicalPlan({
      sheets: [orientations, objectives, { ...actions, values: withEnd }, ...rest],
      timeZone: TZ,
    });
    const first = read.orientations[0].objectives[0].actions[0];
    expect(first.extra).toEqual({ Suivi: "x" });
    expect(first.deadline.text).toBe(plan.orientations[0].objectives[0].actions[0].deadline.text);
  });

  test("accepts English and unaccented headers and sheet names", () => {
    const workbook: WorkbookGrid = {
      timeZone: TZ,
      sheets: [
        {
          name: "orientations",
          values: [
            ["CODE", "orientation"],
            ["1", "Inclusion"],
          ],
        },
        {
          name: "Objectives",
          values: [
            ["Code", "Objective", "Orientation"],
            ["1.1", "Approche", "1 — Inclusion"],
          ],
        },
        {
          name: "ACTIONS",
          values: [
            ["Code", "Objective", "Action", "Deadline", "Owners", "Status", "Progress"],
            ["1.1.1", "1.1", "Former", "Mars 2020", "DG", "In progress", "40 %"],
          ],
        },
      ],
    };
    const { plan, problems } = readCanonicalPlan(workbook);
    const action = plan.orientations[0].objectives[0].actions[0];
    expect(problems).toEqual([]);
    expect(action).toMatchObject({
      title: "Former",
      ownersText: "DG",
      status: "En cours",
      progress: 40,
      deadline: { text: "Mars 2020" },
    });
  });

  test("orphans are kept and reported where they are", () => {
    const workbook: WorkbookGrid = {
      timeZone: TZ,
      sheets: [
        {
          name: "Objectifs",
          values: [
            ["Code", "Objectif", "Orientation"],
            ["1.1", "Approche", "9"],
          ],
        },
        {
          name: "Actions",
          values: [
            ["Code", "Objectif", "Action"],
            ["1.1.1", "1.1", "Former"],
            ["2.1.1", "2.1", "Perdue"],
            ["2.1.1", "", "Doublon"],
          ],
        },
      ],
    };
    const { plan, problems } = readCanonicalPlan(workbook);
    expect(problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ["structure.objectiveWithoutOrientation", "Objectifs", 2, "Orientation"],
      ["structure.actionWithoutObjective", "Actions", 3, "Objectif"],
      ["structure.duplicateCode", "Actions", 4, "Code"],
      ["structure.actionWithoutObjective", "Actions", 4, "Objectif"],
    ]);
    const titles = plan.orientations.flatMap((o) =>
      o.objectives.flatMap((b) => b.actions.map((a) => a.title)),
    );
    expect(titles.sort()).toEqual(["Doublon", "Former", "Perdue"]);
  });

  test("typed values: statuses, progress, budget and dates are read, bad ones reported and kept", () => {
    const workbook: WorkbookGrid = {
      timeZone: TZ,
      sheets: [
        {
          name: "Orientations",
          values: [
            ["Code", "Orientation"],
            ["1", "Un"],
          ],
        },
        {
          name: "Objectifs",
          values: [
            ["Code", "Objectif", "Orientation"],
            ["1", "Un", "1"],
          ],
        },
        {
          name: "Actions",
          values: [
            ["Code", "Objectif", "Action", "Statut", "Avancement", "Budget", "Mise à jour"],
            ["1.1", "1", "A", "Fait", 0.4, "12 500 $", new Date("2024-03-15T04:00:00Z")],
            ["1.2", "1", "B", "Peut-être", "beaucoup", "À déterminer", "hier"],
          ],
        },
      ],
    };
    const { plan, problems } = readCanonicalPlan(workbook);
    const [a, b] = plan.orientations[0].objectives[0].actions;
    expect(a).toMatchObject({ status: "Réalisée", progress: 40, budget: 12500, lastUpdate: "2024-03-15" });
    expect(b).toMatchObject({ status: null, progress: null, budget: "À déterminer", lastUpdate: null });
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["status.invalid", 3, "Statut"],
      ["progress.invalid", 3, "Avancement"],
      ["lastUpdate.invalid", 3, "Mise à jour"],
    ]);
    expect(problems[0].message).toContain("« Peut-être »");
  });

  test("settings are read from Paramètres and other rows there are kept on write", () => {
    const workbook: WorkbookGrid = {
      timeZone: TZ,
      sheets: [
        { name: "Objectifs", values: [["Code", "Objectif"]] },
        {
          name: "Paramètres",
          values: [
            ["Paramètre", "Valeur"],
            ["Organisation", "Le Pivot"],
            ["Début de l'exercice (mois)", "juillet"],
            ["Début du plan", new Date("2019-04-01T04:00:00Z")],
            ["Présidence", "Marie Tremblay"],
          ],
        },
      ],
    };
    const { plan } = readCanonicalPlan(workbook);
    expect(plan.settings).toMatchObject({
      organisation: "Le Pivot",
      fiscalStartMonth: 7,
      periodStart: "2019-04-01",
      language: "fr",
    });
    const settings = canonicalSheets(plan, workbook).find((s) => s.name === "Paramètres");
    expect(settings?.values).toContainEqual(["Présidence", "Marie Tremblay"]);
  });

  test("« Valeurs » is written as its own row of Paramètres and read back; an empty one reads as null", () => {
    const plan = emptyPlan({ values: "Respect, solidarité, ouverture." });
    const sheets = canonicalSheets(plan, null);
    expect(sheets.find((s) => s.name === "Paramètres")?.values).toContainEqual([
      "Valeurs",
      "Respect, solidarité, ouverture.",
    ]);
    expect(readCanonicalPlan({ sheets, timeZone: TZ }).plan.settings.values).toBe(
      "Respect, solidarité, ouverture.",
    );
    const none = canonicalSheets(emptyPlan(), null);
    expect(readCanonicalPlan({ sheets: none, timeZone: TZ }).plan.settings.values).toBeNull();
  });

  test("an empty plan writes headers only and reads back empty", () => {
    const sheets = canonicalSheets(emptyPlan(), null);
    expect(sheets.map((s) => s.name)).toEqual([
      "Orientations",
      "Objectifs",
      "Actions",
      "Responsables",
      "Paramètres",
    ]);
    const plan = readCanonicalPlan({ sheets, timeZone: TZ }).plan;
    expect(plan.orientations).toEqual([]);
  });

  test("the location of a field is its sheet row and header", () => {
    const plan = emptyPlan();
    const objective = newObjective({
      code: "1.1",
      title: "Un",
      actions: [newAction({ code: "1.1.1", title: "A" })],
    });
    plan.orientations.push(newOrientation({ code: "1", title: "O", objectives: [objective] }));
    const { plan: read, locate } = readCanonicalPlan({ sheets: canonicalSheets(plan, null), timeZone: TZ });
    const action = read.orientations[0].objectives[0].actions[0];
    expect(locate(action, "deadline")).toEqual({ sheet: "Actions", row: 2, column: "Échéance" });
  });
});
