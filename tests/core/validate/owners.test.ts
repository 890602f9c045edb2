import {
  type Action,
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type RosterEntry,
} from "../../../src/core/model";
import type { ValidationContext } from "../../../src/core/validate/context";
import { validateOwners } from "../../../src/core/validate/owners";
import { rosterEntry as entry } from "../../support/roster";
import { pivotOwnerCells, pivotRoster } from "../owners/pivot";

function planWith(roster: RosterEntry[], ownerCells: string[]): Plan {
  const plan = emptyPlan();
  plan.roster = roster;
  const actions = ownerCells.map((ownersText, i) =>
    newAction({ code: String(i + 1), title: `Action ${i + 1}`, ownersText }),
  );
  plan.orientations = [
    newOrientation({
      code: "1",
      title: "O",
      objectives: [newObjective({ code: "1", title: "Ob", actions })],
    }),
  ];
  return plan;
}

/** Actions are on rows 10, 11, …; roster entries on rows 2, 3, …; the roster sheet itself on no row. */
function contextFor(plan: Plan, language: "fr" | "en" = "fr"): ValidationContext {
  const actions = plan.orientations[0].objectives[0].actions;
  return {
    today: "2024-01-15",
    language,
    locate: (entity, field) => {
      const action = actions.indexOf(entity as Action);
      if (action >= 0) return { sheet: "Plan", row: action + 10, column: field };
      const rosterRow = plan.roster.indexOf(entity as RosterEntry);
      if (rosterRow >= 0) return { sheet: "Responsables", row: rosterRow + 2, column: field };
      return { sheet: entity === plan ? "Responsables" : null, row: null, column: null };
    },
  };
}

describe("validateOwners", () => {
  it("lists exactly the Pivot sample's two unknown owners, each with its suggestion", () => {
    const plan = planWith(pivotRoster(), pivotOwnerCells());
    const errors = validateOwners(plan, contextFor(plan)).filter((p) => p.severity === "error");
    expect(errors.map((p) => p.message)).toEqual([
      "« Agent de projets » n'est pas dans la liste des responsables. Vouliez-vous dire « Adjoint aux projets » (Julien Pelletier) ?",
      "« Adjoint de projets » n'est pas dans la liste des responsables. Vouliez-vous dire « Adjoint aux projets » (Julien Pelletier) ?",
    ]);
    expect(
      errors.every((p) => p.code === "owner.unknown" && p.sheet === "Plan" && p.column === "owners"),
    ).toBe(true);
  });

  it("locates an unknown owner on its action and names several suggestions", () => {
    const roster = [entry("Comité A"), entry("Comité B"), entry("Comité C"), entry("Comité D")];
    const plan = planWith(roster, ["Comité A", "Comité E + Comité B"]);
    const unknown = validateOwners(plan, contextFor(plan)).find((p) => p.code === "owner.unknown");
    expect(unknown).toEqual({
      severity: "error",
      code: "owner.unknown",
      message:
        "« Comité E » n'est pas dans la liste des responsables. Vouliez-vous dire « Comité A », « Comité B » ou « Comité C » ?",
      sheet: "Plan",
      row: 11,
      column: "owners",
      // One fix per suggestion: the cell with only the unknown owner replaced.
      fixes: ["Comité A", "Comité B", "Comité C"].map((name) => ({
        label: `Remplacer par « ${name} »`,
        column: "owners",
        from: "Comité E + Comité B",
        value: `${name} + Comité B`,
      })),
    });
  });

  it("invites to add an owner nothing resembles", () => {
    const plan = planWith([entry("CA")], ["CA + Zorglub"]);
    const [unknown] = validateOwners(plan, contextFor(plan, "en"));
    expect(unknown.message).toBe(
      "“Zorglub” is not in the list of owners. Add it to the “Responsables” sheet (Name, Role or Alias column) or fix its spelling.",
    );
  });

  it("warns about an empty owner and a placeholder", () => {
    const plan = planWith([entry("CA")], ["CA", " ", "À déterminer"]);
    const problems = validateOwners(plan, contextFor(plan));
    expect(problems.map((p) => [p.severity, p.code, p.row])).toEqual([
      ["warning", "owner.empty", 11],
      ["warning", "owner.empty", 12],
    ]);
    expect(problems[1].message).toContain("« À déterminer »");
  });

  it("reports an owner that names several roster entries", () => {
    const plan = planWith(
      [entry("Olivier Roy", "Agent de communication"), entry("Paul Girard", "Agent de communication")],
      ["Agent de communication"],
    );
    expect(validateOwners(plan, contextFor(plan))).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "owner.ambiguous",
        message:
          "« Agent de communication » désigne plusieurs responsables : « Olivier Roy » ou « Paul Girard ». Inscrivez plutôt le nom de la personne ou du comité.",
      }),
    ]);
  });

  it("gives one warning for an empty roster, not an error per action", () => {
    const plan = planWith([], ["CA", "DG + CA", "Coordination", ""]);
    const problems = validateOwners(plan, contextFor(plan));
    expect(problems.map((p) => [p.severity, p.code, p.sheet, p.row])).toEqual([
      ["warning", "owner.empty", "Plan", 13],
      ["warning", "roster.empty", "Responsables", null],
    ]);
  });

  it("tells which entries no action uses, and leaves the roster's own problems to validateRoster", () => {
    const roster = [
      entry("CA"),
      entry("Julien Pelletier", "Adjoint aux projets"),
      entry("Marc", null, ["CA"]),
    ];
    const plan = planWith(roster, ["CA"]);
    const problems = validateOwners(plan, contextFor(plan));
    expect(problems.map((p) => [p.severity, p.code, p.sheet, p.row])).toEqual([
      ["error", "owner.ambiguous", "Plan", 10],
      ["info", "roster.unused", "Responsables", 3],
    ]);
    expect(problems[1].message).toBe(
      "« Julien Pelletier » est dans la liste des responsables, mais aucune action ne lui est confiée.",
    );
  });
});
