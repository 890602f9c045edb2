/**
 * The .docx report of the bundled sample, opened by LibreOffice: converted to PDF by `soffice`,
 * then read back with poppler's `pdfinfo` and `pdftotext`. CI installs both (.ci/run); a machine
 * without them fails here with the command to run, since a skipped check proves nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { messages } from "../../../src/core/i18n";
import type { IsoDate, Language, Plan } from "../../../src/core/model";
import { buildPlanReport } from "../../../src/core/pipeline";
import { parsePeriodArg, type ReportDocument } from "../../../src/core/report";
import { loadPlanFromFiles } from "../../../src/node/cli/load";
import { renderReportDocx } from "../../../src/node/report";

const ROOT = join(__dirname, "../../..");
const TODAY: IsoDate = "2021-06-15";
const LANGUAGES: Language[] = ["fr", "en"];
// LibreOffice's first start in a fresh profile takes several seconds; this is no performance test.
const CONVERSION_TIMEOUT_MS = 180_000;

const INSTALL_HINT: Record<string, string> = {
  soffice: "apt-get install --no-install-recommends libreoffice-writer-nogui",
  pdfinfo: "apt-get install poppler-utils",
  pdftotext: "apt-get install poppler-utils",
};

/** Runs a command; a missing command or a failure throws with what to do about it. */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: CONVERSION_TIMEOUT_MS });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT")
    throw new Error(`« ${command} » is not installed; run: ${INSTALL_HINT[command]}`);
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

interface Converted {
  title: string;
  report: ReportDocument;
  plan: Plan;
  pdf: string;
}

const dir = mkdtempSync(join(tmpdir(), "boussole-libreoffice-"));
const converted = new Map<Language, Converted>();

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const loaded = await loadPlanFromFiles({
      file: join(ROOT, "samples/pivot-plan.csv"),
      roster: join(ROOT, "samples/pivot-roster.csv"),
      today: TODAY,
      language,
    });
    const period = parsePeriodArg("2020-2021", loaded.plan.settings, language);
    if (!period.ok) throw new Error(period.error);
    const report = buildPlanReport(loaded, {
      period: period.period,
      today: TODAY,
      language,
      includeOwners: true,
      includeCompletedDetail: true,
    });
    writeFileSync(join(dir, `rapport-${language}.docx`), await renderReportDocx(report));
    converted.set(language, {
      title: report.title,
      report,
      plan: loaded.plan,
      pdf: join(dir, `rapport-${language}.pdf`),
    });
  }
  // One start for both files, in a private profile so that parallel runs do not share a lock.
  run("soffice", [
    `-env:UserInstallation=file://${join(dir, "profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    ...LANGUAGES.map((language) => join(dir, `rapport-${language}.docx`)),
  ]);
}, CONVERSION_TIMEOUT_MS);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(LANGUAGES)("the sample's .docx report opened by LibreOffice (%s)", (language) => {
  const get = (): Converted => {
    const result = converted.get(language);
    if (!result) throw new Error("the report was not rendered");
    return result;
  };

  test("converts to a PDF of a plausible length, without a blank page", () => {
    const { pdf, plan } = get();
    expect(existsSync(pdf)).toBe(true);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(run("pdfinfo", [pdf]))?.[1]);
    // A title page, the summary, one section per orientation, the lists and the appendix —
    // 93 actions of the sample can't fit in fewer pages, nor need a hundred.
    expect(pages).toBeGreaterThanOrEqual(plan.orientations.length + 3);
    expect(pages).toBeLessThanOrEqual(60);
    // pdftotext ends each page with a form feed.
    const pageTexts = run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).split("\f").slice(0, pages);
    expect(pageTexts).toHaveLength(pages);
    const blank = pageTexts.flatMap((text, index) => (text.trim() === "" ? [index + 1] : []));
    expect(blank).toEqual([]);
  });

  test("holds the report's title and every orientation's title", () => {
    const { pdf, plan, title } = get();
    const text = oneLine(run("pdftotext", ["-enc", "UTF-8", pdf, "-"]));
    expect(plan.orientations).toHaveLength(5);
    expect(text).toContain(title);
    for (const orientation of plan.orientations) expect(text).toContain(oneLine(orientation.title));
  });

  /** The PDF as `pdftotext -layout` prints it, one string per page. */
  const layoutPages = (pdf: string) => run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]).split("\f");

  test("no column header word is cut across lines", () => {
    const { pdf } = get();
    const headers = Object.values(messages(language).report.columns).filter((word) => word.length >= 5);
    const tokens = new Set(layoutPages(pdf).join("\n").split(/\s+/));
    const cut = headers.flatMap((header) =>
      // « Avancemen » then « t »: a start of the word, and its end as a token of its own.
      [...tokens].filter(
        (token) =>
          token !== "" &&
          token !== header &&
          header.startsWith(token) &&
          tokens.has(header.slice(token.length)),
      ),
    );
    expect(cut).toEqual([]);
  });

  test("no heading is left alone at the foot of a page", () => {
    const { pdf, report, title } = get();
    const headings = report.blocks.flatMap((block) =>
      block.kind === "heading" && block.level > 0 ? [oneLine(block.text)] : [],
    );
    const alone = layoutPages(pdf).flatMap((page, index) => {
      const lines = page
        .split("\n")
        .map(oneLine)
        .filter((line) => line !== "" && !line.startsWith(title));
      const last = lines.at(-1) ?? "";
      return headings.some((heading) => heading === last || (last.length >= 15 && heading.endsWith(last)))
        ? [`page ${index + 1}: ${last}`]
        : [];
    });
    expect(alone).toEqual([]);
  });

  test("the first page holds the key figures and the progress bars", () => {
    const { pdf } = get();
    const t = messages(language).report;
    const first = oneLine(layoutPages(pdf)[0]);
    for (const label of [
      t.figures.done,
      t.figures.inProgress,
      t.figures.late,
      t.figures.postponed,
      t.overallProgress,
    ])
      expect(first).toContain(label);
    expect(first).toContain(t.progressByOrientation);
  });
});
