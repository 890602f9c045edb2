/**
 * The period decides everything (issue 15): the Pivot sample's 2019-2020 report, generated long
 * after that year, states the plan at 31 March 2020: nothing due later is late, and every action
 * due by then and not done is.
 */
import { join } from "node:path";
import { dueDate } from "../../../src/core/deadline";
import { allActions } from "../../../src/core/model";
import { buildPlanReport } from "../../../src/core/pipeline";
import { parsePeriodArg } from "../../../src/core/report";
import { loadPlanFromFiles } from "../../../src/node/cli/load";
import { field, tableAfter } from "../../core/report/report-helpers";

const ROOT = join(__dirname, "../../..");
const TODAY = "2026-12-03";

test("the 2019-2020 report of the Pivot sample, generated today, judges lateness at 31 March 2020", async () => {
  const loaded = await loadPlanFromFiles({
    file: join(ROOT, "samples/pivot-plan.csv"),
    roster: join(ROOT, "samples/pivot-roster.csv"),
    today: TODAY,
    language: "fr",
  });
  const period = parsePeriodArg("2019-2020", loaded.plan.settings, "fr");
  if (!period.ok) throw new Error(period.error);
  const report = buildPlanReport(loaded, {
    period: period.period,
    today: TODAY,
    language: "fr",
    includeOwners: true,
    includeCompletedDetail: true,
  });
  const actions = allActions(loaded.plan).map(({ action }) => action);
  const dueByThen = actions.filter((action) => {
    const due = dueDate(action.deadline);
    return due !== null && due <= "2020-03-31" && action.status !== "Réalisée" && action.status !== "Annulée";
  });
  expect(dueByThen.length).toBeGreaterThan(0);
  expect(field(report, "Actions en retard")).toBe(String(dueByThen.length));

  const late = tableAfter(report, `En retard (${dueByThen.length})`).rows.map((row) => row[0]);
  const lateCodes = new Set(late.map((label) => label.split(" ")[0]));
  const dueLater = actions.filter((action) => (dueDate(action.deadline) ?? "") > "2020-03-31");
  expect(dueLater.length).toBeGreaterThan(0);
  for (const action of dueLater) expect(lateCodes.has(action.code)).toBe(false);
  const leads = report.blocks.flatMap((block) =>
    block.kind === "paragraph" && block.role === "lead" ? [block.text] : [],
  );
  expect(leads).toContain("Période du 1er avril 2019 au 31 mars 2020 · état au 31 mars 2020");
});
