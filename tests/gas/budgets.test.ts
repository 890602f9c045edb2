/**
 * The call budgets, in round trips (src/node/gas-fake/cost.ts: reads, one per batch of
 * queued changes, the spreadsheet's metadata once), at two plan sizes. Every method call is also
 * counted: both measures must not grow with the number of rows.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { addAction, getSidebarData, menuOpenSidebar, updateAction } from "../../src/gas/main";
import { structure } from "../../src/gas/structure";
import { validate } from "../../src/gas/validate";
import type { FakeGas } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, install, values } from "./helpers";

const SIZES = [10, 1000];
/** Orientations, Objectifs, Actions, Responsables, Paramètres. */
const CANONICAL_SHEETS = 5;

interface Cost {
  roundTrips: number;
  calls: number;
}

/** Calls that change a sheet, and calls that read its cells or formatting. */
const CHANGE = /^(Range|Sheet|Spreadsheet|Protection)\.(set|insert|protect|hide|activate)/;
const READ =
  /\.get(Values|SheetValues|Formulas|NumberFormats|Backgrounds|Notes|Protections|ConditionalFormatRules)$/;

/** The cost of `operation` on a fresh fake made by `setup`. */
function measure(setup: () => FakeGas, operation: (fake: FakeGas) => unknown): Cost {
  const fake = setup();
  fake.calls.reset();
  operation(fake);
  return { roundTrips: fake.calls.roundTrips(), calls: fake.calls.total() };
}

/** The same operation on a plan of each size; the cost must be the same at both. */
function atBothSizes(operation: (fake: FakeGas) => unknown, room = 100): Cost {
  const sheets = (size: number) =>
    canonicalInits(generatePlan(size)).map((sheet) => ({ ...sheet, maxRows: sheet.values.length + room }));
  const [small, large] = SIZES.map((size) =>
    measure(() => install({ spreadsheet: { sheets: sheets(size) } }), operation),
  );
  expect(small).toEqual(large);
  return small;
}

describe("call budgets, in round trips, independent of the number of rows", () => {
  it("opening the sidebar: ≤ 5", () => {
    expect(atBothSizes(() => menuOpenSidebar()).roundTrips).toBeLessThanOrEqual(5);
  });

  it("the sidebar's data: one read per canonical sheet, the metadata and the selection", () => {
    expect(atBothSizes(() => getSidebarData()).roundTrips).toBe(CANONICAL_SHEETS + 2);
  });

  it("adding an action: ≤ 8, with exactly one setValues, under the lock", () => {
    const cost = atBothSizes((fake) => {
      const result = addAction({ objectiveCode: "1.1", title: "Mesurée", deadline: "Automne 2030" });
      expect(result.ok).toBe(true);
      expect(fake.calls.of("Range.setValues")).toBe(1);
      expect(fake.calls.of("Lock.tryLock")).toBe(1);
      expect(fake.calls.of("Lock.releaseLock")).toBe(1);
    });
    expect(cost.roundTrips).toBeLessThanOrEqual(8);
  });

  it("adding an action to a full sheet grows it in the same batch", () => {
    const cost = atBothSizes((fake) => {
      expect(addAction({ objectiveCode: "1.1", title: "Mesurée" }).ok).toBe(true);
      expect(fake.calls.of("Sheet.insertRowsAfter")).toBe(1);
    }, 0);
    expect(cost.roundTrips).toBeLessThanOrEqual(8);
  });

  it("updating an action: ≤ 8, with one setValues per run of changed columns", () => {
    const cost = atBothSizes((fake) => {
      const code = String(values(fake, "Actions")[1][0]);
      expect(updateAction({ code, status: "Réalisée", notes: "Fait", deadline: "Hiver 2031" }).ok).toBe(true);
      // Échéance–Statut, Notes, Mise à jour: the cells between them are never rewritten.
      expect(fake.calls.of("Range.setValues")).toBe(3);
    });
    expect(cost.roundTrips).toBeLessThanOrEqual(8);
  });

  it("Valider: ≤ 4 per canonical sheet, marks written once per marked sheet", () => {
    const cost = atBothSizes((fake) => {
      validate();
      expect(fake.calls.of("Range.setNotes")).toBeGreaterThan(0);
      expect(fake.calls.of("Range.setNotes")).toBe(fake.calls.of("Range.setBackgrounds"));
    });
    expect(cost.roundTrips).toBeLessThanOrEqual(4 * CANONICAL_SHEETS);
  });

  it("Valider run again with nothing changed: one read per sheet, no write", () => {
    const cost = atBothSizes((fake) => {
      validate();
      fake.calls.reset();
      validate();
      expect(fake.calls.of("Range.setNotes")).toBe(0);
    });
    expect(cost.roundTrips).toBeLessThanOrEqual(4 * CANONICAL_SHEETS);
  });

  it("Structurer on canonical sheets, first run and again: ≤ 40", () => {
    expect(atBothSizes(() => structure()).roundTrips).toBeLessThanOrEqual(40);
    const again = atBothSizes((fake) => {
      structure();
      fake.calls.reset();
      structure();
    });
    expect(again.roundTrips).toBeLessThanOrEqual(40);
  });

  it("Structurer and Valider send their changes in one batch: every read comes first", () => {
    for (const operation of [structure, validate]) {
      const fake = install({ spreadsheet: { sheets: canonicalInits(generatePlan(10)) } });
      fake.calls.reset();
      operation();
      const log = fake.calls.sequence();
      const firstChange = log.findIndex((method) => CHANGE.test(method));
      expect(firstChange).toBeGreaterThan(0);
      expect(log.slice(firstChange).filter((method) => READ.test(method))).toEqual([]);
    }
  });

  it("Structurer run again does not read the workbook's other tabs, however many", () => {
    const rows = parse(readFileSync("samples/pivot-plan.csv"), { bom: true, relax_column_count: true });
    const archives = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        name: `Archives ${2010 + i}`,
        values: [
          ["Poste", "Montant"],
          ["Loyer", 12000 + i],
        ],
      }));
    const [without, withTen] = [0, 10].map((count) =>
      measure(
        () =>
          install({ spreadsheet: { sheets: [{ name: "Plan d'action", values: rows }, ...archives(count)] } }),
        (fake) => {
          structure();
          fake.calls.reset();
          structure();
          // The canonical sheets, the add-on's two hidden sheets (lists, snapshots) and the source.
          expect(fake.calls.of("Sheet.getSheetValues")).toBe(CANONICAL_SHEETS + 3);
        },
      ),
    );
    // Only their names are looked at (the spreadsheet's metadata, one trip for all).
    expect(withTen.roundTrips).toBe(without.roundTrips);
    expect(withTen.roundTrips).toBeLessThanOrEqual(40);
  });

  it("Structurer importing the board's own layout (Pivot sample), first run and again: ≤ 40", () => {
    const rows = parse(readFileSync("samples/pivot-plan.csv"), { bom: true, relax_column_count: true });
    const board = () => install({ spreadsheet: { sheets: [{ name: "Plan d'action", values: rows }] } });
    expect(measure(board, () => structure()).roundTrips).toBeLessThanOrEqual(40);
    const again = measure(board, (fake) => {
      structure();
      fake.calls.reset();
      structure();
    });
    expect(again.roundTrips).toBeLessThanOrEqual(40);
  });

  it("Structurer on an empty spreadsheet: ≤ 40", () => {
    const cost = measure(
      () => install(),
      () => structure(),
    );
    expect(cost.roundTrips).toBeLessThanOrEqual(40);
  });
});
