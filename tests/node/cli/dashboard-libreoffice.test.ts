/**
 * The « Tableau de bord » of the .xlsx written by `boussole import --out`, computed by LibreOffice
 * (`soffice --convert-to csv`): its figures per orientation equal the annual report's for the same
 * plan and the same day. LibreOffice computes TODAY() as the machine's date, so the report is built
 * for that day too. CI installs LibreOffice Calc (.ci/run); a machine without it fails with the hint.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { messages } from "../../../src/core/i18n";
import { buildPlanReport } from "../../../src/core/pipeline";
import type { ReportBlock } from "../../../src/core/report/document";
import { runCli } from "../../../src/node/cli";
import { loadPlanFromFiles } from "../../../src/node/cli/load";
import { todayOption } from "../../../src/node/cli/options";

const TIMEOUT_MS = 180_000;
const dir = mkdtempSync(join(tmpdir(), "boussole-dashboard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Past, future and undetermined deadlines; every status; progress that the mean must weigh.
const PLAN = [
  "Orientation,Objectif,Action,Responsables,Échéance,Statut,Avancement",
  "Inclusion,Approche inclusive,Former un comité,DG,Mars 2020,Réalisée,",
  "Inclusion,Approche inclusive,Faire un plan,DG,Automne 2020,En cours,40 %",
  "Inclusion,Approche inclusive,Sonder les membres,DG,2099,En cours,10 %",
  "Inclusion,Rejoindre les familles,Tenir une fête,DG,Été 2021,Annulée,",
  "Inclusion,Rejoindre les familles,Publier un guide,DG,En continu,À venir,",
  "Finances,Diversifier,Demander une subvention,CA,Juin 2020,Reportée,20 %",
  "Finances,Diversifier,Campagne de dons,CA,2098-2099,,",
].join("\n");

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: TIMEOUT_MS });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT")
    throw new Error(`« ${command} » is not installed; run: apt-get install libreoffice-calc-nogui`);
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status}:\n${result.stderr}`);
}

const number = (text: string) => Number(text.replace(/[^\d,.]/g, "").replace(",", "."));

test(
  "LibreOffice computes the dashboard's figures equal to the report's",
  async () => {
    const csv = join(dir, "plan.csv");
    const xlsx = join(dir, "plan.xlsx");
    writeFileSync(csv, PLAN);
    const io = { out: () => undefined, err: () => undefined };
    expect(await runCli(["import", csv, "--out", xlsx], io)).toBe(0);
    run("soffice", [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
      "--outdir",
      dir,
      xlsx,
    ]);
    const board = parse(readFileSync(join(dir, "plan-Tableau de bord.csv"), "utf8")) as string[][];

    const today = todayOption(undefined) as string;
    const loaded = await loadPlanFromFiles({ file: csv, today, language: "fr" });
    const report = buildPlanReport(loaded, {
      period: { label: "tout", start: "1900-01-01", end: "2100-12-31" },
      today,
      language: "fr",
      includeOwners: false,
      includeCompletedDetail: true,
    });
    const t = messages("fr").report;
    const blocks = report.blocks as ReportBlock[];
    const bars = blocks.find((b): b is Extract<ReportBlock, { kind: "bars" }> => b.kind === "bars");
    const fields = blocks.find(
      (b): b is Extract<ReportBlock, { kind: "fields" }> =>
        b.kind === "fields" && b.items.some((item) => item.label === t.totalActions),
    );
    const field = (label: string) => number(fields?.items.find((item) => item.label === label)?.value ?? "");

    // Orientation rows: actions and réalisées as in the plan the report reads, progress as the
    // report's « Avancement par orientation » bars (the first bar is the whole period's).
    const rows = board.slice(3, 5);
    const orientations = loaded.plan.orientations.map((orientation) => {
      const actions = orientation.objectives.flatMap((objective) => objective.actions);
      return [actions.length, actions.filter((action) => action.status === "Réalisée").length];
    });
    expect(rows.map((row) => [number(row[1]), number(row[2])])).toEqual(orientations);
    expect(rows.map((row) => number(row[5]))).toEqual(
      bars?.bars.slice(1).map((bar) => Math.round(bar.percent ?? 0)),
    );
    // The whole plan: en cours and en retard as the report's counts (same « late » rule).
    const total = board[5];
    expect(total[0]).toBe("Ensemble du plan");
    expect(number(total[3])).toBe(field("En cours"));
    expect(number(total[4])).toBe(field(t.lateCount));
    expect(number(total[4])).toBe(2); // « Automne 2020 » en cours and « Juin 2020 » reportée
  },
  TIMEOUT_MS,
);
