import type { SheetGrid } from "../../../src/core/cells";
import { fieldOfHeader, isPeriodHeader, pickPlanSheet } from "../../../src/core/import";
import { isBareCode, normalizeCode, romanToNumber, splitLeadingCode } from "../../../src/core/import/codes";
import { distribute, splitItems, splitMoyens } from "../../../src/core/import/items";
import { isPageMarker, parseHeading, parseLabelLine } from "../../../src/core/import/lines";
import { readCsv } from "./helpers";

describe("header synonyms", () => {
  it.each([
    ["Porteur(s)", "owners"],
    ["Responsables", "owners"],
    ["Responsable du suivi", "owners"],
    ["Owner", "owners"],
    ["Échéancier", "deadline"],
    ["Échéance prévue", "deadline"],
    ["Date cible", "deadline"],
    ["Deadline", "deadline"],
    ["ÉCHÉANCE", "deadline"],
    ["Résultats visés", "expectedResult"],
    ["Résultat attendu", "expectedResult"],
    ["Indices de mesures des résultats", "indicators"],
    ["Indicateurs", "indicators"],
    ["Moyen(s)", "description"],
    ["Description", "description"],
    ["#", "code"],
    ["No", "code"],
    ["N°", "code"],
    ["Orientation", "orientation"],
    ["Orientations stratégiques", "orientation"],
    ["Axe", "orientation"],
    ["Enjeu", "orientation"],
    ["Objectif", "objective"],
    ["Objectifs spécifiques", "objective"],
    ["Cible", "objective"],
    ["Volet", "group"],
    ["Objectif général", "group"],
    ["Statut", "status"],
    ["État", "status"],
    ["Avancement", "progress"],
    ["Avancement (%)", "progress"],
    ["%", "progress"],
    ["Budget ($)", "budget"],
    ["Budget 2024-2025", "budget"],
    ["Coût estimé", "budget"],
    ["Partenaires et ressources", "partners"],
    ["Notes", "notes"],
    ["Commentaires", "notes"],
    ["Action(s)", "title"],
    ["Actions", "title"],
    ["Les actions", "title"],
    ["Activités", "title"],
    ["Dernière mise à jour", "lastUpdate"],
  ])("« %s » → %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each([
    "Orientation 2",
    "Objectif A",
    "Objectif no 3",
    "Action 1",
    "Lien Drive",
    "Volet : administratif",
    "",
  ])("« %s » is not a header", (text) => {
    expect(fieldOfHeader(text)).toBeNull();
  });

  it("recognizes year columns", () => {
    expect(["2011", "2012-2013", "2012 2013", "An 2", "Année 3"].map(isPeriodHeader)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["Mars 2020", "12", "Budget"].map(isPeriodHeader)).toEqual([false, false, false]);
  });
});

describe("heading lines", () => {
  it.each([
    ["Orientation 2", "orientation", "2", ""],
    ["ORIENTATION STRATÉGIQUE 3", "orientation", "3", ""],
    ["Axe II – Vie associative", "orientation", "2", "Vie associative"],
    ["Enjeu 1 : Le financement", "orientation", "1", "Le financement"],
    ["Priorité stratégique 4 - Jeunesse", "orientation", "4", "Jeunesse"],
    ["1. Promotion de la région", "orientation", "1", "Promotion de la région"],
    ["III. Gouvernance", "orientation", "3", "Gouvernance"],
    ["Volet : administratif", "group", null, "administratif"],
    ["Volet partenariat", "group", null, "partenariat"],
    ["Objectif A : Consolider la concertation", "objective", "A", "Consolider la concertation"],
    ["Objectif 3 : Évaluer", "objective", "3", "Évaluer"],
    ["Objectif 1 Renforcer le niveau d'adhésion", "objective", "1", "Renforcer le niveau d'adhésion"],
    ["OBJECTIF : Faire connaître la région", "objective", null, "Faire connaître la région"],
    ["1.2 Consolider l'offre", "objective", "1.2", "Consolider l'offre"],
    ["1.2.3 Former le comité", "action", "1.2.3", "Former le comité"],
  ])("« %s » → %s %s « %s »", (text, level, code, title) => {
    expect(parseHeading(text, true)).toEqual({ level, code, title });
  });

  it.each([
    "ORIENTATIONS STRATÉGIQUES 2023-2026",
    "Orientation stratégique 2023-2026",
    "PLANIFICATION STRATÉGIQUE",
    "Objectifs spécifiques",
    "Orientation",
    "Objectif Renforcer sans numéro ni deux-points",
    "2 fois par année",
  ])("« %s » is not a heading", (text) => {
    expect(parseHeading(text, true)).toBeNull();
  });

  it("reads bare numbering only outside tables", () => {
    expect(parseHeading("1. Faire un sondage", false)).toBeNull();
    expect(parseHeading("Objectif 2 : Évaluer", false)).toMatchObject({ level: "objective", code: "2" });
  });

  it("reads labels and page markers", () => {
    expect(parseLabelLine("Notes : Le comité révisera")).toEqual({
      label: "Notes",
      value: "Le comité révisera",
    });
    expect(parseLabelLine("CLIENTÈLES VISÉES : Familles, aînés")).toEqual({
      label: "CLIENTÈLES VISÉES",
      value: "Familles, aînés",
    });
    expect(parseLabelLine("Adopté le 12 avril 2011 : oui")).toBeNull();
    expect(["Page 3", "page 2 de 5", "3 / 12", "PLAN D'ACTION (suite)"].every(isPageMarker)).toBe(true);
    expect(isPageMarker("Pages couvertures du rapport")).toBe(false);
  });
});

describe("codes", () => {
  it("parses the plan's own numbering", () => {
    expect(romanToNumber("XIV")).toBe(14);
    expect(romanToNumber("IIII")).toBeNull();
    expect(normalizeCode("II", true)).toBe("2");
    expect(normalizeCode("II")).toBe("II");
    expect(normalizeCode("01.02.")).toBe("1.2");
    expect(normalizeCode("b)")).toBe("B");
    expect(["3", "3.", "1.2.3", "B)", "4a"].every(isBareCode)).toBe(true);
    expect(isBareCode("3 commanditaires")).toBe(false);
    expect(splitLeadingCode("3. Faire X")).toEqual({ code: "3", rest: "Faire X" });
    expect(splitLeadingCode("1.2.3 – Faire X")).toEqual({ code: "1.2.3", rest: "Faire X" });
    expect(splitLeadingCode("2 – Former les bénévoles")).toEqual({ code: "2", rest: "Former les bénévoles" });
    expect(splitLeadingCode("2 fois par année")).toBeNull();
    expect(splitLeadingCode("2-3 rencontres par année")).toBeNull();
  });
});

describe("lettered items and moyens", () => {
  it("splits « A) … B) … » on one line or several", () => {
    expect(splitItems("A) Produire un guide B) Organiser une journée")).toEqual([
      { marker: "A", text: "Produire un guide" },
      { marker: "B", text: "Organiser une journée" },
    ]);
    expect(splitItems("a) un\nb) deux\nc) trois").map((i) => i.marker)).toEqual(["A", "B", "C"]);
    expect(splitItems("1) Recruter 2) Former")).toHaveLength(2);
    expect(splitItems("C) Créer une page")).toEqual([{ marker: "C", text: "Créer une page" }]);
  });

  it("leaves ordinary text whole", () => {
    expect(splitItems("Porteur(s) du dossier a) rien")).toEqual([
      { marker: null, text: "Porteur(s) du dossier a) rien" },
    ]);
    expect(splitItems("A) Produire puis C) sauter")).toEqual([
      { marker: "A", text: "Produire puis C) sauter" },
    ]);
  });

  it("moves « - » lines to the moyens and shares or distributes a Moyen(s) cell", () => {
    expect(splitMoyens("Tenir six rencontres\n- Rotation des lieux\n- Procès-verbaux")).toEqual({
      title: "Tenir six rencontres",
      moyens: "- Rotation des lieux\n- Procès-verbaux",
    });
    expect(splitMoyens("- un seul tiret au début")).toEqual({
      title: "- un seul tiret au début",
      moyens: null,
    });
    const items = splitItems("A) Un B) Deux");
    expect(distribute("A) - moyen un B) - moyen deux", items)).toEqual(["- moyen un", "- moyen deux"]);
    expect(distribute("- pour les deux", items)).toEqual(["- pour les deux", "- pour les deux"]);
  });
});

describe("pickPlanSheet", () => {
  it("picks the sheet that holds the plan, or null", () => {
    const plan = readCsv("samples/pivot-plan.csv", "Plan 2019-2022");
    const roster = readCsv("samples/pivot-roster.csv", "Responsables");
    const notes: SheetGrid = { name: "Notes", values: [["Rencontre du CA"], ["Ordre du jour"]] };
    expect(pickPlanSheet([notes, roster, plan])?.name).toBe("Plan 2019-2022");
    expect(pickPlanSheet([notes, { name: "Vide", values: [] }])).toBeNull();
    const statements = readCsv("tests/fixtures/layouts/mission-vision.csv", "Mission");
    expect(pickPlanSheet([notes, statements])?.name).toBe("Mission");
    expect(pickPlanSheet([statements, plan])?.name).toBe("Plan 2019-2022");
    expect(pickPlanSheet([])).toBeNull();
  });
});
