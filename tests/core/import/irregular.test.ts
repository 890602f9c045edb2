/**
 * Layouts of real plans the first Structurer misread (issue 13 §2): each fixture is read the way
 * a person reading the whole sheet would, from the plan's numbering as a whole.
 */
import { formatMappingReport } from "../../../src/core/import";
import { actions, objectives, readCsv, structure, unaccountedCells } from "./helpers";

describe("irregular section numbering, « (Réf. : …) » titles and a numbered notes block", () => {
  const sheet = readCsv("tests/fixtures/layouts/sections-irregulieres.csv");
  const result = structure(sheet);

  it("reads the lettered first section as section 1 because « 2. » and « 3. » follow, and says so", () => {
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 Accueil et soutien aux femmes (Réf. : Cadre de référence 2019)",
      "2 Éducation populaire (Réf. : Plan d'action gouvernemental)",
      "3 Vie associative",
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "info", code: "structure.renumberedSection", row: 4 }),
    ]);
    const row4 = result.report.rows.find((r) => r.row === 4);
    expect(row4).toMatchObject({ kind: "orientation", pass: "hierarchy", why: "missingSection" });
  });

  it("keeps the lines under « Notes : » as notes, numbers and dates included", () => {
    const first = objectives(result)[1];
    expect(first.title).toBe("Nouvelles arrivantes");
    expect(first.notes).toBe(
      "1. Les cafés-causeries ont lieu le mardi.\n2. L'accompagnement se fait sur rendez-vous.\n15.03.2023 : bilan présenté au CA.",
    );
    expect(actions(result)).toHaveLength(4);
    expect(objectives(result)).toHaveLength(4);
  });

  it("fills the plan's name, period and organisation from the title lines", () => {
    expect(result.settings).toEqual({
      planName: "PLAN D'ACTION 2023-2024",
      periodStart: "2023-04-01",
      periodEnd: "2024-03-31",
      organisation: "Centre des femmes de la Côte-de-Beaupré",
    });
  });

  it("accounts for every cell", () => {
    expect(result.report.unused).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
  });
});

describe("« Objectif n » restarting in each volet, repeated headings, a heading right on a table", () => {
  const sheet = readCsv("tests/fixtures/layouts/objectifs-par-volet.csv");
  const result = structure(sheet);

  it("merges a heading repeated before each table and keeps objectives of different volets apart", () => {
    const [axe] = result.orientations;
    expect(axe.objectives.map((o) => `${o.code} ${o.group} / ${o.title}`)).toEqual([
      "1.1 jeunesse / Offrir des activités le soir",
      "1.2 familles / Soutenir les parents",
      "1.3 familles / Briser l'isolement",
    ]);
    expect(axe.objectives[0].actions.map((a) => a.title)).toEqual([
      "Ouvrir le local trois soirs par semaine",
      "Organiser une soirée cinéma par mois",
    ]);
  });

  it("reads the line standing on a table's header row as that table's section, not a title", () => {
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 Milieu de vie",
      "2 Financement",
    ]);
    expect(result.orientations[1].objectives.map((o) => o.title)).toEqual(["Diversifier les revenus"]);
    expect(result.report.rows.find((r) => r.row === 19)).toMatchObject({
      kind: "orientation",
      why: "aboveTable",
    });
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(result.report.unused).toEqual([]);
  });
});

describe("a section heading on the first row, right on its table's header", () => {
  it("is the section, not the document's title; a plan's title there is still the title", () => {
    const table = [
      ["Objectif", "Action", "Responsable"],
      ["Recruter", "Tenir un kiosque", "DG"],
    ];
    const section = structure({ name: "Plan", values: [["Vie associative"], ...table] });
    expect(section.orientations.map((o) => o.title)).toEqual(["Vie associative"]);
    expect(section.report.rows[0]).toMatchObject({ kind: "orientation", why: "aboveTable" });
    const titled = structure({ name: "Plan", values: [["Plan d'action 2024-2025"], ...table] });
    expect(titled.report.rows[0]).toMatchObject({ kind: "title" });
    expect(titled.settings.planName).toBe("Plan d'action 2024-2025");
  });
});

describe("« Objectif n : titre » with paragraphs, label lines and one-column lists of actions", () => {
  const sheet = readCsv("tests/fixtures/layouts/objectif-paragraphes.csv");
  const result = structure(sheet);
  const [first, second, third] = objectives(result);

  it("keeps the paragraphs as the objective's description and the labels as its fields", () => {
    expect(first.title).toBe("Renouveler le conseil d'administration");
    expect(first.description).toBe(
      "Le conseil compte trois sièges vacants depuis deux ans. Les membres souhaitent une relève diversifiée.\nPlusieurs administratrices terminent leur mandat en 2025.",
    );
    expect(first.extra).toEqual({
      PROPOSITION: "Créer un comité de mise en candidature",
      "AVANCÉE PAR": "Comité de gouvernance",
    });
    expect(result.orientations[0].extra).toEqual({});
    expect(first.actions).toEqual([]);
  });

  it("reads a one-column list under an objective heading as its actions", () => {
    expect(second.actions.map((a) => a.title)).toEqual([
      "Refaire le site Web",
      "Publier une infolettre mensuelle",
      "Tenir un kiosque à la fête de quartier",
    ]);
    expect(third.actions.map((a) => `${a.code} ${a.title}`)).toEqual([
      "3.1 Offrir deux formations par année",
    ]);
  });

  it("keeps « Objectif 3 » as code 3, unique in the plan", () => {
    expect(objectives(result).map((o) => o.code)).toEqual(["1", "2", "3"]);
    expect(result.report.unused).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
  });
});

describe("a plan's title, organisation, mission, vision and values with no actions", () => {
  const sheet = readCsv("tests/fixtures/layouts/mission-vision.csv");
  const result = structure(sheet);

  it("fills Paramètres with the title lines, the mission, the vision and the values", () => {
    expect(result.settings).toEqual({
      organisation: "Maison de la famille du Haut-Richelieu",
      planName: "Plan d'action 2023-2024",
      periodStart: "2023-04-01",
      periodEnd: "2024-03-31",
      mission: "Accueillir les familles, soutenir les parents et favoriser l'entraide entre elles.",
      vision: "Des familles épanouies dans une communauté solidaire.",
      values: "Respect, solidarité, ouverture.",
    });
    const explained = formatMappingReport(result.report, "fr");
    expect(explained).toContain("début de la période : « 2023-04-01 »");
    expect(explained).toContain("valeurs : « Respect, solidarité, ouverture. »");
    expect(result.orientations).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
  });

  it("reads « Valeurs : … » on one line and a « Nos valeurs » heading over its paragraphs", () => {
    const inline = structure({
      name: "Plan",
      values: [["Mission : Accueillir."], ["Valeurs : Respect, entraide."]],
    });
    expect(inline.settings).toMatchObject({ mission: "Accueillir.", values: "Respect, entraide." });
    const heading = structure({
      name: "Plan",
      values: [["Nos valeurs"], ["Le respect de chaque famille."], ["L'entraide entre les parents."]],
    });
    expect(heading.settings.values).toBe("Le respect de chaque famille.\nL'entraide entre les parents.");
    expect(heading.problems).toEqual([]);
  });
});

describe("bare numbering read against the level headings around it", () => {
  it("reads « 1. », « 2. » under « Orientation n » as its objectives, under « Objectif n » as its actions", () => {
    const sheet = readCsv("tests/fixtures/layouts/numerotation-relative.csv");
    const result = structure(sheet);
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 Une vie associative dynamique",
      "2 Un financement stable",
    ]);
    expect(objectives(result).map((o) => `${o.code} ${o.title}`)).toEqual([
      "1.1 Recruter de nouveaux membres",
      "1.2 Former les bénévoles",
      "2.1 Diversifier les revenus",
      "2.3 Tenir une campagne de dons",
    ]);
    expect(objectives(result)[3].actions.map((a) => `${a.code} ${a.title}`)).toEqual([
      "2.3.1 Produire le matériel de campagne",
      "2.3.2 Solliciter les commerces du quartier",
    ]);
    expect(result.report.rows[1]).toMatchObject({ pass: "hierarchy", why: "numberedUnder" });
    expect(unaccountedCells(sheet, result)).toEqual([]);
  });

  it("reads « 1.0 », « 2.0 » as sections", () => {
    const sheet = readCsv("tests/fixtures/layouts/sections-point-zero.csv");
    const result = structure(sheet);
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 Gouvernance",
      "2 Financement",
    ]);
    expect(objectives(result).map((o) => o.code)).toEqual(["1.1", "2.1"]);
    expect(actions(result).map((a) => a.code)).toEqual(["1.1.1", "2.1.1"]);
  });
});
