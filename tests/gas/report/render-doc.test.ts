/** The report written into a Google Doc through the (fake) Docs API advanced service. */
import { newAction, newObjective, newOrientation, type Plan } from "../../../src/core/model";
import { buildReport, type ReportDocument, TONES } from "../../../src/core/report";
import { renderReportToDoc } from "../../../src/gas/report";
import { reportRequests } from "../../../src/gas/report/docs-requests";
import {
  batches,
  MAX_DOC_CHARACTERS,
  ReportTooLargeError,
  utf8Length,
} from "../../../src/gas/report/render-doc";
import { createFakeGas } from "../../../src/node/gas-fake";
import { allTexts } from "../../core/report/report-helpers";
import { sampleOptions, samplePlan } from "../../core/report/sample-plan";
import { hostilePlan } from "../../node/report/hostile-plan";
import { generateTersePlan } from "../../support/generate-plan";

// biome-ignore lint/suspicious/noExplicitAny: documents.get's JSON, walked as the API returns it
type Json = Record<string, any>;

function render(report: ReportDocument) {
  const fake = createFakeGas();
  const result = renderReportToDoc(report, fake.globals, report.documentName);
  const doc = fake.docs.get(result.id);
  return { fake, result, doc, content: doc.body?.content as Json[] };
}

/** Every paragraph of the Doc, tables' cells included, in index order, with its style. */
function paragraphs(content: Json[]): Array<{ text: string; style: string }> {
  return content.flatMap((element): Array<{ text: string; style: string }> => {
    if (element.paragraph)
      return [
        {
          text: (element.paragraph.elements as Json[]).map((e) => e.textRun?.content ?? "").join(""),
          style: element.paragraph.paragraphStyle.namedStyleType,
        },
      ];
    if (element.table)
      return (element.table.tableRows as Json[]).flatMap((row) =>
        (row.tableCells as Json[]).flatMap((cell) => paragraphs(cell.content)),
      );
    return [];
  });
}

const tablesOf = (content: Json[]) =>
  content.filter((element) => element.table).map((element) => element.table);
const cellText = (cell: Json) =>
  paragraphs(cell.content)
    .map((p) => p.text)
    .join("")
    .replace(/\n$/, "");
const hex = (fill: Json | undefined) => {
  const rgb = fill?.color?.rgbColor ?? {};
  return [rgb.red ?? 0, rgb.green ?? 0, rgb.blue ?? 0]
    .map((v: number) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, "0")
        .toUpperCase(),
    )
    .join("");
};

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

describe("renderReportToDoc", () => {
  const report = buildReport(samplePlan(), sampleOptions());

  test("writes every text of the model, in order, through the Docs API only", () => {
    const { fake, content, result } = render(report);
    const docText = paragraphs(content)
      .map((p) => p.text)
      .join("");
    let from = 0;
    for (const text of allTexts(report).filter((t) => t !== "")) {
      const at = docText.indexOf(text, from);
      expect({ text, found: at >= 0 }).toEqual({ text, found: true });
      from = at + text.length;
    }
    expect(fake.documents).toHaveLength(0);
    expect(result.url).toBe(`https://docs.google.com/document/d/${result.id}/edit`);
    expect(result.pdfUrl).toBe(`https://docs.google.com/document/d/${result.id}/export?format=pdf`);
  });

  test("headings carry their named styles, so the Doc's outline lists every section", () => {
    const { content } = render(report);
    const of = (style: string) =>
      paragraphs(content)
        .filter((p) => p.style === style)
        .map((p) => p.text.trim());
    expect(of("TITLE")).toEqual(["Rapport annuel 2024-2025"]);
    expect(of("HEADING_2").filter((text) => text.startsWith("Orientation"))).toHaveLength(3);
    expect(of("HEADING_3")).toEqual([
      "Objectif 1.1 — Développer une approche plus inclusive",
      "Objectif 1.2 — Évaluer les modes de communication existants",
      "Objectif 2.1 — Bonifier et appliquer le plan de communication",
    ]);
  });

  test("status chips take the tone colours, header rows are pinned, columns sized to their text", () => {
    const { content } = render(report);
    const objective = tablesOf(content).find(
      (table) => table.columns === 6 && cellText(table.tableRows[0].tableCells[3]) === "Statut",
    );
    expect(objective.pinnedHeaderRowsCount).toBe(1);
    const late = (objective.tableRows as Json[]).find((row) =>
      cellText(row.tableCells[3]).includes("en retard"),
    );
    expect(hex(late?.tableCells[3].tableCellStyle.backgroundColor)).toBe(TONES.late.fill);
    const widths = (objective.tableStyle.tableColumnProperties as Json[]).map((c) => c.width.magnitude);
    expect(widths.reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(468);
    expect(Math.max(...widths)).toBe(widths[0]);
  });

  test("progress bars are cells shaded in proportion: 50 % fills 10 of 20", () => {
    const { content } = render(report);
    const bars = tablesOf(content).find((table) => table.columns === 22);
    const orientation1 = (bars.tableRows as Json[]).find((row) =>
      cellText(row.tableCells[0]).startsWith("Orientation 1"),
    );
    const filled = ((orientation1?.tableCells ?? []) as Json[])
      .slice(1, 21)
      .filter((cell) => hex(cell.tableCellStyle.backgroundColor) === "2E7D32");
    expect(cellText(orientation1?.tableCells[21])).toBe("50\u00a0%");
    expect(filled).toHaveLength(10);
  });

  test("costs 2 round trips (create, one batch) whatever the plan's size (npm run bench: 1,000 actions)", () => {
    for (const plan of [planWith(1, 1, 2), planWith(4, 5, 10)]) {
      const { fake } = render(buildReport(plan, sampleOptions()));
      expect(fake.calls.roundTrips()).toBe(2);
      expect(fake.docs.batches).toHaveLength(1);
    }
  });

  test("hostile text comes through with its indices right", () => {
    const hostile = buildReport(hostilePlan(), sampleOptions());
    const { content } = render(hostile);
    const docText = paragraphs(content)
      .map((p) => p.text)
      .join("");
    expect(docText).toContain("<img src=x onerror=alert(1)>");
    expect(docText).toContain("Bip\ufffd\ufffd fin");
  });
});

describe("batches", () => {
  test("cut in order where a batch would pass the limit, never empty", () => {
    const requests = Array.from({ length: 10 }, (_, i) => ({ n: i }));
    const cut = batches(requests, 20);
    expect(cut.flat()).toEqual(requests);
    expect(cut.every((batch) => batch.length > 0 && JSON.stringify(batch).length <= 40)).toBe(true);
    expect(batches([{ big: "x".repeat(100) }], 20)).toHaveLength(1);
  });

  test("the limit is in UTF-8 bytes, as the body travels: « é » weighs two", () => {
    expect([utf8Length("a"), utf8Length("é"), utf8Length("€"), utf8Length("😀")]).toEqual([1, 2, 3, 4]);
    expect(batches([{ t: "éé" }, { t: "éé" }], 26)).toHaveLength(1);
    expect(batches([{ t: "éé" }, { t: "éé" }], 25)).toHaveLength(2);
  });
});

describe("a cap on the requests of a batch", () => {
  // The Docs reference documents none; one third-party tool holds Docs to 500. A refused batch
  // changes nothing (batches are atomic), so it is sent again in chunks of 500, in order.
  test("under a cap of 500, the report is sent in chunks and the Doc is the same", () => {
    const report = buildReport(planWith(3, 4, 10), sampleOptions());
    const free = createFakeGas();
    const capped = createFakeGas({ docsRequestsPerBatch: 500 });
    const doc = (fake: typeof free) => {
      const { id } = renderReportToDoc(report, fake.globals, "Rapport");
      return fake.docs.get(id).body;
    };
    expect(doc(capped)).toEqual(doc(free));
    expect(free.docs.batches).toHaveLength(1);
    expect(free.docs.batches[0].length).toBeGreaterThan(500);
    expect(capped.docs.batches.length).toBe(Math.ceil(free.docs.batches[0].length / 500));
    expect(capped.docs.batches.every((batch) => batch.length <= 500)).toBe(true);
  });

  test("a batch of 500 requests or fewer that is refused is not sent again: the error is passed on", () => {
    const fake = createFakeGas({ docsRequestsPerBatch: 10 });
    const report = buildReport(planWith(1, 1, 1), sampleOptions());
    expect(() => renderReportToDoc(report, fake.globals, "Rapport")).toThrow(/at most 10 requests/);
    expect(fake.calls.of("Documents.batchUpdate")).toBe(1);
  });
});

describe("the largest Docs", () => {
  // « Documents: Up to 1.02 million characters » (https://support.google.com/drive/answer/37603).
  test("the largest report a Doc holds is written in at most 5 round trips", () => {
    const { requests, characters } = reportRequests(buildReport(generateTersePlan(7_000), sampleOptions()));
    expect(characters).toBeGreaterThan(MAX_DOC_CHARACTERS * 0.9);
    expect(characters).toBeLessThanOrEqual(MAX_DOC_CHARACTERS);
    // Documents.create, then each batch.
    expect(1 + batches(requests).length).toBeLessThanOrEqual(5);
  });

  test("a report past the limit is refused before any Doc is created", () => {
    const fake = createFakeGas();
    const report = buildReport(generateTersePlan(8_000), sampleOptions());
    expect(() => renderReportToDoc(report, fake.globals, "Rapport")).toThrow(ReportTooLargeError);
    expect(fake.calls.of("Documents.create")).toBe(0);
  });
});
