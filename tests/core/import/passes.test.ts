/** Each pass of the Structurer alone: classify, infer the hierarchy, settings, vocabulary. */
import type { Cell } from "../../../src/core/cells";
import { classifyRows, couldBeHeader, readRows } from "../../../src/core/import/classify";
import { readFrontMatter } from "../../../src/core/import/front";
import { inferHierarchy } from "../../../src/core/import/hierarchy";
import { parseHeading } from "../../../src/core/import/lines";
import { isPlanTitle, settingsFromTitles, statementOf } from "../../../src/core/import/settings";
import { fieldOfHeader } from "../../../src/core/import/synonyms";
import { actionItems, readDataRow } from "../../../src/core/import/tables";
import { headerWords, headingWords } from "../../../src/core/import/vocabulary";

const classify = (values: Cell[][]) => classifyRows(readRows({ name: "Plan", values }, "UTC"));

describe("classify", () => {
  it("reads each row on its face, with the table it sits in", () => {
    const rows = classify([
      ["Plan d'action 2023-2024"],
      [],
      ["Orientation 2 : Vie associative"],
      ["Action", "Responsable"],
      ["1. Faire un sondage", "DG"],
      ["Notes : à revoir"],
      ["1. Promotion de la région"],
      ["CLIENTÈLES VISÉES : Familles"],
      ["Page 3"],
      ["A. Accueil"],
    ]);
    expect(rows.map((r) => r.kind)).toEqual([
      "text",
      "blank",
      "heading",
      "header",
      "data",
      "note",
      "heading",
      "label",
      "pageHeader",
      "text",
    ]);
    expect(rows[2].heading).toMatchObject({ level: "orientation", code: "2", keyword: true });
    expect(rows[6].heading).toMatchObject({ level: "orientation", code: "1", keyword: false });
    expect(rows[4].table).toBe(rows[3].table);
    expect(rows[9].letter).toEqual({ code: "A", title: "Accueil" });
  });

  it("reads a header repeated above each table once, each table keeping its own columns", () => {
    const rows = classify([
      ["Action", "Responsable"],
      ["Tenir l'AGA", "CA"],
      [],
      ["Action", "Responsable"],
      ["Publier", "DG"],
    ]);
    expect(rows[3].table).not.toBe(rows[0].table);
    expect(rows[3].table?.row).toBe(3);
    expect([...(rows[3].table?.columns.values() ?? [])].map((c) => c.role)).toEqual(["title", "owners"]);
  });

  it("reads « 2.0 Titre » right under a table as the next section when it continues the headings' numbering", () => {
    const rows = classify([
      ["1.0 Renforcer la vie associative"],
      ["1.1 Recruter des bénévoles"],
      ["Actions", "Responsables", "Échéance"],
      ["Créer une affiche", "DG", "Automne 2024"],
      ["2.0 Consolider le financement"],
      ["2.1 Diversifier les sources"],
      ["Actions", "Responsables", "Échéance"],
      ["Déposer une demande", "DG", "2025"],
      ["2.2 Organiser un souper-bénéfice"],
    ]);
    expect(rows.map((r) => r.kind)).toEqual([
      "heading",
      "heading",
      "header",
      "data",
      "heading",
      "heading",
      "header",
      "data",
      "heading",
    ]);
  });

  it("keeps a one-cell row in its table when the table numbers its rows, or the number does not follow", () => {
    const rows = classify([
      ["Orientation 1 : Vie associative"],
      ["Objectif 1.1 : Recruter"],
      ["Action", "Responsable", "Échéance"],
      ["1. Faire un sondage", "DG", "2024"],
      ["2. Tenir un kiosque"],
      ["7.4 Une note numérotée au hasard"],
      ["1.2 Publier", "CA"],
    ]);
    expect(rows.slice(3).map((r) => r.kind)).toEqual(["data", "data", "data", "data"]);
  });

  it("looks for a header only in rows of short texts", () => {
    const cells = (values: Cell[]) => readRows({ name: "P", values: [values] }, "UTC")[0];
    expect(couldBeHeader(cells(["Action", "Responsable", 2024]))).toBe(true);
    expect(couldBeHeader(cells([1, "Former un comité", "DG"]))).toBe(false);
    expect(couldBeHeader(cells(["Action", "x".repeat(81)]))).toBe(false);
    expect(couldBeHeader(cells(["Action"]))).toBe(false);
  });
});

describe("inferHierarchy", () => {
  const roles = (values: Cell[][]) => inferHierarchy(classify(values));

  it("renumbers a section from its objectives' prefix, and names the section 1.1 needs", () => {
    const misnumbered = roles([["3. Gouvernance"], ["2.1 Renouveler le CA"], ["2.2 Former"]]);
    expect(misnumbered.roles.get(0)).toMatchObject({
      level: "orientation",
      code: "2",
      reason: "renumberedFromChildren",
    });
    expect(misnumbered.renumbered).toEqual([{ row: 0, from: "3", to: "2" }]);
    const keyword = roles([["Orientation 3 : Gouvernance"], ["Objectif 2.1 : Renouveler le CA"]]);
    expect(keyword.roles.get(0)).toMatchObject({ code: "2", reason: "renumberedFromChildren" });
    const typo = roles([["2. Vie associative"], ["3. Gouvernance"], ["2.1 Renouveler le CA"]]);
    expect(typo.roles.get(1)).toMatchObject({ code: "3", reason: "numbering" });
    const missing = roles([["Gouvernance"], ["1.1 Renouveler le CA"]]);
    expect(missing.roles.get(0)).toMatchObject({
      level: "orientation",
      code: "1",
      reason: "parentOfChildren",
    });
  });

  it("makes « Objectif A » the group of a table that names its objectives", () => {
    const { roles: found } = roles([
      ["Objectif A : Consolider"],
      ["Objectif spécifique", "Action"],
      ["Recruter", "Tenir un kiosque"],
    ]);
    expect(found.get(0)).toMatchObject({ level: "group", reason: "groupOfObjectives" });
  });

  it("keeps numbered lines under « Notes : » as notes until a section-like heading", () => {
    const { roles: found } = roles([
      ["1. Accueil"],
      ["Action", "Responsable"],
      ["Tenir un café", "DG"],
      ["Notes :"],
      ["1. Le mardi"],
      ["2. Sur rendez-vous"],
      [],
      ["2. Éducation"],
      ["Action", "Responsable"],
    ]);
    expect([found.get(4)?.kind, found.get(5)?.kind]).toEqual(["note", "note"]);
    expect(found.get(7)).toMatchObject({ kind: "heading", level: "orientation", code: "2" });
  });

  it("reads lines under an objective heading as a list, or as its description above a table", () => {
    const list = roles([["Objectif 1 : Recruter"], ["Tenir un kiosque"], ["- Publier un appel"]]);
    expect([list.roles.get(1)?.kind, list.roles.get(2)?.kind]).toEqual(["listItem", "listItem"]);
    const described = roles([["Objectif 1 : Recruter"], ["Tenir un kiosque"], ["Action", "Responsable"]]);
    expect(described.roles.get(1)?.kind).toBe("objectiveText");
  });
});

describe("readDataRow and actionItems", () => {
  const table = (headers: string[], values: Cell[]) => {
    const rows = classify([headers, values]);
    const map = rows[0].table;
    if (!map) throw new Error("no header");
    const untitled = (index: number) => ({ index, header: `Colonne ${index}`, role: "extra" as const });
    return readDataRow(rows[1].cells, map, untitled);
  };

  it("reads the code from a title column of numbers and the title from the description", () => {
    const row = table(["Action", "Description", "Responsable"], ["3", "Former un comité", "DG"]);
    expect(row).toMatchObject({ own: "3", title: "Former un comité", description: "" });
    expect(row.codes.map((e) => e.column.header)).toEqual(["Action"]);
    expect(row.rest.map((e) => e.cell.text)).toEqual(["DG"]);
  });

  it("splits lettered actions, each with its moyens", () => {
    const row = table(
      ["Cible", "Action(s)", "Moyen(s)"],
      ["Familles", "A) Un guide B) Une journée", "A) - imprimer B) - réserver"],
    );
    expect(row.objectives.map((e) => e.cell.text)).toEqual(["Familles"]);
    expect(actionItems(row)).toEqual([
      { code: "A", title: "Un guide", description: "- imprimer", fromDescription: true },
      { code: "B", title: "Une journée", description: "- réserver", fromDescription: true },
    ]);
  });

  it("keeps a cell under no header in an untitled column", () => {
    const row = table(["Action", "Responsable"], ["Tenir l'AGA", "CA", "voir courriel"]);
    expect(row.rest.map((e) => e.column.header)).toEqual(["Responsable", "Colonne 2"]);
  });
});

describe("readFrontMatter", () => {
  it("takes the lines above the plan as its title and the statements with their paragraphs", () => {
    const rows = classify([
      ["Maison des jeunes"],
      ["Plan d'action 2024-2025"],
      ["Mission"],
      ["Accueillir les jeunes."],
      [],
      ["Orientation 1 : Vie associative"],
      ["Mission"],
      ["Ouvrir le local."],
    ]);
    const front = readFrontMatter(rows, inferHierarchy(rows).roles);
    expect([...front.roles.entries()].map(([row, role]) => [row, role.kind])).toEqual([
      [0, "title"],
      [1, "title"],
      [2, "statement"],
      [3, "statement"],
      [6, "statement"],
      [7, "statement"],
    ]);
    expect(front.settings).toMatchObject({
      organisation: "Maison des jeunes",
      planName: "Plan d'action 2024-2025",
      mission: "Accueillir les jeunes.\nOuvrir le local.",
    });
  });
});

describe("settings", () => {
  it("reads the plan's name, period and organisation from title lines", () => {
    expect(settingsFromTitles(["Plan d'action 2024-2025 — Maison des jeunes L'Escale"])).toEqual({
      planName: "Plan d'action 2024-2025",
      organisation: "Maison des jeunes L'Escale",
      periodStart: "2024-04-01",
      periodEnd: "2025-03-31",
    });
    expect(isPlanTitle("PLANIFICATION STRATÉGIQUE 2019-2022")).toBe(true);
    expect(isPlanTitle("Promotion de la région")).toBe(false);
    expect(statementOf("Notre mission : accueillir")).toEqual({ field: "mission", rest: "accueillir" });
    expect(statementOf("Visionner des films")).toBeNull();
    expect(statementOf("Mission éducative auprès des jeunes")).toBeNull();
    expect(statementOf("VALEURS")).toEqual({ field: "values", rest: "" });
  });
});

describe("vocabulary", () => {
  it("gives headings and headers the same shared words, each with its own additions", () => {
    expect(headingWords("orientation")).toEqual(headerWords("orientation"));
    expect(fieldOfHeader("Axe d'intervention")).toBe("orientation");
    expect(parseHeading("Axe d'intervention 2 : Jeunesse", true)).toMatchObject({
      level: "orientation",
      code: "2",
    });
    expect(fieldOfHeader("Objectif général")).toBe("group");
    expect(parseHeading("Objectif 1.B.3 : Former", true)).toEqual({
      level: "objective",
      code: "1.B.3",
      title: "Former",
    });
    expect(parseHeading("Objectif général 1 : Consolider", true)).toMatchObject({ level: "objective" });
  });
});
