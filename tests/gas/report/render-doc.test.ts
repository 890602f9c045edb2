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
import { sampleOptions, samplePlan } from "../../core/report/sample-plan";
import { type Recorded, recordingServices } from "./recording-docs";

function render(report: ReportDocument, spreadsheetFolder?: string) {
  const standIn = recordingServices({ spreadsheetFolder });
  const result = renderReportToDoc(report, standIn.services, {
    name: report.documentName,
    spreadsheetId: "ss-1",
  });
  return { ...standIn, result, doc: standIn.docs[0] };
}

const headingsOf = (content: Recorded[], heading: string) =>
  content.flatMap((entry) => (entry.type === "paragraph" && entry.heading === heading ? [entry.text] : []));

describe("renderReportToDoc", () => {
  const report = buildReport(samplePlan(), sampleOptions());

  test("creates a named Doc, saves it and returns its id and link", () => {
    const { result, doc } = render(report, "folder-1");
    expect(doc.name).toBe("Rapport annuel 2024-2025 — Le Pivot");
    expect(doc.closed).toBe(true);
    expect(result).toEqual({
      id: doc.id,
      url: `https://docs.google.com/document/d/${doc.id}/edit`,
      movedNextToSpreadsheet: true,
    });
    expect(doc.parent).toBe("folder-1");
  });

  test("styles headings so that the outline shows orientations and objectives in order", () => {
    const { doc } = render(report);
    expect(headingsOf(doc.content, "TITLE")).toEqual(["Rapport annuel 2024-2025"]);
    expect(headingsOf(doc.content, "HEADING2")).toEqual([
      "Avancement par orientation",
      "Faits saillants : actions réalisées pendant la période",
      "Orientation 1 — Contribuer au développement social",
      "Orientation 2 — Établir des modes de communication et de consultation",
      "Orientation 3 — Consolider le financement",
    ]);
    expect(headingsOf(doc.content, "HEADING3")).toEqual([
      "Objectif 1.1 — Développer une approche plus inclusive",
      "Objectif 1.2 — Évaluer les modes de communication existants",
      "Objectif 2.1 — Bonifier et appliquer le plan de communication",
    ]);
  });

  test("writes each table whole, header row first and the total row last", () => {
    const { doc, calls } = render(report);
    const tables = report.blocks.filter((block) => block.kind === "table" || block.kind === "fields");
    expect(calls.filter((name) => name === "Body.appendTable")).toHaveLength(tables.length);
    const objectiveTable = doc.content.find(
      (entry) => entry.type === "table" && entry.cells[1]?.[0] === "1.1.1 Former un comité de travail",
    );
    expect(objectiveTable).toMatchObject({ type: "table" });
    if (objectiveTable?.type !== "table") return;
    expect(objectiveTable.cells[0]).toEqual([
      "Action",
      "Responsables",
      "Échéance",
      "Statut",
      "Avancement",
      "Notes",
    ]);
    expect(objectiveTable.cells.at(-1)?.[0]).toBe("Avancement de l'objectif");
  });

  test("a Drive permission error leaves the Doc where it was, without failing the report", () => {
    const { result, doc } = render(report, undefined);
    expect(result.movedNextToSpreadsheet).toBe(false);
    expect(doc.parent).toBe("root");
    expect(doc.closed).toBe(true);
  });

  test("generating again makes a new Doc", () => {
    const standIn = recordingServices({ spreadsheetFolder: "folder-1" });
    const first = renderReportToDoc(report, standIn.services, { name: report.documentName });
    const second = renderReportToDoc(report, standIn.services, { name: report.documentName });
    expect(second.id).not.toBe(first.id);
    expect(standIn.docs).toHaveLength(2);
    expect(standIn.docs[1].content).toEqual(standIn.docs[0].content);
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
    const { doc } = render(buildReport(plan, sampleOptions()));
    const texts = doc.content.flatMap((entry) =>
      entry.type === "paragraph" ? [entry.text] : entry.type === "table" ? entry.cells.flat() : [],
    );
    expect(doc.name).toBe(`Rapport annuel 2024-2025 — ${hostile[0]}`);
    expect(texts).toContain("1 <img src=x onerror=alert(1)>");
    expect(texts).toContain(hostile[3]);
    expect(texts).toContain(`Orientation 1 — ${hostile[1]}`);
    expect(texts).toContain(`Objectif 1.1 — ${hostile[2]}`);
  });
});

describe("call budget", () => {
  /** Calls to render a plan: every method on every object counts, as in src/node/gas-fake. */
  function callsFor(plan: Plan, problems: Problem[] = []): number {
    return render(buildReport(plan, sampleOptions({ problems })), "folder-1").calls.length;
  }

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
            group: "Volet : activités",
            actions: Array.from({ length: actionsEach }, (_, a) =>
              newAction({ code: String(a + 1), title: `Action ${a + 1}`, status: "En cours", progress: 30 }),
            ),
          }),
        ),
      }),
    );
    return plan;
  }

  test("an objective section costs 3 calls, however many actions it has", () => {
    expect(callsFor(planWith(1, 2, 5)) - callsFor(planWith(1, 1, 5))).toBe(3);
    expect(callsFor(planWith(1, 1, 500))).toBe(callsFor(planWith(1, 1, 1)));
  });

  test("an orientation section (heading, description, grouping label) costs 4 calls", () => {
    expect(callsFor(planWith(2, 1, 3)) - callsFor(planWith(1, 1, 3))).toBe(4 + 3);
  });

  test("the rest of the report, with every optional section, stays within 45 calls", () => {
    const problem: Problem = {
      severity: "warning",
      code: "x",
      message: "m",
      sheet: null,
      row: null,
      column: null,
    };
    const fixed = callsFor(planWith(0, 0, 0), [problem]);
    expect(fixed).toBeLessThanOrEqual(45);
    // About the size of samples/pivot-plan.csv: 5 orientations, 25 objectives.
    const calls = callsFor(planWith(5, 5, 4), [problem]);
    expect(calls).toBeLessThanOrEqual(3 * 25 + 4 * 5 + 45);
  });
});
