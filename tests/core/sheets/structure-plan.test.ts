/**
 * Every decision of « Structurer le plan », taken by the core alone: which sheet is the plan, which
 * sheets are Boussole's (by name AND header), what is written where, as which kind of cell.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Cell, SheetGrid } from "../../../src/core/cells";
import { ACTIONS_SHEET } from "../../../src/core/sheets/columns";
import { freeSheetName, isCanonicalSheet } from "../../../src/core/sheets/identify";
import { cellValue, changedBlocks } from "../../../src/core/sheets/sheet-cells";
import {
  type PlannedSheet,
  planStructure,
  type StructureInput,
} from "../../../src/core/sheets/structure-plan";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { generatePlan } from "../../support/generate-plan";

const TZ = "America/Toronto";
const TODAY = "2026-12-03";
const pivot = (): Cell[][] =>
  parse(readFileSync("samples/pivot-plan.csv"), { bom: true, relax_column_count: true }) as string[][];

function run(sheets: SheetGrid[], more: Partial<StructureInput> = {}) {
  return planStructure({
    workbook: { sheets, timeZone: TZ },
    sheetNames: sheets.map((s) => s.name),
    language: "fr",
    today: TODAY,
    ...more,
  });
}

/** The sheets as they are after the planned writes (what the adapter would leave). */
function applied(result: ReturnType<typeof run>): SheetGrid[] {
  return result.sheets.map((s: PlannedSheet) => ({
    name: s.name,
    values: s.cells.map((row) => row.map((cell) => cellValue(cell, TZ))),
  }));
}

const column = (sheet: PlannedSheet, name: string) => sheet.header.indexOf(name);

describe("planStructure", () => {
  it("imports a board's own layout beside it and says what it found", () => {
    const result = run([{ name: "Plan", values: pivot() }]);
    expect(result.kind).toBe("imported");
    expect(result.source).toBe("Plan");
    expect(result.sheets.map((s) => [s.name, s.exists])).toEqual([
      ["Orientations", false],
      ["Objectifs", false],
      ["Actions", false],
      ["Responsables", false],
      ["Paramètres", false],
    ]);
    expect(result.messages[0]).toContain("« Plan » a été structuré");
  });

  it("writes « Fin prévue » as dates, and a re-run with nothing changed writes nothing", () => {
    const first = run([{ name: "Plan", values: pivot() }]);
    const actions = first.sheets.find((s) => s.spec === ACTIONS_SHEET);
    if (!actions) throw new Error("no Actions");
    const end = column(actions, "Fin prévue");
    expect(actions.cells.slice(1).filter((row) => row[end].kind === "date").length).toBeGreaterThan(50);
    expect(actions.cells.slice(1).some((row) => row[end].kind === "text")).toBe(false);
    const again = run([{ name: "Plan", values: pivot() }, ...applied(first)], {
      source: "Plan",
      written: first.written,
    });
    expect(again.sheets.flatMap((s) => s.blocks)).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it("repairs « Fin prévue » and « Mise à jour » written as text into dates", () => {
    const sheets = canonicalSheets(generatePlan(12), null);
    const actions = sheets.find((s) => s.name === "Actions");
    if (!actions) throw new Error("no Actions");
    const update = actions.values[0].indexOf("Mise à jour");
    actions.values[1][update] = "2026-03-15";
    actions.values[2][update] = "15/03/2026";
    actions.values[3][update] = "la semaine passée";
    const result = run(sheets);
    const planned = result.sheets.find((s) => s.spec === ACTIONS_SHEET);
    if (!planned) throw new Error("no Actions");
    expect(planned.cells[1][update]).toEqual({ kind: "date", day: "2026-03-15" });
    expect(planned.cells[2][update]).toEqual({ kind: "date", day: "2026-03-15" });
    // Text that is no day stays the person's text: Valider reports it.
    expect(planned.cells[3][update]).toEqual({ kind: "text", text: "la semaine passée" });
    expect(planned.cells[0][update]).toEqual({ kind: "text", text: "Mise à jour" });
  });

  it("takes a board's own « Actions » sheet (not Boussole's columns) for the plan, and never writes into it", () => {
    const board: SheetGrid = { name: "Actions", values: pivot() };
    const result = run([board]);
    expect(result.kind).toBe("imported");
    expect(result.source).toBe("Actions");
    const actions = result.sheets.find((s) => s.spec === ACTIONS_SHEET);
    expect(actions?.name).toBe("Actions (Boussole)");
    expect(result.sheets.map((s) => s.name)).not.toContain("Actions");
    expect(result.messages.join("\n")).toContain("« Actions (Boussole) »");
    // Next run: the sheet with Boussole's columns is recognised under its new name.
    const again = run([board, ...applied(result)], { source: "Actions", written: result.written });
    expect(again.sheets.find((s) => s.spec === ACTIONS_SHEET)?.name).toBe("Actions (Boussole)");
    expect(again.sheets.flatMap((s) => s.blocks)).toEqual([]);
  });

  it("loses no cell of « actions » beside « Actions »: only the sheet with Boussole's header is Boussole's", () => {
    const canonical = canonicalSheets(generatePlan(5), null);
    const own: SheetGrid = {
      name: "actions",
      values: [
        ["Quoi", "Qui"],
        ["Repeindre le local", "CA"],
      ],
    };
    const result = run([own, ...canonical]);
    expect(result.kind).toBe("formatted");
    expect(result.sheets.map((s) => s.name)).not.toContain("actions");
    expect(isCanonicalSheet(own, ACTIONS_SHEET, TZ)).toBe(false);
    // The other way round: Boussole's sheet named in lower case is still Boussole's.
    const lower = canonical.map((s) => (s.name === "Actions" ? { ...s, name: "actions" } : s));
    const other: SheetGrid = { name: "Actions", values: own.values };
    const swapped = run([other, ...lower]);
    expect(swapped.sheets.find((s) => s.spec === ACTIONS_SHEET)?.name).toBe("actions");
    expect(swapped.sheets.map((s) => s.name)).not.toContain("Actions");
  });

  it("names a new sheet so that it clashes with none, case aside", () => {
    expect(freeSheetName(ACTIONS_SHEET, "fr", ["Plan"])).toBe("Actions");
    expect(freeSheetName(ACTIONS_SHEET, "fr", ["ACTIONS"])).toBe("Actions (Boussole)");
    expect(freeSheetName(ACTIONS_SHEET, "fr", ["actions", "Actions (boussole)"])).toBe(
      "Actions (Boussole 2)",
    );
  });

  it("starts an empty spreadsheet with the example, and formats canonical sheets without importing", () => {
    expect(run([{ name: "Feuille 1", values: [] }]).kind).toBe("created");
    const result = run(canonicalSheets(generatePlan(8), null));
    expect(result.kind).toBe("formatted");
    // Only « Fin prévue » is new: one block, in the column added at the right.
    const actions = result.sheets.find((s) => s.spec === ACTIONS_SHEET);
    if (!actions) throw new Error("no Actions");
    expect(actions.blocks).toHaveLength(1);
    expect(actions.blocks[0].column).toBe(column(actions, "Fin prévue") + 1);
    expect(result.sheets.filter((s) => s.spec !== ACTIONS_SHEET).flatMap((s) => s.blocks)).toEqual([]);
  });
});

describe("changedBlocks", () => {
  it("writes one block per run of changed columns, keeping the unchanged cells inside it", () => {
    const before: Cell[][] = [
      ["a", "b", "c", "d"],
      ["1", "2", "3", "4"],
      ["5", "6", "7", "8"],
    ];
    const after = before.map((row) => row.map((text) => ({ kind: "text" as const, text: String(text) })));
    after[1][0] = { kind: "text", text: "un" };
    after[2][1] = { kind: "text", text: "six" };
    after[1][3] = { kind: "text", text: "quatre" };
    expect(changedBlocks(before, after, TZ)).toEqual([
      {
        row: 2,
        column: 1,
        cells: [
          [{ kind: "text", text: "un" }, { kind: "kept" }],
          [{ kind: "kept" }, { kind: "text", text: "six" }],
        ],
      },
      { row: 2, column: 4, cells: [[{ kind: "text", text: "quatre" }]] },
    ]);
  });

  it("sees a text day where a date is wanted, and a number where text is wanted, as changes", () => {
    const before: Cell[][] = [["2026-03-15", 7]];
    expect(
      changedBlocks(
        before,
        [
          [
            { kind: "date", day: "2026-03-15" },
            { kind: "text", text: "007" },
          ],
        ],
        TZ,
      ),
    ).toHaveLength(1);
  });
});
