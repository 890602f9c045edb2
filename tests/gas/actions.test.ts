import { nextActionCode } from "../../src/core/sheets/next-code";
import { withDocumentLock } from "../../src/gas/lock";
import {
  addAction,
  findActions,
  getAction,
  getSidebarData,
  previewDeadline,
  selectCell,
  updateAction,
} from "../../src/gas/main";
import { generatePlan } from "../support/generate-plan";
import { install, installPlan, rowOf, values } from "./helpers";

const plan = () => generatePlan(10);

describe("nextActionCode", () => {
  it("follows the highest number under the objective", () => {
    expect(nextActionCode("1.2", ["1.2.1", "1.2.3", "1.3.9", "1.2.2"])).toBe("1.2.4");
  });
  it("starts at 1, compares numbers not text, ignores other patterns", () => {
    expect(nextActionCode("3", [])).toBe("3.1");
    expect(nextActionCode("1.2", ["1.2.9", "1.2.10", "1.2.10a"])).toBe("1.2.11");
    expect(nextActionCode("1", ["1.2.1", "10.1"])).toBe("1.1");
  });
});

describe("addAction", () => {
  const input = { objectiveCode: "1.1", title: "Nouvelle action", deadline: "Automne 2030", owners: "DG" };

  it("writes one row with the next code, the objective's label and today's date", () => {
    const fake = installPlan(plan());
    const before = values(fake, "Actions").length;
    const result = addAction(input);
    expect(result).toMatchObject({ ok: true, row: before + 1 });
    if (!result.ok) throw new Error("refused");
    const header = values(fake, "Actions")[0];
    const row = values(fake, "Actions")[before];
    const at = (name: string) => row[header.indexOf(name)];
    expect(at("Code")).toBe(result.code);
    expect(result.code).toMatch(/^1\.1\.\d+$/);
    expect(String(at("Objectif"))).toMatch(/^1\.1 — /);
    expect(at("Action")).toBe("Nouvelle action");
    expect(at("Échéance")).toBe("Automne 2030");
    expect(at("Statut")).toBe("À venir");
    expect(at("Mise à jour")).toBeInstanceOf(Date);
    expect(fake.calls.of("Range.setValues")).toBe(1);
  });

  it("grows the sheet by a row when it is full", () => {
    const fake = installPlan(generatePlan(1000));
    const sheet = fake.spreadsheet.sheet("Actions");
    expect(sheet?.maxRows).toBe(values(fake, "Actions").length);
    const result = addAction(input);
    expect(result).toMatchObject({ ok: true, row: 1002 });
  });

  it("keeps codes and échéances as text (Sheets would make « 2030-03 » a date)", () => {
    const fake = installPlan(plan());
    const result = addAction({ ...input, deadline: "2030-03-15" });
    if (!result.ok) throw new Error("refused");
    const header = values(fake, "Actions")[0];
    expect(values(fake, "Actions")[result.row - 1][header.indexOf("Échéance")]).toBe("2030-03-15");
  });

  it("refuses an invalid échéance or an unknown objective with plain messages, and writes nothing", () => {
    const fake = installPlan(plan());
    const before = JSON.stringify(values(fake, "Actions"));
    const bad = addAction({ ...input, objectiveCode: "9.9", deadline: "bientôt" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field).sort()).toEqual(["deadline", "objectiveCode"]);
    expect(bad.errors.find((e) => e.field === "deadline")?.message).toContain("bientôt");
    expect(JSON.stringify(values(fake, "Actions"))).toBe(before);
    expect(fake.calls.of("Range.setValues")).toBe(0);
  });

  it("parses its argument: wrong types give French field messages, never an exception", () => {
    installPlan(plan());
    for (const arg of [null, 42, "x", { title: "" }, { objectiveCode: "1.1", title: "t", progress: 140 }]) {
      const result = addAction(arg);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    const result = addAction({ objectiveCode: "1.1", title: "t", progress: 140 });
    if (!result.ok)
      expect(result.errors).toEqual([
        { field: "progress", message: "« Avancement » doit être un nombre de 0 à 100." },
      ]);
    const missing = addAction({ objectiveCode: "1.1" });
    if (!missing.ok)
      expect(missing.errors[0]).toEqual({ field: "title", message: "« Action » est obligatoire." });
  });

  it("gives two people adding at once distinct codes: the sheet is read again inside the lock", () => {
    const fake = installPlan(plan());
    // Both sidebars loaded the plan; then another person's action lands first.
    const seen = findActions("").map((choice) => choice.code);
    const other = addAction(input);
    if (!other.ok) throw new Error("refused");
    const mine = addAction(input);
    if (!mine.ok) throw new Error("refused");
    expect(seen).not.toContain(other.code);
    expect(mine.code).not.toBe(other.code);
    expect(
      values(fake, "Actions").filter((row) => row[0] === mine.code || row[0] === other.code),
    ).toHaveLength(2);
    const first = addAction(input);
    const second = addAction(input);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first.code).not.toBe(second.code);
    expect(second.row).toBe(first.row + 1);
    expect(fake.locks.state("document")).toBe("none");
  });

  it("answers « busy » without writing when another execution holds the lock", () => {
    const fake = installPlan(plan());
    const release = fake.locks.holdDocumentLock();
    const result = addAction(input);
    expect(result.ok).toBe(false);
    expect(fake.calls.of("Range.setValues")).toBe(0);
    release();
    expect(addAction(input).ok).toBe(true);
  });

  it("falls back on the script lock outside a bound document", () => {
    const fake = install({ bound: false });
    const release = fake.locks.holdScriptLock();
    expect(
      withDocumentLock(
        () => "written",
        () => "busy",
      ),
    ).toBe("busy");
    release();
    expect(
      withDocumentLock(
        () => fake.locks.state("script"),
        () => "busy",
      ),
    ).toBe("self");
    expect(fake.locks.state("script")).toBe("none");
    expect(fake.calls.of("SpreadsheetApp.flush")).toBe(1);
  });
});

describe("updateAction", () => {
  it("writes only the changed cells of that row, and sets Mise à jour", () => {
    const fake = installPlan(plan());
    const code = String(values(fake, "Actions")[1][0]);
    const header = values(fake, "Actions")[0];
    const result = updateAction({ code, status: "Réalisée", progress: 100 });
    expect(result).toMatchObject({ ok: true, row: 2 });
    const row = values(fake, "Actions")[1];
    expect(row[header.indexOf("Statut")]).toBe("Réalisée");
    expect(row[header.indexOf("Avancement")]).toBe(100);
    expect(row[header.indexOf("Mise à jour")]).toBeInstanceOf(Date);
    // One range per run of adjacent changed columns: Statut–Avancement, then Mise à jour.
    expect(fake.calls.of("Range.setValues")).toBe(2);
  });

  it("refuses when the row no longer holds that code", () => {
    const fake = installPlan(plan());
    const code = String(values(fake, "Actions")[1][0]);
    const result = updateAction({ code, row: 3, notes: "x" });
    expect(result.ok).toBe(false);
    expect(fake.calls.of("Range.setValues")).toBe(0);
  });

  it("refuses an invalid échéance", () => {
    const fake = installPlan(plan());
    const code = String(values(fake, "Actions")[1][0]);
    const result = updateAction({ code, deadline: "bientôt" });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "deadline" }] });
    expect(fake.calls.of("Range.setValues")).toBe(0);
  });
});

describe("getSidebarData, getAction, previewDeadline, selectCell", () => {
  it("gives the objectives by orientation, the roster, the actions, the problems and the action under the cursor", () => {
    const fake = installPlan(plan());
    const code = String(values(fake, "Actions")[3][0]);
    const sheet = globalThis.SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName("Actions");
    sheet?.getRange(4, 3).activate();
    const data = getSidebarData();
    expect(data.orientations.length).toBeGreaterThan(0);
    expect(data.orientations[0].objectives.length).toBeGreaterThan(0);
    expect(data.roster.length).toBeGreaterThan(0);
    expect(data.actionCount).toBe(10);
    expect(data.current?.code).toBe(code);
    expect(Array.isArray(data.problems.groups)).toBe(true);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(getAction(code)?.row).toBe(rowOf(fake, "Actions", code));
    expect(getAction("nope")).toBeNull();
  });

  it("previews an échéance in words", () => {
    installPlan(plan());
    expect(previewDeadline("Automne 2020")).toMatchObject({
      kind: "season",
      start: "2020-09-01",
      end: "2020-12-31",
      severity: "ok",
    });
    expect(previewDeadline("bientôt")).toMatchObject({ kind: "invalid", severity: "error" });
    expect(previewDeadline(12)).toMatchObject({ severity: "warning" });
  });

  it("activates the cell of a problem, finding its column by header", () => {
    installPlan(plan());
    selectCell({ sheet: "Actions", row: 5, column: "Échéance" });
    const range = globalThis.SpreadsheetApp.getActiveSpreadsheet()?.getActiveRange();
    expect(range?.getRow()).toBe(5);
    expect(range?.getColumn()).toBe(6);
    expect(() => selectCell({ sheet: 3 })).not.toThrow();
  });
});
