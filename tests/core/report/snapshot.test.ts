import { newAction } from "../../../src/core/model";
import {
  buildReport,
  changesSince,
  type ReportSnapshot,
  snapshotFromRows,
  snapshotRows,
  takeSnapshot,
} from "../../../src/core/report";
import { sampleOptions, samplePlan } from "./sample-plan";

const before: ReportSnapshot = {
  date: "2025-03-12",
  actions: [
    { code: "1.1.2", status: "En cours", progress: 50 },
    { code: "1.1.3", status: "En cours", progress: 40 },
    { code: "1.2.1", status: "En cours", progress: 10 },
    { code: "9.9.9", status: "À venir", progress: null },
  ],
};

describe("since the last report", () => {
  test("counts the actions done since, the new ones, the postponed ones and the removed ones", () => {
    const now = takeSnapshot(samplePlan(), "2025-05-15");
    // 1.1.2 became Réalisée, 1.2.1 Reportée; 1.1.1 was Réalisée already but is new here.
    expect(changesSince(before, now)).toEqual({
      since: "2025-03-12",
      done: 2,
      added: 5,
      postponed: 1,
      removed: 1,
    });
  });

  test("the report says it on its first page, in words", () => {
    const report = buildReport(samplePlan(), sampleOptions({ previous: before }));
    const texts = report.blocks
      .slice(0, 8)
      .flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
    expect(texts).toContain(
      "Depuis le rapport du 12 mars 2025 : 2 actions réalisées, 5 nouvelles, 1 reportée, 1 retirée.",
    );
    expect(
      buildReport(samplePlan(), sampleOptions()).blocks.some(
        (b) => b.kind === "paragraph" && b.text.startsWith("Depuis"),
      ),
    ).toBe(false);
  });

  test("rows round-trip; rows that are not a snapshot read as none", () => {
    const plan = samplePlan();
    plan.orientations[0].objectives[0].actions.push(newAction({ code: "", title: "sans code" }));
    const snapshot = takeSnapshot(plan, "2025-05-15");
    expect(snapshot.actions.every((action) => action.code !== "")).toBe(true);
    expect(snapshotFromRows(snapshotRows(snapshot))).toEqual(snapshot);
    expect(snapshotFromRows([])).toBeNull();
    expect(snapshotFromRows([["Code", "Statut"]])).toBeNull();
    expect(snapshotFromRows([["date", "2025-02-30"]])).toBeNull();
    expect(
      snapshotFromRows([
        ["date", "2025-03-12"],
        ["1.1", "Terminé", "x"],
      ]),
    ).toEqual({
      date: "2025-03-12",
      actions: [{ code: "1.1", status: null, progress: null }],
    });
  });
});
