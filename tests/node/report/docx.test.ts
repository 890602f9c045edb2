import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { emptyPlan, newAction, newObjective, newOrientation } from "../../../src/core/model";
import { buildReport, type ReportDocument } from "../../../src/core/report";
import { renderReportDocx } from "../../../src/node/report";
import { sampleOptions, samplePlan } from "../../core/report/sample-plan";
import { HOSTILE, hostilePlan } from "./hostile-plan";

interface DocxContent {
  /** The text of each paragraph (w:p), line breaks as "\n". */
  paragraphs: string[];
  /** The style of each paragraph that has one (w:pStyle), with its text. */
  styled: Array<{ style: string; text: string }>;
  xml: string;
}

/** Unzips the .docx and parses word/document.xml with a strict XML parser (any error throws). */
async function readDocx(buffer: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buffer);
  expect(zip.file("[Content_Types].xml")).not.toBeNull();
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("no word/document.xml");
  const paragraphs: string[] = [];
  const styled: Array<{ style: string; text: string }> = [];
  let text = "";
  let style = "";
  let inText = false;
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (tag.name === "w:p") [text, style] = ["", ""];
    if (tag.name === "w:pStyle") style = String(tag.attributes["w:val"]);
    if (tag.name === "w:br") text += "\n";
    inText = tag.name === "w:t";
  });
  parser.on("text", (chunk) => {
    if (inText) text += chunk;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "w:t") inText = false;
    if (tag.name !== "w:p") return;
    paragraphs.push(text);
    if (style !== "") styled.push({ style, text });
  });
  parser.write(xml).close();
  return { paragraphs, styled, xml };
}

const render = async (report: ReportDocument) => readDocx(await renderReportDocx(report));

describe("renderReportDocx", () => {
  test("a valid .docx whose outline holds every orientation and objective, in order", async () => {
    const { styled } = await render(buildReport(samplePlan(), sampleOptions()));
    const ofStyle = (name: string) =>
      styled.filter((entry) => entry.style === name).map((entry) => entry.text);
    expect(ofStyle("Title")).toEqual(["Rapport annuel 2024-2025"]);
    expect(ofStyle("Heading2").filter((text) => text.startsWith("Orientation "))).toEqual([
      "Orientation 1 — Contribuer au développement social",
      "Orientation 2 — Établir des modes de communication et de consultation",
      "Orientation 3 — Consolider le financement",
    ]);
    expect(ofStyle("Heading3")).toEqual([
      "Objectif 1.1 — Développer une approche plus inclusive",
      "Objectif 1.2 — Évaluer les modes de communication existants",
      "Objectif 2.1 — Bonifier et appliquer le plan de communication",
    ]);
  });

  test("tables hold every cell, with a repeating header row", async () => {
    const { paragraphs, xml } = await render(buildReport(samplePlan(), sampleOptions()));
    expect(paragraphs).toContain("1.1.3 Appliquer le plan d'interventions");
    expect(paragraphs).toContain("Manque de bénévoles cet hiver.");
    expect(paragraphs).toContain("Avancement de l'objectif");
    expect(xml).toContain("<w:tblHeader/>");
  });

  test("Letter pages numbered in the footer, and action tables sized to their text", async () => {
    const buffer = await renderReportDocx(buildReport(samplePlan(), sampleOptions()));
    const zip = await JSZip.loadAsync(buffer);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((file) => file.async("string")));
    expect(footers.join("")).toMatch(/PAGE/);
    expect(footers.join("")).toContain("Rapport annuel 2024-2025 · ");
    // Action, Responsables, Échéance, Statut, Avancement, Notes: the titles get more than an equal share.
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((grid) =>
      [...grid[1].matchAll(/w:w="(\d+)"/g)].map((width) => Number(width[1])),
    );
    const actionGrid = grids.find((widths) => widths.length === 6);
    if (!actionGrid) throw new Error("no action table");
    expect(actionGrid.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(12240 - 2 * 1440);
    expect(Math.max(...actionGrid)).toBe(actionGrid[0]);
    expect(actionGrid[0]).toBeGreaterThan((12240 - 2 * 1440) / 6);
    expect(xml).toContain("<w:cantSplit/>");
  });

  test("hostile text comes out as literal text, and the file still parses", async () => {
    const { paragraphs, xml } = await render(buildReport(hostilePlan(), sampleOptions()));
    // The 50,000-character row is taller than a page: it may break, or Word could not lay it out.
    expect(xml.match(/<w:cantSplit\/>/g)?.length ?? 0).toBeLessThan(xml.match(/<w:tr>/g)?.length ?? 0);
    expect(paragraphs).toContain(`1 ${HOSTILE.html}`);
    expect(xml).not.toContain("<img");
    expect(paragraphs).toContain(`Orientation 1 — ${HOSTILE.html}`);
    expect(paragraphs).toContain(`Orientation 2 — ${HOSTILE.emoji}`);
    expect(paragraphs).toContain(`Objectif 1.1 — ${HOSTILE.regex}`);
    expect(paragraphs).toContain(HOSTILE.quotes);
    expect(paragraphs).toContain(HOSTILE.huge);
    expect(paragraphs).toContain(HOSTILE.multiline);
    // XML cannot hold these control characters: they are shown, not dropped.
    expect(paragraphs).toContain("Bip\ufffd\ufffd fin");
  });

  test("empty plans and 2,000 actions make valid files", async () => {
    const empty = await render(buildReport(emptyPlan(), sampleOptions()));
    expect(empty.paragraphs).toContain("Aucune action du plan ne relève de cette période.");

    const plan = emptyPlan();
    plan.orientations = [
      newOrientation({
        code: "1",
        title: "Grande orientation",
        objectives: Array.from({ length: 40 }, (_, o) =>
          newObjective({
            code: `1.${o + 1}`,
            title: `Objectif ${o + 1}`,
            actions: Array.from({ length: 50 }, (_, a) =>
              newAction({ code: `1.${o + 1}.${a + 1}`, title: `Action ${o + 1}-${a + 1}` }),
            ),
          }),
        ),
      }),
    ];
    const big = await render(buildReport(plan, sampleOptions()));
    expect(big.paragraphs).toContain("1.40.50 Action 40-50");
    expect(big.paragraphs.filter((text) => /^1\.\d+\.\d+ Action /.test(text))).toHaveLength(2000 * 2);
  });
});
