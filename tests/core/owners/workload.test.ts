import {
  type Action,
  emptyPlan,
  newAction,
  newObjective,
  newOrientation,
  type Plan,
  type RosterEntry,
} from "../../../src/core/model";
import { ownerWorkload } from "../../../src/core/owners/workload";
import { rosterEntry as entry } from "../../support/roster";

const due = (end: string) => ({ text: end, kind: "date" as const, start: end, end });

function planWith(roster: RosterEntry[], actions: Action[]): Plan {
  const plan = emptyPlan();
  plan.roster = roster;
  plan.orientations = [
    newOrientation({
      code: "1",
      title: "Orientation",
      objectives: [newObjective({ code: "1.1", title: "Objectif", actions })],
    }),
  ];
  return plan;
}

/** A stand-in for the deadlines rule: open and past its end. */
const isLate = (action: Action, today: string) =>
  action.status !== "Réalisée" &&
  action.status !== "Annulée" &&
  action.deadline.end !== null &&
  action.deadline.end < today;

describe("ownerWorkload", () => {
  const dg = entry("Nathalie Gagnon", "Directrice générale", ["DG"]);
  const ca = entry("CA", "Conseil d'administration");
  const idle = entry("Julien Pelletier", "Adjoint aux projets");
  const actions = [
    newAction({
      code: "A",
      title: "Plan",
      ownersText: "DG + CA",
      status: "En cours",
      deadline: due("2024-06-30"),
    }),
    newAction({
      code: "B",
      title: "Bilan",
      ownersText: "Direction générale",
      status: "À venir",
      deadline: due("2023-12-31"),
    }),
    newAction({
      code: "C",
      title: "Fête",
      ownersText: "CA",
      status: "Réalisée",
      deadline: due("2023-11-30"),
    }),
    newAction({
      code: "D",
      title: "Site",
      ownersText: "DG\nAgent de projets",
      status: null,
      deadline: due("2024-03-31"),
    }),
    newAction({ code: "E", title: "Vide", ownersText: "" }),
    newAction({ code: "F", title: "Plus tard", ownersText: "À déterminer" }),
  ];
  const buckets = ownerWorkload(planWith([dg, ca, idle], actions), { today: "2024-01-15", isLate });
  const byName = (name: string | null, kind = "entry") =>
    buckets.find((b) => b.name === name && b.kind === kind);

  it("has one bucket per roster entry, then the unknown and unassigned ones", () => {
    expect(buckets.map((b) => [b.kind, b.name])).toEqual([
      ["entry", "Nathalie Gagnon"],
      ["entry", "CA"],
      ["entry", "Julien Pelletier"],
      ["unknown", null],
      ["unassigned", null],
    ]);
  });

  it("counts each action once per owner, by status", () => {
    const nathalie = byName("Nathalie Gagnon");
    expect(nathalie?.actions.map((a) => a.code)).toEqual(["A", "B", "D"]);
    expect(nathalie?.byStatus).toEqual({ "À venir": 1, "En cours": 1, Réalisée: 0, Reportée: 0, Annulée: 0 });
    expect(nathalie?.noStatus).toBe(1);
    expect(byName("Julien Pelletier")?.actions).toEqual([]);
  });

  it("lists late actions and the next deadlines, soonest first", () => {
    const nathalie = byName("Nathalie Gagnon");
    expect(nathalie?.late.map((a) => a.code)).toEqual(["B"]);
    expect(nathalie?.upcoming.map((a) => [a.code, a.deadline.end])).toEqual([
      ["D", "2024-03-31"],
      ["A", "2024-06-30"],
    ]);
    expect(byName("CA")?.late).toEqual([]);
    expect(byName("CA")?.upcoming.map((a) => a.code)).toEqual(["A"]);
  });

  it("gathers owners not in the roster, with their texts, and actions nobody is named on", () => {
    const unknown = byName(null, "unknown");
    expect(unknown?.texts).toEqual(["Agent de projets"]);
    expect(unknown?.actions.map((a) => [a.orientation, a.objective, a.code])).toEqual([["1", "1.1", "D"]]);
    expect(byName(null, "unassigned")?.actions.map((a) => a.code)).toEqual(["E", "F"]);
  });

  it("passes each action and today to the injected lateness rule", () => {
    const seen: string[] = [];
    ownerWorkload(planWith([dg], actions), {
      today: "2030-01-01",
      isLate: (action, today) => {
        seen.push(`${action.code}@${today}`);
        return false;
      },
    });
    expect(seen).toEqual(["A", "B", "C", "D", "E", "F"].map((code) => `${code}@2030-01-01`));
  });
});
