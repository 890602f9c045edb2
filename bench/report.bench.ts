/**
 * The annual report of a 1,000-action plan (5 orientations × 8 objectives × 25 actions), built and
 * rendered to .docx; the HTML render alongside. A deterministic generator: every run does the same work.
 */
import { spawnSync } from "node:child_process";
import {
  type Action,
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  STATUSES,
} from "../src/core/model";
import { buildReport, type ReportOptions } from "../src/core/report";
import { renderReportToDoc } from "../src/gas/report";
import { reportRequests } from "../src/gas/report/docs-requests";
import { batches } from "../src/gas/report/render-doc";
import { createFakeGas } from "../src/node/gas-fake";
import { renderReportDocx, renderReportHtml } from "../src/node/report";
import { generateTersePlan } from "../tests/support/generate-plan";
import { type BenchCase, costOf, type ServiceCost } from "./harness";

const SEASONS = [
  ["Printemps", "04-01", "06-30"],
  ["Été", "07-01", "08-31"],
  ["Automne", "09-01", "12-31"],
  ["Hiver", "01-01", "03-31"],
] as const;

function generatedPlan(orientations: number, objectivesEach: number, actionsEach: number): Plan {
  const plan = emptyPlan({ organisation: "Table de concertation", planName: "Plan 2023-2026" });
  let n = 0;
  plan.orientations = Array.from({ length: orientations }, (_, o) =>
    newOrientation({
      code: String(o + 1),
      title: `Orientation générée numéro ${o + 1}`,
      description: "Renforcer la concertation entre les organismes du territoire.",
      objectives: Array.from({ length: objectivesEach }, (_, j) =>
        newObjective({
          code: `${o + 1}.${j + 1}`,
          title: `Objectif ${j + 1} de l'orientation ${o + 1}`,
          group: j < objectivesEach / 2 ? "Volet : administratif" : "Volet : activités",
          actions: Array.from({ length: actionsEach }, (_, a) =>
            generatedAction(`${o + 1}.${j + 1}.${a + 1}`, n++),
          ),
        }),
      ),
    }),
  );
  return plan;
}

function generatedAction(code: string, n: number): Action {
  const [season, from, to] = SEASONS[n % SEASONS.length];
  const year = 2023 + (n % 3);
  return newAction({
    code,
    title: `Action ${code} : organiser une rencontre des partenaires`,
    ownersText: n % 2 === 0 ? "DG + CA" : "Agent de communication",
    owners:
      n % 2 === 0
        ? [
            { text: "DG", name: "Nathalie Gagnon" },
            { text: "CA", name: "CA" },
          ]
        : [{ text: "Agent de communication", name: "Olivier Roy" }],
    deadline: { text: `${season} ${year}`, kind: "season", start: `${year}-${from}`, end: `${year}-${to}` },
    status: STATUSES[n % STATUSES.length],
    progress: (n * 7) % 101,
    budget: n % 5 === 0 ? 1500 + n : null,
    notes: n % 3 === 0 ? "Rencontre reportée à la demande des partenaires." : null,
  });
}

const options: ReportOptions = {
  period: { label: "2024-2025", start: "2024-04-01", end: "2025-03-31" },
  today: "2025-05-15",
  language: "fr",
  includeOwners: true,
  includeCompletedDetail: true,
  problems: [],
};

/** Built and written into a new Doc through the fake Docs API; counts its round trips. */
function docsCase(size: string, plan: Plan): BenchCase {
  let cost: ServiceCost = { roundTrips: 0, calls: 0 };
  return {
    operation: "rapport Google Docs (fake)",
    size,
    run: () => {
      const fake = createFakeGas({ spreadsheet: { id: "ss-1", folder: "Conseil d'administration" } });
      const report = buildReport(plan, options);
      renderReportToDoc(report, fake.globals, report.documentName);
      cost = costOf(fake.calls);
    },
    serviceCalls: () => cost,
    target: "≤ 5 round trips for any plan size",
  };
}

/**
 * The largest report a Google Doc holds (1.02 million characters), in the terse plan that makes
 * the most requests per character. The fake applies requests too slowly for a Doc this size, so
 * the round trips are counted from the requests: Documents.create, then one per batch.
 */
function largestDocCase(): BenchCase {
  const plan = generateTersePlan(7_000);
  let trips = 0;
  let characters = 0;
  return {
    operation: "rapport Google Docs: the largest Doc",
    size: "7,000 terse actions",
    run: () => {
      const built = reportRequests(buildReport(plan, options));
      characters = built.characters;
      trips = 1 + batches(built.requests).length;
    },
    serviceCalls: () => ({ roundTrips: trips, calls: trips }),
    target: "≤ 5 round trips for any plan size",
    details: () => `${characters.toLocaleString("en")} characters (a Doc holds ≤ 1,020,000)`,
  };
}

/**
 * Peak memory is a property of a whole process: the .docx of `actions` actions is built and
 * written in a child process (this file, run again with BENCH_DOCX_CHILD), which reports its
 * render time and its peak resident memory.
 */
function docxMemoryCase(actions: number): BenchCase {
  let measured = "";
  return {
    operation: "report: .docx, own process",
    size: `${actions.toLocaleString("en")} actions`,
    run: () => {
      const child = spawnSync(process.execPath, ["--import", "tsx", __filename], {
        env: { ...process.env, BENCH_DOCX_CHILD: String(actions) },
        encoding: "utf8",
      });
      if (child.status !== 0) throw new Error(child.stderr);
      const { ms, peakMb } = JSON.parse(child.stdout) as { ms: number; peakMb: number };
      measured = `render ${ms.toFixed(0)} ms, peak RSS ${peakMb.toFixed(0)} MB`;
    },
    get target() {
      return `${measured} (≤ 0.5 s at 1,000; < 1 GB at 50,000)`;
    },
  };
}

async function docxChild(actions: number): Promise<void> {
  const plan = generatedPlan(10, 20, actions / 200);
  const start = performance.now();
  await renderReportDocx(buildReport(plan, options));
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

if (process.env.BENCH_DOCX_CHILD) void docxChild(Number(process.env.BENCH_DOCX_CHILD));

export function cases(): BenchCase[] {
  const plan = generatedPlan(5, 8, 25);
  return [
    docsCase("100 actions", generatedPlan(5, 4, 5)),
    docsCase("1,000 actions", plan),
    largestDocCase(),
    {
      operation: "report: build + .docx",
      size: "1,000 actions",
      run: () => renderReportDocx(buildReport(plan, options)),
      units: 1000,
      target: "≤ 500 ms",
    },
    docxMemoryCase(1_000),
    docxMemoryCase(50_000),
    {
      operation: "report: build + html",
      size: "1,000 actions",
      run: () => renderReportHtml(buildReport(plan, options)),
      units: 1000,
    },
  ];
}
