import {
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type Problem,
} from "../../../src/core/model";
import { buildReport, type ReportDocument } from "../../../src/core/report";
import { renderReportToDoc } from "../../../src/gas/report";
import { createFakeGas, type DocBlock } from "../../../src/node/gas-fake";
import { sampleOptions, samplePlan } from "../../core/report/sample-plan";
import { hostilePlan } from "../../node/report/hostile-plan";

/** Renders into the team's fake services; `readable: false` points at a spreadsheet Drive refuses. */
function render(report: ReportDocument, { readable = true } = {}) {
  const fake = createFakeGas({ spreadsheet: { id: "ss-1", folder: "Conseil d'administration" } });
  const spreadsheetId = readable ? "ss-1" : "ss-unreadable";
  const result = renderReportToDoc(report, fake.globals, { name: report.documentName, spreadsheetId });
  const doc = fake.documents[0];
  return { fake, result, doc, content: doc.blocks(), parent: fake.drive.items.get(doc.id)?.parentId };
}

const headingsOf = (content: DocBlock[], heading: string) =>
  content.flatMap((entry) => (entry.type === "paragraph" && entry.heading === heading ? [entry.text] : []));

const folderOf = (fake: ReturnType<typeof createFakeGas>, name: string) =>
  [...fake.drive.items.values()].find((item) => item.name === name)?.id;

describe("renderReportToDoc", () => {
  const report = buildReport(samplePlan(), sampleOptions());

  test("creates a named Doc next to the spreadsheet and returns its id and link", () => {
    const { result, doc, fake, parent } = render(report);
    expect(doc.name).toBe("Rapport annuel 2024-2025 — Le Pivot");
    expect(result).toEqual({
      id: doc.id,
      url: `https://docs.google.com/document/d/${doc.id}/edit`,
      movedNextToSpreadsheet: true,
    });
    expect(parent).toBe(folderOf(fake, "Conseil d'administration"));
  });

  test("styles headings so that the outline shows orientations and objectives in order", () => {
    const { content } = render(report);
    expect(headingsOf(content, "TITLE")).toEqual(["Rapport annuel 2024-2025\nLe Pivot"]);
    expect(headingsOf(content, "HEADING2")).toEqual([
      "Avancement par orientation",
      "Faits saillants : actions réalisées pendant la période",
      "Orientation 1 — Contribuer au développement social",
      "Orientation 2 — Établir des modes de communication et de consultation",
      "Orientation 3 — Consolider le financement",
    ]);
    // The grouping label (« Volet ») opens the heading of the first objective of its group.
    expect(headingsOf(content, "HEADING3")).toEqual([
      "Volet : administratif\nObjectif 1.1 — Développer une approche plus inclusive",
      "Objectif 1.2 — Évaluer les modes de communication existants",
      "Volet : Communication\nObjectif 2.1 — Bonifier et appliquer le plan de communication",
    ]);
  });

  test("folding blocks together drops no text: every text of the model is in the Doc, in order", () => {
    const { doc } = render(report);
    const texts = report.blocks.flatMap((block) => {
      if (block.kind === "heading" || block.kind === "paragraph") return [block.text];
      if (block.kind === "fields") return block.items.flatMap((item) => [item.label, item.value]);
      if (block.kind === "table") return [...block.columns, ...block.rows.flat(), ...(block.footer ?? [])];
      return [];
    });
    const docText = doc.text();
    let from = 0;
    for (const text of texts.filter((t) => t !== "")) {
      const at = docText.indexOf(text, from);
      expect({ text, found: at >= 0 }).toEqual({ text, found: true });
      from = at + text.length;
    }
  });

  test("the overall progress is the last row of the summary's table", () => {
    const { content } = render(report);
    const summary = content.find(
      (entry) => entry.type === "table" && entry.rows[0]?.[0] === "Actions au total",
    );
    if (summary?.type !== "table") throw new Error("no summary table");
    expect(summary.rows.at(-1)).toEqual(["Avancement global", `█████░░░░░ 46\u00a0%`]);
  });

  test("writes each table whole, header row first and the total row last", () => {
    const { content, fake } = render(report);
    const tables = report.blocks.filter((block) => block.kind === "table" || block.kind === "fields");
    expect(fake.calls.of("Body.appendTable")).toBe(tables.length);
    const perCell = Object.keys(fake.calls.byMethod()).filter((method) => /^Table(Row|Cell)?\./.test(method));
    expect(perCell).toEqual([]);
    const objectiveTable = content.find(
      (entry) => entry.type === "table" && entry.rows[1]?.[0] === "1.1.1 Former un comité de travail",
    );
    if (objectiveTable?.type !== "table") throw new Error("no table for objective 1.1");
    expect(objectiveTable.rows[0]).toEqual([
      "Action",
      "Responsables",
      "Échéance",
      "Statut",
      "Avancement",
      "Notes",
    ]);
    expect(objectiveTable.rows.at(-1)?.[0]).toBe("Avancement de l'objectif");
  });

  test("a Drive permission error leaves the Doc where it was, without failing the report", () => {
    const { result, doc, fake, parent } = render(report, { readable: false });
    expect(result.movedNextToSpreadsheet).toBe(false);
    expect(parent).toBe(fake.drive.root.id);
    expect(doc.blocks().length).toBeGreaterThan(10);
  });

  test("generating again makes a new Doc", () => {
    const fake = createFakeGas();
    const first = renderReportToDoc(report, fake.globals, { name: report.documentName });
    const second = renderReportToDoc(report, fake.globals, { name: report.documentName });
    expect(second.id).not.toBe(first.id);
    expect(fake.documents).toHaveLength(2);
    expect(fake.documents[1].blocks()).toEqual(fake.documents[0].blocks());
  });

  test("hostile text is written as literal text", () => {
    const hostile = [
      "<img src=x onerror=alert(1)>",
      "Regex $1 $& \\d+ (.*)",
      'Émoji 🎉 « » "',
      "y".repeat(50_000),
    ];
    const plan = emptyPlan({ organisation: hostile[0] });
    plan.orientations = [
      newOrientation({
        code: "1",
        title: hostile[1],
        objectives: [
          newObjective({
            code: "1.1",
            title: hostile[2],
            actions: [newAction({ code: "1", title: hostile[0], notes: hostile[3] })],
          }),
        ],
      }),
    ];
    const { doc, content } = render(buildReport(plan, sampleOptions()));
    const texts = content.flatMap((entry) =>
      entry.type === "paragraph" ? [entry.text] : entry.type === "table" ? entry.rows.flat() : [],
    );
    expect(doc.name).toBe(`Rapport annuel 2024-2025 — ${hostile[0]}`);
    expect(texts).toContain("1 <img src=x onerror=alert(1)>");
    expect(texts).toContain(hostile[3]);
    expect(texts).toContain(`Orientation 1 — ${hostile[1]}`);
    expect(texts).toContain(`Objectif 1.1 — ${hostile[2]}`);
  });
});

describe("call budget: at most 3 round trips per objective section, plus 30", () => {
  const DRIVE = /^(DriveApp|File|Folder|FolderIterator)\./;

  /** The fake counts every method called on every object; the move next to the spreadsheet is Drive's part. */
  function callsFor(plan: Plan, problems: Problem[] = []) {
    const { fake } = render(buildReport(plan, sampleOptions({ problems })));
    const drive = Object.entries(fake.calls.byMethod())
      .filter(([method]) => DRIVE.test(method))
      .reduce((sum, [, count]) => sum + count, 0);
    const total = fake.calls.total();
    return { total, drive, document: total - drive, roundTrips: fake.calls.roundTrips() };
  }

  /** The issue's budget, in round trips (src/node/gas-fake/cost.ts), everything included. */
  const issueBudget = (plan: Plan) => 3 * plan.orientations.flatMap((o) => o.objectives).length + 30;

  /** Raw method calls: 3 per section (orientation or objective), plus 30. */
  const budget = (plan: Plan) =>
    3 * (plan.orientations.length + plan.orientations.flatMap((o) => o.objectives).length) + 30;

  /** Both budgets hold for `plan`. */
  function expectWithinBudgets(plan: Plan): void {
    const calls = callsFor(plan);
    expect(calls.roundTrips).toBeLessThanOrEqual(issueBudget(plan));
    expect(calls.document).toBeLessThanOrEqual(budget(plan));
    expect(calls.total).toBeLessThanOrEqual(budget(plan) + 5);
  }

  test("the Doc is written in one batch: create, the queued changes, then the move", () => {
    // create + one batch of changes + two getFileById, getParents and moveTo for the move.
    expect(callsFor(planWith(1, 1, 1)).roundTrips).toBe(6);
    expect(callsFor(planWith(10, 10, 20)).roundTrips).toBe(6);
  });

  /** Every orientation described, and the grouping label changing at every objective: the worst case. */
  function planWith(orientations: number, objectivesEach: number, actionsEach: number): Plan {
    const plan = samplePlan();
    plan.orientations = Array.from({ length: orientations }, (_, o) =>
      newOrientation({
        code: String(o + 1),
        title: `Orientation ${o + 1}`,
        description: "Une description.",
        objectives: Array.from({ length: objectivesEach }, (_, j) =>
          newObjective({
            code: `${o + 1}.${j + 1}`,
            title: `Objectif ${j + 1}`,
            group: `Volet ${j + 1}`,
            actions: Array.from({ length: actionsEach }, (_, a) =>
              newAction({ code: String(a + 1), title: `Action ${a + 1}`, status: "En cours", progress: 30 }),
            ),
          }),
        ),
      }),
    );
    return plan;
  }

  const problem: Problem = {
    severity: "warning",
    code: "x",
    message: "m",
    sheet: null,
    row: null,
    column: null,
  };

  test("an objective section costs 3 method calls, however many actions it has", () => {
    expect(callsFor(planWith(1, 2, 5)).total - callsFor(planWith(1, 1, 5)).total).toBe(3);
    expect(callsFor(planWith(1, 1, 500)).total).toBe(callsFor(planWith(1, 1, 1)).total);
  });

  test("an orientation section (heading, description) costs 3 method calls", () => {
    expect(callsFor(planWith(2, 1, 3)).total - callsFor(planWith(1, 1, 3)).total).toBe(3 + 3);
  });

  test("the move next to the spreadsheet costs 5 Drive method calls", () => {
    expect(callsFor(planWith(1, 1, 1)).drive).toBe(5);
  });

  test("a Pivot-sized plan (5 orientations, 25 objectives, 100 actions)", () => {
    expectWithinBudgets(planWith(5, 5, 4));
  });

  test("the appendix of validation problems adds its heading, its introduction and its table", () => {
    const plan = planWith(5, 5, 4);
    expect(callsFor(plan, [problem, problem]).total - callsFor(plan).total).toBe(4);
  });

  test("a 2,000-action plan", () => {
    expectWithinBudgets(planWith(10, 10, 20));
  });

  test("orientations without objectives, with or without a description, and no action at all", () => {
    const plan = planWith(4, 0, 0);
    plan.orientations[1].description = null;
    expectWithinBudgets(plan);
    const mixed = planWith(3, 2, 2);
    mixed.orientations.push(newOrientation({ code: "4", title: "Vide", description: "Rien encore." }));
    expectWithinBudgets(mixed);
  });

  test("the hostile content plan", () => {
    expectWithinBudgets(hostilePlan());
  });
});
