/** The sidebar's one-click fixes, « Mes actions », every field of « Mettre à jour » and the data's size. */
import { dateInZone } from "../../src/core/cells";
import {
  applyFix,
  findActions,
  getOwnerActions,
  getProblems,
  getSidebarData,
  updateAction,
} from "../../src/gas/main";
import { validate } from "../../src/gas/validate";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, install, installPlan, rowOf, values } from "./helpers";

const plan = () => generatePlan(10);
const cellOf = (fake: ReturnType<typeof installPlan>, row: number, header: string) => {
  const all = values(fake, "Actions");
  return all[row - 1][all[0].indexOf(header)];
};

describe("applyFix", () => {
  it("writes the fix as text where the cell still holds what it was computed from", () => {
    const fake = installPlan(plan());
    const row = 3;
    const from = String(cellOf(fake, row, "Responsables"));
    const result = applyFix({ sheet: "Actions", row, column: "Responsables", from, value: "=CA + DG" });
    expect(result).toMatchObject({ ok: true, row });
    expect(cellOf(fake, row, "Responsables")).toBe("=CA + DG"); // text, never a formula
    expect(
      fake.spreadsheet
        .sheet("Actions")
        ?.snapshot()
        .formulas?.flat()
        .some((f) => f.includes("CA")),
    ).toBe(false);
  });

  it("refuses a stale fix, and a column that is not there, writing nothing", () => {
    const fake = installPlan(plan());
    const before = JSON.stringify(values(fake, "Actions"));
    const stale = applyFix({
      sheet: "Actions",
      row: 3,
      column: "Responsables",
      from: "Quelqu'un d'autre",
      value: "X",
    });
    expect(stale.ok).toBe(false);
    const nowhere = applyFix({ sheet: "Actions", row: 3, column: "Couleur", from: null, value: "X" });
    expect(nowhere.ok).toBe(false);
    expect(applyFix({ sheet: "Actions", row: "3" })).toMatchObject({ ok: false });
    expect(JSON.stringify(values(fake, "Actions"))).toBe(before);
  });
});

describe("applyFix on an échéance", () => {
  it("moves « Fin prévue » with it, to the day « Valider » would write", () => {
    const sheets = canonicalInits(plan());
    const actions = sheets.find((sheet) => sheet.name === "Actions");
    if (!actions) throw new Error("no Actions");
    const deadline = actions.values[0].indexOf("Échéance");
    actions.values = actions.values.map((row, r) => [...row, r === 0 ? "Fin prévue" : ""]);
    actions.values[2][deadline] = "Automne 19";
    const fake = install({ spreadsheet: { sheets } });
    const result = applyFix({
      sheet: "Actions",
      row: 3,
      column: "Échéance",
      from: "Automne 19",
      value: "Automne 2019",
    });
    expect(result).toMatchObject({ ok: true });
    const written = cellOf(fake, 3, "Fin prévue");
    expect(written).toBeInstanceOf(Date);
    expect(dateInZone(written as Date, "America/Toronto").slice(0, 4)).toBe("2019");
    validate();
    expect(cellOf(fake, 3, "Fin prévue")).toEqual(written);
  });

  it("leaves « Fin prévue » alone when the fix is on another column", () => {
    const sheets = canonicalInits(plan());
    const actions = sheets.find((sheet) => sheet.name === "Actions");
    if (!actions) throw new Error("no Actions");
    actions.values = actions.values.map((row, r) => [...row, r === 0 ? "Fin prévue" : "pas touché"]);
    const fake = install({ spreadsheet: { sheets } });
    const from = String(cellOf(fake, 3, "Responsables"));
    expect(applyFix({ sheet: "Actions", row: 3, column: "Responsables", from, value: "DG" })).toMatchObject({
      ok: true,
    });
    expect(cellOf(fake, 3, "Fin prévue")).toBe("pas touché");
  });
});

describe("getProblems", () => {
  it("pages through a group after the sidebar's first page, to its count, each problem once", () => {
    installPlan(generatePlan(200));
    const data = getSidebarData();
    const late = data.problems.groups.find((group) => group.code === "deadline.late");
    if (!late) throw new Error("no late actions");
    expect(late.count).toBeGreaterThan(40);
    const seen = [...late.problems];
    while (seen.length < late.count) {
      const page = getProblems({ severity: "warning", code: "deadline.late", offset: seen.length });
      expect(page.count).toBe(late.count);
      expect(page.problems.length).toBeGreaterThan(0);
      seen.push(...page.problems);
    }
    expect(seen).toHaveLength(late.count);
    expect(new Set(seen.map((problem) => problem.row)).size).toBe(late.count);
    expect(getProblems({ severity: "warning", code: "deadline.late", offset: late.count }).problems).toEqual(
      [],
    );
  });

  it("answers an unknown group or a malformed request with no problems", () => {
    installPlan(plan());
    expect(getProblems({ severity: "error", code: "nothing.here", offset: 0 })).toEqual({
      count: 0,
      problems: [],
    });
    expect(getProblems({ severity: "fatal", code: "x", offset: -1 })).toEqual({ count: 0, problems: [] });
  });
});

/** The first action's code, and an objective it does not belong to. */
function firstActionAndOtherObjective(fake: ReturnType<typeof installPlan>) {
  const code = String(values(fake, "Actions")[1][0]);
  const target = values(fake, "Objectifs")
    .slice(1)
    .map((row) => String(row[0]))
    .find((objective) => !code.startsWith(`${objective}.`)) as string;
  return { code, target };
}

describe("updateAction, every field", () => {
  it("changes title, description, owners, budget and the plan's own columns", () => {
    const fake = installPlan(plan());
    const code = String(values(fake, "Actions")[1][0]);
    const result = updateAction({
      code,
      title: "Nouveau titre",
      description: "Pourquoi",
      owners: "CA + DG",
      budget: "1 500 $",
    });
    expect(result).toMatchObject({ ok: true, code });
    const row = rowOf(fake, "Actions", code);
    expect(cellOf(fake, row, "Action")).toBe("Nouveau titre");
    expect(cellOf(fake, row, "Description")).toBe("Pourquoi");
    expect(cellOf(fake, row, "Responsables")).toBe("CA + DG");
    expect(cellOf(fake, row, "Budget")).toBe(1500);
    expect(updateAction({ code, title: "  " })).toMatchObject({ ok: false });
  });

  it("moves an action to another objective: a new code there, the old one in its notes", () => {
    const fake = installPlan(plan());
    const { code, target } = firstActionAndOtherObjective(fake);
    const result = updateAction({ code, objectiveCode: target });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.code.startsWith(`${target}.`)).toBe(true);
    expect(result.row).toBe(2);
    expect(cellOf(fake, 2, "Code")).toBe(result.code);
    expect(String(cellOf(fake, 2, "Objectif"))).toMatch(new RegExp(`^${target.replace(/\./g, "\\.")} — `));
    expect(String(cellOf(fake, 2, "Notes"))).toContain(`Ancien code : ${code}`);
    expect(updateAction({ code: result.code, objectiveCode: "99.99" })).toMatchObject({ ok: false });
  });

  it("refuses a move whose notes would pass a cell's 50,000 characters, writing nothing", () => {
    const fake = installPlan(plan());
    const { code, target } = firstActionAndOtherObjective(fake);
    const before = JSON.stringify(values(fake, "Actions"));
    const result = updateAction({ code, objectiveCode: target, notes: "n".repeat(50_000) });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "notes" }] });
    if (!result.ok) expect(result.errors[0].message).toMatch(/50\s000 caractères/);
    expect(JSON.stringify(values(fake, "Actions"))).toBe(before);
  });
});

describe("« Mes actions » and the sidebar's data", () => {
  it("lists one roster entry's actions, late ones first, each with its row", () => {
    const fake = installPlan(plan());
    const name = String(values(fake, "Responsables")[1][0]);
    const mine = getOwnerActions(name);
    expect(mine.length).toBeGreaterThan(0);
    const late = mine.map((a) => a.late);
    expect(late).toEqual([...late].sort((a, b) => Number(b) - Number(a)));
    for (const action of mine) expect(values(fake, "Actions")[action.row - 1][0]).toBe(action.code);
    expect(getOwnerActions(42)).toEqual([]);
  });

  it("offers a page of actions by code or by words of the title", () => {
    const fake = installPlan(plan());
    const [, second] = values(fake, "Actions").slice(1);
    expect(findActions("")).toHaveLength(10);
    expect(findActions(String(second[0])).map((c) => c.code)).toContain(second[0]);
    const word = String(second[2]).split(" ")[0].toUpperCase();
    expect(findActions(word).every((c) => c.title.toUpperCase().includes(word))).toBe(true);
    expect(findActions(null)).toEqual([]);
  });

  it("stays under 100 KB at 5,000 actions: codes, not every action; a page of each problem group", () => {
    installPlan(generatePlan(5000));
    const data = getSidebarData();
    expect(data.actionCount).toBe(5000);
    expect(data.problems.groups.every((group) => group.problems.length <= 20)).toBe(true);
    // Margin under 100 KB: objectives as [code, title] pairs; each item leaves severity and code to its group.
    expect(Buffer.byteLength(JSON.stringify(data))).toBeLessThan(80_000);
    const items = data.problems.groups.flatMap((group) => group.problems);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => "severity" in item || "code" in item)).toEqual([]);
    // The counts are Valider's: every problem of the plan, not only the page sent.
    const { problems } = validate();
    const counts = { error: 0, warning: 0, info: 0 };
    for (const problem of problems) counts[problem.severity]++;
    expect(data.problems.counts).toEqual(counts);
    const grouped = { error: 0, warning: 0, info: 0 };
    for (const group of data.problems.groups) grouped[group.severity] += group.count;
    expect(grouped).toEqual(counts);
    expect(data.problems.groups.map((group) => `${group.severity} ${group.code}`)).toEqual([
      ...new Set(problems.map((problem) => `${problem.severity} ${problem.code}`)),
    ]);
  });
});
