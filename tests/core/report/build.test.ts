import { emptyPlan, newAction, newObjective, newOrientation, type Problem } from "../../../src/core/model";
import { buildReport } from "../../../src/core/report";
import { allTexts, blockAfter, field, headings, tableAfter } from "./report-helpers";
import { sampleOptions, samplePlan } from "./sample-plan";

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
    expect(report.blocks[2]).toEqual({
      kind: "paragraph",
      role: "lead",
      text: "Période du 1er avril 2024 au 31 mars 2025 · état au 31 mars 2025",
    });
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

  test("an objective's description is printed under its heading, before its table", () => {
    const plan = samplePlan();
    plan.orientations[0].objectives[0].description =
      "Rejoindre les familles que nos activités n'atteignent pas.";
    const described = buildReport(plan, sampleOptions());
    const heading = "Objectif 1.1 — Développer une approche plus inclusive";
    const at = described.blocks.findIndex((block) => block.kind === "heading" && block.text === heading);
    expect(described.blocks[at + 1]).toEqual({
      kind: "paragraph",
      text: "Rejoindre les familles que nos activités n'atteignent pas.",
    });
    expect(described.blocks[at + 2].kind).toBe("table");
    const plain = report.blocks.findIndex((block) => block.kind === "heading" && block.text === heading);
    expect(report.blocks[plain + 1].kind).toBe("table");
  });

  test("counts the actions the period covers: its own, and the open ones carried over", () => {
    // 1.1.1 was done before the period; 1.2.2 is due after it: neither is counted.
    expect(field(report, "Actions au total")).toBe("6");
    expect(field(report, "Réalisée")).toBe("1");
    expect(field(report, "En cours")).toBe("3");
    expect(field(report, "Reportée")).toBe("1");
    expect(field(report, "À venir")).toBe("0");
    expect(field(report, "Annulée")).toBe("1");
    expect(field(report, "Actions réalisées (hors actions annulées)")).toBe(`1 sur 5 (20${NBSP}%)`);
    expect(field(report, "Actions en retard")).toBe("3");
    // The only costed action (1.1.1) was done before the period.
    expect(field(report, "Budget prévu (actions chiffrées)")).toBeUndefined();
    const earlier = buildReport(
      samplePlan(),
      sampleOptions({ period: { label: "2023-2024", start: "2023-04-01", end: "2024-03-31" } }),
    );
    expect(field(earlier, "Budget prévu (actions chiffrées)")).toBe(`12${NBSP}500${NBSP}$`);
  });

  test("the first page holds the key figures, coloured by what they mean", () => {
    const figures = report.blocks.slice(
      0,
      report.blocks.findIndex((b) => b.kind === "pageBreak"),
    );
    const key = figures.find((block) => block.kind === "keyFigures");
    expect(key?.items).toEqual([
      { value: "1", label: "réalisées", tone: "done" },
      { value: "1", label: "en cours", tone: "inProgress" },
      { value: "3", label: "en retard", tone: "late" },
      { value: "0", label: "reportées", tone: "postponed" },
      { value: `20${NBSP}%`, label: "des actions réalisées", tone: "none" },
    ]);
    expect(figures.some((block) => block.kind === "bars")).toBe(true);
  });

  test("progress bars: the period, then each orientation, as action means, Annulée left out", () => {
    const bars = report.blocks.find((block) => block.kind === "bars");
    // (100 + 40 + 10 + 50 + 20) / 5 over the period; orientation 1: (100 + 40 + 10) / 3
    expect(bars?.bars).toEqual([
      { label: "Avancement global", percent: 44, text: `44${NBSP}%` },
      { label: "Orientation 1 — Contribuer au développement social", percent: 50, text: `50${NBSP}%` },
      {
        label: "Orientation 2 — Établir des modes de communication et de consultation",
        percent: 35,
        text: `35${NBSP}%`,
      },
      { label: "Orientation 3 — Consolider le financement", percent: null, text: "—" },
    ]);
  });

  test("each objective has a table of its actions and its progress as the total row", () => {
    const table = tableAfter(report, "Objectif 1.1 — Développer une approche plus inclusive");
    expect(table.columns).toEqual(["Action", "Responsables", "Échéance", "Statut", "Avancement", "Notes"]);
    expect(table.rows).toEqual([
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
        "En cours\nen retard depuis avril 2025",
        `40${NBSP}%`,
        "Manque de bénévoles cet hiver.",
      ],
    ]);
    expect(table.chips).toEqual({ column: 3, tones: ["done", "late"] });
    expect(table.footer).toEqual(["Avancement de l'objectif", "", "", "", `70${NBSP}%`, ""]);
    expect(
      tableAfter(report, "Objectif 1.2 — Évaluer les modes de communication existants").footer?.[4],
    ).toBe(`10${NBSP}%`);
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
    expect(tableAfter(report, "Actions réalisées pendant la période").rows.map((row) => row[0])).toEqual([
      "1.1.2 Faire un plan d'interventions",
    ]);
  });

  test("late actions say since when and how long, judged at the period's end", () => {
    const table = tableAfter(report, "En retard (3)");
    expect(table.columns).toEqual(["Action", "Responsables", "Échéance", "Retard", "Notes"]);
    expect(table.rows.map((row) => [row[0], row[3], row[4]])).toEqual([
      ["1.1.3 Appliquer le plan d'interventions", "1 jour de retard", "Manque de bénévoles cet hiver."],
      [
        "1.2.1 Faire l'inventaire des modes de communication",
        "1 mois de retard",
        "Reporté à l'automne : poste vacant.",
      ],
      ["2.1.2 Lancer des concours sur les réseaux sociaux", "3 mois de retard", ""],
    ]);
    // Generated a year later, the 2024-2025 report still states the plan at 31 March 2025.
    const later = buildReport(samplePlan(), sampleOptions({ today: "2026-06-01" }));
    expect(tableAfter(later, "En retard (3)").rows.map((row) => row[3])).toEqual(
      table.rows.map((row) => row[3]),
    );
  });

  test("during the period, lateness is judged on today and what is not yet due is not late", () => {
    const early = buildReport(samplePlan(), sampleOptions({ today: "2024-10-01" }));
    expect(early.blocks[2]).toMatchObject({
      text: "Période du 1er avril 2024 au 31 mars 2025 · état au 1er octobre 2024",
    });
    expect(headings(early, 2)).not.toContain("En retard (1)");
    expect(field(early, "Actions en retard")).toBe("0");
    expect(tableAfter(early, "Reportées (1)").rows.map((row) => row[0])).toEqual([
      "1.2.1 Faire l'inventaire des modes de communication",
    ]);
  });

  test("an open action due before the period is carried over, and said so", () => {
    const next = buildReport(
      samplePlan(),
      sampleOptions({
        period: { label: "2025-2026", start: "2025-04-01", end: "2026-03-31" },
        today: "2025-06-01",
      }),
    );
    const table = tableAfter(next, "Objectif 1.1 — Développer une approche plus inclusive");
    expect(table.rows.map((row) => [row[0], row[2]])).toEqual([
      ["1.1.3 Appliquer le plan d'interventions", "2024-2025 (reprise)"],
    ]);
    expect(field(next, "dont actions reprises d'une période antérieure")).toBe("3");
  });

  test("the next period lists open actions due during the next fiscal year", () => {
    expect(tableAfter(report, "Prochaine période : 2025-2026").rows).toEqual([
      ["1.2.2 Évaluer les rendements", "Nathalie Gagnon, CA", "Décembre 2025", "À venir"],
    ]);
  });

  test("per owner: one section each, roster order, then other owners, then actions without owner", () => {
    const owners = headings(report, 2).slice(headings(report, 2).indexOf("Nathalie Gagnon"));
    expect(owners).toEqual([
      "Nathalie Gagnon",
      "Olivier Roy",
      "Comité approche inclusive",
      "(Sans responsable)",
    ]);
    expect(tableAfter(report, "Olivier Roy").columns).toEqual(["Action", "Échéance", "Statut", "Avancement"]);
    expect(tableAfter(report, "Olivier Roy").rows.map((row) => row[0])).toEqual([
      "1.2.1 Faire l'inventaire des modes de communication",
      "2.1.2 Lancer des concours sur les réseaux sociaux",
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
    expect(table.footer?.[0]).toBe("Avancement de l'objectif (dont 1 action réalisée non détaillée)");
    expect(table.footer?.[4]).toBe(`70${NBSP}%`);
  });

  test("« Valeurs » stands beside the mission and vision when written, and nowhere when empty", () => {
    const plan = samplePlan();
    plan.settings.values = "Respect, solidarité, ouverture.";
    const report = buildReport(plan, sampleOptions());
    expect(headings(report, 1)[0]).toBe("Mission, vision et valeurs");
    expect(field(report, "Valeurs")).toBe("Respect, solidarité, ouverture.");
    expect(field(report, "Mission")).toBe("Contribuer au développement social de Beauport.");
    plan.settings.values = "  ";
    const blank = buildReport(plan, sampleOptions());
    expect(headings(blank, 1)[0]).toBe("Mission et vision");
    expect(field(blank, "Valeurs")).toBeUndefined();
  });

  test("without owners, no section per owner", () => {
    const report = buildReport(samplePlan(), sampleOptions({ includeOwners: false }));
    expect(headings(report)).not.toContain("Actions par responsable");
  });

  const at = (severity: Problem["severity"], code: string, row: number): Problem => ({
    severity,
    code,
    message: `${code} ${row}`,
    sheet: "Actions",
    row,
    column: null,
  });

  test("the appendix of problems is off unless asked for", () => {
    const report = buildReport(samplePlan(), sampleOptions({ problems: [at("error", "owner.unknown", 4)] }));
    expect(headings(report).some((text) => text.startsWith("Annexe"))).toBe(false);
  });

  test("when asked for: errors first, one line per kind with its count, never one per late action", () => {
    const problems = [
      at("info", "x.info", 2),
      at("warning", "deadline.late", 3),
      at("warning", "deadline.undetermined", 5),
      at("error", "owner.unknown", 9),
      at("warning", "deadline.undetermined", 7),
      at("error", "owner.unknown", 4),
    ];
    const report = buildReport(samplePlan(), sampleOptions({ problems, includeProblems: true }));
    const table = tableAfter(report, "Annexe — Points à corriger dans le plan");
    expect(table.columns).toEqual(["Gravité", "Nombre", "Exemple", "Où"]);
    expect(table.rows).toEqual([
      ["Erreur", "2", "owner.unknown 9", "Actions, lignes 9, 4"],
      ["Avertissement", "2", "deadline.undetermined 5", "Actions, lignes 5, 7"],
      ["Information", "1", "x.info 2", "Actions, ligne 2"],
    ]);
  });

  test("a custom period is named in words, in the title and the file name", () => {
    const period = { label: "2024-04-01 – 2024-09-30", start: "2024-04-01", end: "2024-09-30" };
    const report = buildReport(samplePlan(), sampleOptions({ period }));
    expect(report.title).toBe("Rapport annuel du 1er avril 2024 au 30 septembre 2024");
    expect(report.documentName).toBe("Rapport annuel du 1er avril 2024 au 30 septembre 2024 — Le Pivot");
  });

  test("in English", () => {
    const report = buildReport(samplePlan(), sampleOptions({ language: "en" }));
    expect(report.documentName).toBe("Annual report 2024-2025 — Le Pivot");
    expect(field(report, "Generated on")).toBe("May 15, 2025");
    expect(tableAfter(report, "Late (3)").rows[2][3]).toBe("3 months late");
    expect(
      tableAfter(report, "Orientation 2 — Établir des modes de communication et de consultation").rows[1][3],
    ).toBe("In progress\nlate since January 2025");
    expect(headings(report, 2)).toContain("Orientation 1 — Contribuer au développement social");
  });
});

describe("hostile content", () => {
  const options = sampleOptions();

  test("a plan with nothing in it still makes a report", () => {
    const report = buildReport(emptyPlan(), options);
    expect(report.documentName).toBe("Rapport annuel 2024-2025");
    expect(allTexts(report)).toContain("Aucune action du plan ne relève de cette période.");
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
