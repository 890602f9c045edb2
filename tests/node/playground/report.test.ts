/**
 * Issue 17 §7: in the playground « Générer le rapport annuel… » links to the report the server
 * renders locally, not to a Google Docs address that opens nothing, and never writes one into
 * Paramètres. Needs dist/ (built by `npm ci`).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPlan } from "../../../src/core/pipeline";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { readWorkbookFile, writeXlsxFile } from "../../../src/node/files/workbook";
import { type Playground, startPlayground } from "../../../src/node/playground/index";

const ROOT = join(__dirname, "../../..");
let playground: Playground;
let file: string;

beforeAll(async () => {
  const plan = (await readWorkbookFile(join(ROOT, "samples", "pivot-plan.csv"))).sheets[0];
  const loaded = loadPlan({ sheets: [{ ...plan, name: "Plan" }], timeZone: "UTC" }, { today: "2024-06-01" });
  file = join(mkdtempSync(join(tmpdir(), "boussole-report-")), "plan.xlsx");
  await writeXlsxFile(file, canonicalSheets(loaded.plan, null, "fr"), "UTC");
  playground = await startPlayground({ file, root: ROOT, port: 0 });
});

afterAll(() => playground?.close());

const REQUEST = {
  period: { label: "2023-2024", start: "2023-04-01", end: "2024-03-31" },
  language: "fr",
  includeOwners: true,
  includeCompletedDetail: false,
  includeProblems: false,
};

interface Answer {
  ok: boolean;
  value: { url: string; name: string; pdfUrl: string };
  error?: string;
}

async function generate(request: unknown): Promise<Answer> {
  const response = await fetch(`${playground.url}rpc/generateReport`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ args: [request] }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

const settings = () => playground.session.model.sheets.find((s) => s.name === "Paramètres")?.values();

test("the result links to the local .html of that request, and nothing is written", async () => {
  const before = { settings: settings(), revision: playground.session.model.revision };
  const bytes = readFileSync(file);
  expect(before.settings?.length).toBeGreaterThan(0);

  const result = await generate(REQUEST);
  expect(result.ok).toBe(true);
  const url = new URL(result.value.url);
  expect(`${url.origin}/`).toBe(playground.url);
  expect(url.pathname).toBe("/report.html");
  expect(url.searchParams.get("start")).toBe("2023-04-01");
  expect(url.searchParams.get("completed")).toBe("0");
  expect(result.value.pdfUrl).toBe("");
  expect(JSON.stringify(result)).not.toMatch(/docs\.google\.com/);

  // The link opens the report in the browser, without scripts.
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(page.headers.get("content-disposition")).toMatch(/^inline;/);
  expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
  const html = await page.text();
  expect(html).toContain("2023-2024");
  expect(html).toContain(result.value.name);
  const docx = await fetch(new URL(`/report.docx${url.search}`, url));
  expect(docx.headers.get("content-disposition")).toMatch(/^attachment;/);

  expect(settings()).toEqual(before.settings);
  expect(playground.session.model.revision).toBe(before.revision);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test("a request the add-on would refuse is refused in the same words, and nothing is written", async () => {
  const revision = playground.session.model.revision;
  const reversed = { ...REQUEST, period: { label: "x", start: "2024-03-31", end: "2023-04-01" } };
  const result = await generate(reversed);
  expect(result.ok).toBe(false);
  expect(result.error).toContain(
    "La période irait du 2024-03-31 au 2023-04-01 : sa fin est avant son début.",
  );
  expect((await generate("n'importe quoi")).error).toBe(
    "La demande de rapport n'est pas valide : choisissez une période et recommencez.",
  );
  expect(playground.session.model.revision).toBe(revision);
});
