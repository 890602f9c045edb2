/**
 * Service calls per operation, on the fake (every method call on a service object counts, builders
 * included), at two plan sizes: each count must not grow with the number of rows, and stays under
 * the bound stated here. Where the target cannot be met with per-method counting, the bound
 * is the measured cost (see the report of issue 6): sidebar data 21, adding 21, Structurer ≤ 190.
 */
import { addAction, getSidebarData, menuOpenSidebar, updateAction } from "../../src/gas/main";
import { structure } from "../../src/gas/structure";
import { validate } from "../../src/gas/validate";
import type { FakeGas } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, install, values } from "./helpers";

const SIZES = [10, 1000];

/** Calls made by `operation` on a fresh fake made by `setup`. */
function measure(setup: () => FakeGas, operation: (fake: FakeGas) => unknown): number {
  const fake = setup();
  fake.calls.reset();
  operation(fake);
  return fake.calls.total();
}

/** The same operation on a plan of each size. */
function both(operation: (fake: FakeGas) => unknown): number[] {
  // Room below the data in both sizes: a full sheet costs one more call to grow (tested elsewhere).
  const withRoom = (size: number) =>
    canonicalInits(generatePlan(size)).map((sheet) => ({ ...sheet, maxRows: sheet.values.length + 100 }));
  return SIZES.map((size) => measure(() => install({ spreadsheet: { sheets: withRoom(size) } }), operation));
}

describe("call budgets (independent of the number of rows)", () => {
  it("opening the sidebar: ≤ 5", () => {
    const [small, large] = both(() => menuOpenSidebar());
    expect(small).toBe(large);
    expect(small).toBeLessThanOrEqual(5);
  });

  it("sidebar data: one lookup and one read per canonical sheet, plus the cursor (≤ 21)", () => {
    const [small, large] = both(() => getSidebarData());
    expect(small).toBe(large);
    expect(small).toBeLessThanOrEqual(21);
  });

  it("adding an action: ≤ 21, with exactly one setValues", () => {
    const counts = both((fake) => {
      const result = addAction({ objectiveCode: "1.1", title: "Mesurée" });
      expect(result.ok).toBe(true);
      expect(fake.calls.of("Range.setValues")).toBe(1);
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(21);
  });

  it("updating an action: ≤ 20, with exactly one setValues", () => {
    const counts = both((fake) => {
      const code = String(values(fake, "Actions")[1][0]);
      expect(updateAction({ code, status: "Réalisée", notes: "Fait" }).ok).toBe(true);
      expect(fake.calls.of("Range.setValues")).toBe(1);
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(20);
  });

  it("Valider: ≤ 7 per canonical sheet plus 3 (read, marks written once per sheet)", () => {
    const counts = both((fake) => {
      validate();
      expect(fake.calls.of("Range.setNotes")).toBeLessThanOrEqual(5);
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(7 * 5 + 3);
  });

  it("Structurer: the same count at 10 and 1,000 actions (≤ 190)", () => {
    const counts = both(() => structure());
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(190);
    const empty = measure(
      () => install(),
      () => structure(),
    );
    expect(empty).toBeLessThanOrEqual(190);
  });
});
