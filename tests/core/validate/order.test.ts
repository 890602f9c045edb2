import type { Problem } from "../../../src/core/model";
import { groupProblems } from "../../../src/core/validate/order";

const at = (severity: Problem["severity"], code: string, row: number | null, sheet = "Actions"): Problem => ({
  severity,
  code,
  message: `${code} ${row}`,
  sheet,
  row,
  column: null,
});

describe("problems in the order a person fixes them", () => {
  const found = [
    at("warning", "deadline.late", 9),
    at("info", "roster.unused", 3, "Responsables"),
    at("warning", "deadline.late", 4),
    at("error", "owner.unknown", 12),
    at("warning", "owner.empty", 2),
    at("error", "deadline.invalid", 5),
    at("warning", "deadline.late", null),
    at("error", "owner.unknown", 7),
  ];

  it("puts errors first, then warnings, grouped by kind in the order found, each group by row", () => {
    expect(groupProblems(found, "fr").flatMap((group) => group.problems.map((p) => p.message))).toEqual([
      "owner.unknown 7",
      "owner.unknown 12",
      "deadline.invalid 5",
      "deadline.late 4",
      "deadline.late 9",
      "deadline.late null",
      "owner.empty 2",
      "roster.unused 3",
    ]);
  });

  it("titles each group with its count, in the plan's language", () => {
    const groups = groupProblems(found, "fr");
    expect(groups.map((g) => [g.severity, g.title, g.count])).toEqual([
      ["error", "2 responsables hors liste", 2],
      ["error", "1 échéance non reconnue", 1],
      ["warning", "3 actions en retard", 3],
      ["warning", "1 action sans responsable", 1],
      ["info", "1 responsable sans action", 1],
    ]);
    expect(groupProblems([at("warning", "somethingNew", 1)], "en")[0].title).toBe("1 other warning");
  });
});
