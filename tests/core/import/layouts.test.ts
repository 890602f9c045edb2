import { detectLayout, formatMappingReport } from "../../../src/core/import";
import { actions, findAction, objectives, readCsv, structure, unaccountedCells } from "./helpers";

describe("a flat table (columns in any order, some missing, blank cells meaning « same as above »)", () => {
  const sheet = readCsv("tests/fixtures/layouts/flat-table.csv");
  const result = structure(sheet);

  it("reads the hierarchy from the Orientation, Volet and Objectif columns with their own numbering", () => {
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 Renforcer la vie démocratique",
      "2 Assurer la pérennité financière",
      "3 Rejoindre les jeunes là où ils sont",
    ]);
    expect(objectives(result).map((o) => `${o.code} ${o.group} / ${o.title}`)).toEqual([
      "1.1 Vie associative / Accroître la participation des membres",
      "1.2 Vie associative / Renouveler le conseil d'administration",
      "2.1 Financement / Diversifier les revenus",
      "3.1 Interventions / Développer le travail de rue",
      "3.2 Interventions / Offrir un milieu de vie sécuritaire",
    ]);
    expect(actions(result).map((a) => a.code)).toEqual([
      ...["1.1.1", "1.1.2", "1.2.1", "1.2.2"],
      ...["2.1.1", "2.1.2", "2.1.3", "3.1.1", "3.1.2", "3.2.1"],
    ]);
    expect(result.report.layout).toBe("flat");
    expect(detectLayout(sheet)).toBe("flat");
  });

  it("maps statuses, percentages, amounts and unknown columns", () => {
    expect(
      findAction(result, "Tenir une assemblée générale annuelle animée et accessible aux jeunes"),
    ).toMatchObject({
      ownersText: "Direction générale",
      deadline: { text: "Juin 2024" },
      status: "Réalisée",
      progress: 100,
      budget: 1500,
      notes: "AGA tenue le 12 juin : 34 membres présents",
      extra: { "Lien vers le dossier": "https://drive.example.org/escale/aga-2024" },
    });
    expect(findAction(result, "Produire un rapport annuel illustré")).toMatchObject({
      status: "Réalisée",
      budget: 800,
    });
    expect(findAction(result, "Offrir une formation sur le rôle des administrateurs")).toMatchObject({
      status: "À venir",
      budget: "À déterminer",
      ownersText: "DG + CA",
    });
    expect(findAction(result, "Déposer une demande de rehaussement au PSOC")).toMatchObject({
      progress: 25,
      deadline: { text: "31/03/2025", kind: null },
    });
    expect(findAction(result, "Organiser un souper-bénéfice")).toMatchObject({
      status: "Reportée",
      budget: 12500,
    });
    expect(findAction(result, "Réviser le code de vie avec les jeunes").status).toBe("Annulée");
  });

  it("keeps an unknown status under its header and says so", () => {
    const action = findAction(result, "Solliciter les caisses Desjardins du territoire");
    expect(action.status).toBeNull();
    expect(action.extra).toEqual({ "Statut (gardé tel quel)": "Bloqué" });
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "structure.unknownStatus",
        row: 10,
        column: "Statut",
      }),
    ]);
    expect(result.problems[0].message).toContain("« Bloqué »");
    expect(result.locate(action, "status")).toEqual({ sheet: "Plan", row: 10, column: "Statut" });
  });

  it("adds a row without action text to the action above", () => {
    const action = findAction(result, "Embaucher un travailleur de rue");
    expect(action.ownersText).toBe("DG\nCoordination");
    expect(action.notes).toBe("Accueil et formation par la coordination");
    expect(action.progress).toBe(100);
    expect(action.budget).toBe(45000);
    expect(result.report.rows.find((r) => r.row === 12)).toMatchObject({
      kind: "continuation",
      targets: [{ level: "action", code: "3.1.1" }],
    });
  });

  it("uses every cell", () => {
    expect(result.report.unused).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(result.report.rows[0]).toMatchObject({ kind: "title" });
  });
});

describe("Axe → Objectif A/B/C → table, with year columns and « Notes : » rows", () => {
  const sheet = readCsv("tests/fixtures/layouts/axe-objectifs.csv");
  const result = structure(sheet);

  it("reads « AXE I – … » as orientations, « Objectif A : … » as the group of the specific objectives", () => {
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 CONCERTATION ET MOBILISATION DU MILIEU",
      "2 ACCÈS À UNE SAINE ALIMENTATION",
    ]);
    expect(objectives(result).map((o) => `${o.code} ${o.title}`)).toEqual([
      "1.1 Augmenter la participation des membres aux rencontres de la Table",
      "1.2 Recruter de nouveaux partenaires",
      "1.3 Sensibiliser les citoyens aux enjeux de l'insécurité alimentaire",
      "2.1 Implanter des marchés de quartier",
      "2.2 Soutenir les cuisines collectives",
    ]);
    expect(objectives(result)[0].group).toBe(
      "A – Consolider la concertation entre les partenaires du milieu",
    );
    expect(objectives(result)[2].group).toBe("B – Mobiliser la population autour de l'autonomie alimentaire");
    expect(objectives(result)[4].group).toBe(
      "C – Améliorer l'accès aux aliments frais dans les quartiers défavorisés",
    );
  });

  it("carries « Objectifs spécifiques » written once down to the following rows", () => {
    expect(objectives(result)[0].actions.map((a) => a.title)).toEqual([
      "Tenir quatre rencontres régulières par année",
      "Produire et diffuser un bilan annuel des travaux",
    ]);
    expect(actions(result)).toHaveLength(8);
  });

  it("fills results, indicators, owners one per line, partners and yearly columns", () => {
    expect(findAction(result, "Tenir quatre rencontres régulières par année")).toMatchObject({
      expectedResult: "Une participation stable d'au moins 15 organismes",
      indicators: "Nombre d'organismes présents à chaque rencontre",
      ownersText: "Coordination\nComité exécutif",
      partners: "CDC des Maskoutains",
      periods: ["2011", "2012", "2013"],
      extra: {},
    });
    expect(findAction(result, "Publier des chroniques dans le journal local").periods).toEqual([
      "2012",
      "2013",
    ]);
    // Second header on two rows: « Échéancier » above the years.
    expect(findAction(result, "Ouvrir un marché saisonnier dans le quartier Christ-Roi")).toMatchObject({
      periods: ["2012", "2013"],
      deadline: { text: "" },
    });
    expect(findAction(result, "Former deux nouvelles animatrices de cuisines collectives").periods).toEqual([
      "2011",
    ]);
  });

  it("attaches each « Notes : » row to the objective it follows, including notes on the next line", () => {
    const [first, second, third, , fifth] = objectives(result);
    expect(first.notes).toBeNull();
    expect(second.notes).toBe("Le comité exécutif révisera ces cibles à la mi-parcours.");
    expect(third.notes).toBe("Les chroniques dépendent de l'espace offert gratuitement par le journal.");
    expect(fifth.notes).toBe("Le financement du marché doit être confirmé par Québec en forme.");
  });

  it("recognizes page furniture and reports the one stray line with its position", () => {
    const kinds = new Map(result.report.rows.map((r) => [r.row, r.kind]));
    expect([kinds.get(1), kinds.get(2), kinds.get(13), kinds.get(33)]).toEqual([
      "title",
      "title",
      "pageHeader",
      "pageHeader",
    ]);
    expect(result.report.unused).toEqual([
      {
        sheet: "Plan",
        row: 21,
        column: "A",
        columnIndex: 1,
        text: "Adopté par le conseil d'administration le 12 avril 2011",
        reason: "unrecognized",
      },
    ]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(formatMappingReport(result.report, "fr")).toContain(
      "A21 « Adopté par le conseil d'administration le 12 avril 2011 » (ligne non reconnue : ni titre, ni tableau)",
    );
    expect(result.problems.map((p) => p.code)).toEqual(["structure.unusedCell"]);
  });
});

describe("numbered sections with OBJECTIF / CLIENTÈLES VISÉES lines and Cible | Action(s) | Moyen(s) tables", () => {
  const sheet = readCsv("tests/fixtures/layouts/sections-numerotees.csv");
  const result = structure(sheet);

  it("reads « 1. Promotion de la région » as orientations, OBJECTIF as the group, Cible as objectives", () => {
    expect(result.orientations.map((o) => `${o.code} ${o.title}`)).toEqual([
      "1 Promotion de la région",
      "2 Vie communautaire et concertation",
      "3 Sécurité alimentaire",
    ]);
    expect(objectives(result).map((o) => `${o.code} ${o.title}`)).toEqual([
      "1.1 Familles",
      "1.2 Personnes immigrantes",
      "2.1 Organismes membres",
      "2.2 Partenaires publics",
      "3.1 Ménages à faible revenu",
    ]);
    expect(objectives(result)[1].group).toBe(
      "Faire connaître la Haute-Côte-Nord comme milieu de vie accueillant pour les familles et les nouveaux arrivants",
    );
    expect(result.orientations[0].extra).toEqual({
      "CLIENTÈLES VISÉES": "Familles, jeunes travailleurs, personnes immigrantes",
    });
  });

  it("splits « A) … B) … » cells into actions sharing the row, with their own moyens", () => {
    const familles = objectives(result)[0].actions;
    expect(familles.map((a) => `${a.code} ${a.title}`)).toEqual([
      "1.1.A Produire un guide d'accueil des nouveaux arrivants",
      "1.1.B Organiser une journée portes ouvertes des organismes",
      "1.1.C Créer une page Facebook « Vivre en Haute-Côte-Nord »",
    ]);
    expect(familles[0].description).toBe(
      "- Recenser les services offerts par les organismes\n- Imprimer 500 exemplaires",
    );
    expect(familles[1].description).toBe("- Réserver le centre communautaire\n- Inviter les médias locaux");
    const immigrants = objectives(result)[1].actions;
    expect(immigrants.map((a) => a.title)).toEqual([
      "Offrir un jumelage avec des familles d'ici",
      "Tenir des cafés-rencontres mensuels",
    ]);
    for (const action of immigrants)
      expect(action.description).toBe("- Collaborer avec le Carrefour jeunesse-emploi");
  });

  it("moves « - » lines written under an action into its description", () => {
    const action = findAction(result, "Tenir six rencontres de concertation par année");
    expect(action.description).toBe(
      "- Rotation des lieux entre Forestville et Les Escoumins\n- Sondage annuel auprès des membres",
    );
    expect(actions(result)).toHaveLength(11);
  });

  it("uses every cell", () => {
    expect(result.report.unused).toEqual([]);
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.report.layout).toBe("sections");
  });
});
