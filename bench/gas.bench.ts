/**
 * The add-on's operations on the fake Apps Script at 100, 1,000 and 5,000 generated actions: wall
 * time, round trips (the unit of the budgets, src/node/gas-fake/cost.ts) and every method
 * call. « first run » cases build a fresh fake each time, so their time includes loading the
 * workbook into it.
 */

import { canonicalSheets } from "../src/core/sheets/write";
import { addAction, getSidebarData, menuOpenSidebar } from "../src/gas/main";
import { structure } from "../src/gas/structure";
import { validate } from "../src/gas/validate";
import { createFakeGas, type FakeGas, installFakeGas } from "../src/node/gas-fake";
import { generatePlan } from "../tests/support/generate-plan";
import { type BenchCase, costOf, type ServiceCost } from "./harness";

const SIZES = [100, 1000, 5000];
const HTML = { Sidebar: "<!doctype html>", Report: "<!doctype html>" };

export function fakeWithPlan(size: number): () => FakeGas {
  const sheets = canonicalSheets(generatePlan(size), null, "fr").map((grid) => ({
    name: grid.name,
    values: grid.values,
  }));
  return () => {
    const fake = createFakeGas({ htmlFiles: HTML, spreadsheet: { sheets } });
    installFakeGas(globalThis, fake);
    return fake;
  };
}

/** One operation on the fake `acquire` hands over, counting the cost of the last run. */
function measured(
  operation: string,
  size: string,
  acquire: () => FakeGas,
  run: () => unknown,
  target: string,
): BenchCase {
  let cost: ServiceCost = { roundTrips: 0, calls: 0 };
  return {
    operation,
    size,
    target,
    run: () => {
      const fake = acquire();
      fake.calls.reset();
      run();
      cost = costOf(fake.calls);
    },
    serviceCalls: () => cost,
  };
}

/** One fake shared by every run (installed again before each, other cases install theirs). */
function onShared(operation: string, size: string, make: () => FakeGas, run: () => unknown, target: string) {
  let fake: FakeGas | null = null;
  const acquire = () => {
    fake ??= make();
    installFakeGas(globalThis, fake);
    return fake;
  };
  return measured(operation, size, acquire, run, target);
}

export function cases(): BenchCase[] {
  return SIZES.flatMap((count) => {
    const size = `${count.toLocaleString("en")} actions`;
    const make = fakeWithPlan(count);
    return [
      onShared("gas: open the sidebar", size, make, () => menuOpenSidebar(), "≤ 5 round trips"),
      onShared("gas: sidebar data", size, make, () => getSidebarData(), "independent of rows"),
      onShared(
        "gas: add an action",
        size,
        make,
        () => addAction({ objectiveCode: "1.1", title: "Bench", deadline: "Automne 2030" }),
        "≤ 8 round trips",
      ),
      onShared("gas: Valider", size, make, () => validate(), "≤ 4 round trips per sheet"),
      // A fresh fake for every run (make), so that each is a first run.
      measured("gas: Structurer (first run, canonical)", size, make, () => structure(), "≤ 40 round trips"),
      onShared("gas: Structurer (run again)", size, make, () => structure(), "idempotent, ≤ 40 round trips"),
    ];
  });
}
