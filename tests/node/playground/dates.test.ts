/**
 * The playground over a workbook with real date cells (issue 12, defect 10): the bundle runs in a
 * vm, and the dates the .xlsx holds must be dates there (`instanceof Date` in the vm's realm), so
 * an échéance given as a date cell is understood and « Mise à jour » stays a date.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ActionChoice, ActionView, SidebarData } from "../../../src/gas/rpc/contract";
import { DEFAULT_TIME_ZONE, readWorkbookFile, writeXlsxFile } from "../../../src/node/files/workbook";
import { dateCell } from "../../../src/node/gas-fake";
import { PlaygroundSession } from "../../../src/node/playground/session";
import { canonicalInits } from "../../gas/helpers";
import { generatePlan } from "../../support/generate-plan";

const day = (iso: string) => dateCell(iso, DEFAULT_TIME_ZONE);

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "boussole-dates-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("date cells of the .xlsx are dates to the add-on: échéance understood, « Mise à jour » kept a date", async () => {
  const sheets = canonicalInits(generatePlan(10));
  const actions = sheets.find((sheet) => sheet.name === "Actions");
  if (!actions) throw new Error("no Actions");
  const header = actions.values[0].map(String);
  const at = (name: string) => header.indexOf(name);
  for (const row of actions.values.slice(1)) {
    row[at("Échéance")] = day("2022-03-15");
    row[at("Mise à jour")] = day("2022-11-30");
  }
  const file = join(dir, "plan.xlsx");
  await writeXlsxFile(
    file,
    sheets.map(({ name, values }) => ({ name, values })),
    DEFAULT_TIME_ZONE,
  );

  const session = await PlaygroundSession.open({ file, distDir: "dist" });
  const data = await session.call("getSidebarData", []);
  if (!data.ok) throw new Error(data.error);
  const { problems } = data.value as SidebarData;
  const choices = await session.call("findActions", [""]);
  if (!choices.ok) throw new Error(choices.error);
  const views: ActionView[] = [];
  for (const { code } of choices.value as ActionChoice[]) {
    const view = await session.call("getAction", [code]);
    if (view.ok) views.push(view.value as ActionView);
  }
  expect(views.map((view: ActionView) => view.deadline)).toEqual(views.map(() => "2022-03-15"));
  // Each group names its problems' code once (the items do not repeat it).
  expect(problems.groups.filter((group) => /^(lastUpdate|deadline)\.invalid/.test(group.code))).toEqual([]);

  const first = views[0];
  const update = await session.call("updateAction", [{ code: first.code, row: first.row, notes: "Fait" }]);
  expect(update).toMatchObject({ ok: true, value: { ok: true } });
  const saved = (await readWorkbookFile(file, DEFAULT_TIME_ZONE)).sheets.find(
    (sheet) => sheet.name === "Actions",
  );
  const row = saved?.values[first.row - 1] ?? [];
  expect(row[at("Notes")]).toBe("Fait");
  expect(row[at("Mise à jour")]).toBeInstanceOf(Date);
  expect(row[at("Échéance")]).toEqual(day("2022-03-15"));
});
