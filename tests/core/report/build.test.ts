import { emptyPlan, newAction, newObjective, newOrientation, type Problem } from "../../../src/core/model";
import { buildReport } from "../../../src/core/report";
import { allTexts, blockAfter, field, headings, tableAfter } from "./report-helpers";
import { lateBefore, sampleOptions, samplePlan } from "./sample-plan";

const NBSP = "\u00a0";

describe("the annual report of a sample plan", () => {
  const report = buildReport(samplePlan(), sampleOptions());

  test("is named after the period and the organisation", () => {
    expect(report.title).toBe("Rapport annuel 2024-2025");
    expect(report.documentName).toBe("Rapport annuel 2024-2025 — Le Pivot");
    expect(report.blocks[0]).toEqual({ kind: "heading", level: 0, text: "Rapport annuel 2024-2025" });
  });

  test("the title page holds the plan, both periods and the date of generation", () => {
    expect(field(report, "Plan")).toBe("Planification stratégique 2023-2026");
    expect(field(report, "Période du plan")).toBe("du 1er avril 2023 au 31 mars 2026");
    expect(field(report, "Période couverte")).toBe("2024-2025 (du 1er avril 2024 au 31 mars 2025)");
    expect(field(report, "Produit le")).toBe("15 mai 2025");
    expect(field(report, "Mission")).toBe("Contribuer au développement social de Beauport.");
  });

  test("every orientation and objective appears, in plan order, under the right levels", () => {
    expect(headings(report, 2).filter((text) => text.startsWith("Orientation"))).toEqual([
      "Orientation 1 — Contribuer au développement social",
      "Orientation 2 — Établir des modes de communication et de consultation",
      "Orientation 3 — Consolider le financement",
    ]);
    expect(headings(report, 3)).toEqual([
      "Objectif 1.1 — Développer une approche plus inclusive",
      "Objectif 1.2 — Évaluer les modes de communication existants",
      "Objectif 2.1 — Bonifier et appliquer le plan de communication",
    ]);
    expect(headings(report, 1)).toEqual([
      "Mission et vision",
      "Sommaire",
      "Bilan par orientation",
      "Actions en retard ou reportées",
      "Prochaine période : 2025-2026",
      "Actions par responsable",
    ]);
  });

  test("counts by status, % done (cancelled excluded), late count and budget", () => {
    expect(field(report, "Actions au total")).toBe("8");
    expect(field(report, "Réalisée")).toBe("2");
    expect(field(report, "En cours")).toBe("3");
    expect(field(report, "Reportée")).toBe("1");
    expect(field(report, "À venir")).toBe("1");
    expect(field(report, "Annulée")).toBe("1");
    expect(field(report, "Actions réalisées (hors actions annulées)")).toBe(`2 sur 7 (29${NBSP}%)`);
    expect(field(report, "Actions en retard")).toBe("3");
    expect(field(report, "Budget prévu (actions chiffrées)")).toBe(`12${NBSP}500${NBSP}$`);
  });

  test("overall and per-orientation progress are action means, Réalisée as 100, Annulée left out", () => {
    const overall = report.blocks.find((block) => block.kind === "progress");
    // (100 + 100 + 40 + 10 + 0 + 50 + 20) / 7
    expect(overall).toEqual({
      kind: "progress",
      label: "Avancement global",
      percent: 320 / 7,
      text: `46${NBSP}%`,
    });
    expect(tableAfter(report, "Avancement par orientation").rows).toEqual([
      ["Orientation 1 — Contribuer au développement social", "5", "2", `50${NBSP}%`, "█████░░░░░"],
      [
        "Orientation 2 — Établir des modes de communication et de consultation",
        "3",
        "0",
        `35${NBSP}%`,
        "████░░░░░░",
      ],
      ["Orientation 3 — Consolider le financement", "0", "0", "—", ""],
    ]);
  });

  test("each objective has a table of its actions and its progress as the total row", () => {
    const table = tableAfter(report, "Objectif 1.1 — Développer une approche plus inclusive");
    expect(table.columns).toEqual(["Action", "Responsables", "Échéance", "Statut", "Avancement", "Notes"]);
    expect(table.rows).toEqual([
      ["1.1.1 Former un comité de travail", "Nathalie Gagnon", "Mars 2024", "Réalisée", `100${NBSP}%`, ""],
      [
        "1.1.2 Faire un plan d'interventions",
        "Comité approche inclusive",
        "Automne 2024",
        "Réalisée",
        `100${NBSP}%`,
        "Adopté par le CA en décembre.",
      ],
      [
        "1.1.3 Appliquer le plan d'interventions",
        "Comité approche inclusive",
        "2024-2025",
        "En cours (en retard)",
        `40${NBSP}%`,
        "Manque de bénévoles cet hiver.",
      ],
    ]);
    expect(table.footer).toEqual(["Avancement de l'objectif", "", "", "", `80${NBSP}%`, ""]);
    expect(
      tableAfter(report, "Objectif 1.2 — Évaluer les modes de communication existants").footer?.[4],
    ).toBe(`5${NBSP}%`);
    expect(
      tableAfter(report, "Objectif 2.1 — Bonifier et appliquer le plan de communication").footer?.[4],
    ).toBe(`35${NBSP}%`);
  });

  test("the grouping label is shown once where it changes, and an empty orientation says so", () => {
    const texts = report.blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
    expect(texts.filter((text) => text === "Volet : administratif")).toHaveLength(1);
    expect(texts).toContain("Volet : Communication");
    expect(blockAfter(report, "Orientation 3 — Consolider le financement", "paragraph").text).toBe(
      "Aucun objectif n'est inscrit sous cette orientation.",
    );
  });

  test("highlights are the actions completed in the period", () => {
    // 1.1.1 was due in March 2024, before the period; 1.1.2 was due in the fall of 2024.
    expect(
      tableAfter(report, "Faits saillants : actions réalisées pendant la période").rows.map((row) => row[0]),
    ).toEqual(["1.1.2 Faire un plan d'interventions"]);
  });

  test("late and postponed actions, with their notes, for the given today", () => {
    const table = tableAfter(report, "Actions en retard ou reportées");
    expect(table.rows.map((row) => [row[0], row[3], row[4]])).toEqual([
      ["1.1.3 Appliquer le plan d'interventions", "En cours (en retard)", "Manque de bénévoles cet hiver."],
      [
        "1.2.1 Faire l'inventaire des modes de communication",
        "Reportée (en retard)",
        "Reporté à l'automne : poste vacant.",
      ],
      ["2.1.2 Lancer des concours sur les réseaux sociaux", "En cours (en retard)", ""],
    ]);
  });

  test("an earlier today makes fewer actions late", () => {
    const early = buildReport(
      samplePlan(),
      sampleOptions({ today: "2024-10-01", isLate: lateBefore("2024-10-01") }),
    );
    expect(tableAfter(early, "Actions en retard ou reportées").rows.map((row) => row[0])).toEqual([
      "1.2.1 Faire l'inventaire des modes de communication",
    ]);
    expect(field(early, "Actions en retard")).toBe("0");
  });

  test("the next period lists open actions due during the next fiscal year", () => {
    expect(tableAfter(report, "Prochaine période : 2025-2026").rows).toEqual([
      ["1.2.2 Évaluer les rendements", "Nathalie Gagnon, CA", "Décembre 2025", "À venir"],
    ]);
  });

  test("per owner: roster order, then other owners, then actions without owner", () => {
    const rows = tableAfter(report, "Actions par responsable").rows;
    expect(rows.map((row) => row[0])).toEqual([
      "Nathalie Gagnon",
      "Nathalie Gagnon",
      "Nathalie Gagnon",
      "Olivier Roy",
      "Olivier Roy",
      "CA",
      "Comité approche inclusive",
      "Comité approche inclusive",
      "(Sans responsable)",
    ]);
    expect(rows.map((row) => row[1])).toEqual([
      "1.1.1 Former un comité de travail",
      "1.2.2 Évaluer les rendements",
      "2.1.1 Siéger sur des tables régionales",
      "1.2.1 Faire l'inventaire des modes de communication",
      "2.1.2 Lancer des concours sur les réseaux sociaux",
      "1.2.2 Évaluer les rendements",
      "1.1.2 Faire un plan d'interventions",
      "1.1.3 Appliquer le plan d'interventions",
      "2.1.3 Publier dans les petits journaux",
    ]);
  });

  test("no appendix without problems", () => {
    expect(headings(report).some((text) => text.startsWith("Annexe"))).toBe(false);
  });
});

describe("options", () => {
  test("without completed detail, done actions leave the tables but are counted in the total row", () => {
    const report = buildReport(samplePlan(), sampleOptions({ includeCompletedDetail: false }));
    const table = tableAfter(report, "Objectif 1.1 — Développer une approche plus inclusive");
    expect(table.rows.map((row) => row[0])).toEqual(["1.1.3 Appliquer le plan d'interventions"]);
    expect(table.footer?.[0]).toBe("Avancement de l'objectif (dont 2 actions réalisées non détaillées)");
    expect(table.footer?.[4]).toBe(`80${NBSP}%`);
  });

  test("without owners, no section per owner", () => {
    const report = buildReport(samplePlan(), sampleOptions({ includeOwners: false }));
    expect(headings(report)).not.toContain("Actions par responsable");
  });

  test("problems are listed in an appendix", () => {
    const problem: Problem = {
      severity: "error",
      code: "owner-unknown",
      message: "« Adjoint de projets » n'est pas dans la liste des responsables.",
      sheet: "Plan",
      row: 12,
      column: "Responsables",
    };
    const report = buildReport(samplePlan(), sampleOptions({ problems: [problem] }));
    expect(tableAfter(report, "Annexe — Points à corriger dans le plan").rows).toEqual([
      ["Erreur", "Plan", "12", "Responsables", problem.message],
    ]);
  });

  test("the appendix lists errors first, then warnings, then information, each in the plan's order", () => {
    const at = (severity: Problem["severity"], row: number): Problem => ({
      severity,
      code: "x",
      message: `${severity} ${row}`,
      sheet: "Actions",
      row,
      column: null,
    });
    const problems = [at("info", 2), at("warning", 3), at("error", 9), at("info", 1), at("error", 4)];
    const report = buildReport(samplePlan(), sampleOptions({ problems }));
    const rows = tableAfter(report, "Annexe — Points à corriger dans le plan").rows;
    expect(rows.map((row) => row[4])).toEqual(["error 9", "error 4", "warning 3", "info 2", "info 1"]);
  });

  test("in English", () => {
    const report = buildReport(samplePlan(), sampleOptions({ language: "en" }));
    expect(report.documentName).toBe("Annual report 2024-2025 — Le Pivot");
    expect(field(report, "Generated on")).toBe("May 15, 2025");
    expect(field(report, "Planned budget (costed actions)")).toBe("$12,500");
    expect(tableAfter(report, "Late or postponed actions").rows[0][3]).toBe("In progress (late)");
    expect(headings(report, 2)).toContain("Orientation 1 — Contribuer au développement social");
  });
});

describe("hostile content", () => {
  const options = sampleOptions();

  test("a plan with nothing in it still makes a report", () => {
    const report = buildReport(emptyPlan(), options);
    expect(report.documentName).toBe("Rapport annuel 2024-2025");
    expect(allTexts(report)).toContain("Le plan ne contient encore aucune action.");
    expect(allTexts(report)).toContain("Aucune action n'est en retard ni reportée.");
  });

  test("an objective without actions says so", () => {
    const plan = emptyPlan();
    plan.orientations = [
      newOrientation({ code: "1", title: "A", objectives: [newObjective({ code: "", title: "" })] }),
    ];
    const report = buildReport(plan, options);
    expect(headings(report, 3)).toEqual(["Objectif"]);
    expect(allTexts(report)).toContain("Aucune action n'est inscrite sous cet objectif.");
  });

  test("titles that already name themselves, and codes that are words, read naturally", () => {
    const plan = emptyPlan();
    plan.orientations = [
      newOrientation({
        code: "Axe I",
        title: "Promotion de la région",
        objectives: [
          newObjective({ code: "1", title: "Objectif 1 : Développer une approche plus inclusive" }),
        ],
      }),
    ];
    const report = buildReport(plan, options);
    expect(headings(report, 2)).toContain("Axe I — Promotion de la région");
    expect(headings(report, 3)).toEqual(["Objectif 1 : Développer une approche plus inclusive"]);
  });

  test("user text is kept exactly as written", () => {
    const hostile = [
      `Guillemets « français » "doubles" 'simples'`,
      "Émoji 🎉👩‍👩‍👧 fin",
      "<img src=x onerror=alert(1)>",
      "Regex $1 $& \\d+ (.*) [a-z]{2,} ^$",
      "x".repeat(50_000),
    ];
    const plan = emptyPlan({ organisation: hostile[2] });
    plan.orientations = [
      newOrientation({
        code: "1",
        title: hostile[0],
        objectives: [
          newObjective({
            code: "1.1",
            title: hostile[3],
            actions: hostile.map((text, index) =>
              newAction({ code: String(index), title: text, notes: text }),
            ),
          }),
        ],
      }),
    ];
    const texts = allTexts(buildReport(plan, options));
    for (const text of hostile) expect(texts.some((candidate) => candidate.includes(text))).toBe(true);
    expect(texts).toContain(`Orientation 1 — ${hostile[0]}`);
  });

  test("2,000 actions all appear", () => {
    const plan = emptyPlan();
    plan.orientations = [
      newOrientation({
        code: "1",
        title: "Grande orientation",
        objectives: Array.from({ length: 20 }, (_, o) =>
          newObjective({
            code: `1.${o + 1}`,
            title: `Objectif ${o + 1}`,
            actions: Array.from({ length: 100 }, (_, a) =>
              newAction({
                code: `1.${o + 1}.${a + 1}`,
                title: `Action ${a + 1}`,
                status: "En cours",
                progress: 50,
              }),
            ),
          }),
        ),
      }),
    ];
    const report = buildReport(plan, options);
    const rows = report.blocks.flatMap((block) =>
      block.kind === "table" && block.columns[0] === "Action" && block.footer ? block.rows : [],
    );
    expect(rows).toHaveLength(2000);
    expect(field(report, "Actions au total")).toBe(`2${NBSP}000`);
  });
});
