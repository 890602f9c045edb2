/**
 * 200,000 rows: Valider on the fake Apps Script, and the Structurer's merge of an Actions sheet
 * (every row matched by its code, plus 1,000 rows without one). Linear and without a stack overflow
 * (no Math.max(...rows)); one measured run each, no warm-up: each takes a while.
 */
import type { Cell, SheetGrid } from "../src/core/cells";
import { mergeSheet } from "../src/core/sheets/merge";
import { canonicalSheets } from "../src/core/sheets/write";
import { validate } from "../src/gas/validate";
import type { FakeGas } from "../src/node/gas-fake";
import { generatePlan } from "../tests/support/generate-plan";
import { fakeWithPlan } from "./gas.bench";
import { type BenchCase, withCpu } from "./harness";

const ROWS = 200_000;
const SIZE = `${ROWS.toLocaleString("en")} actions`;

function valider(): BenchCase {
  let make: (() => FakeGas) | null = null;
  let cpu = 0;
  return {
    operation: "gas: Valider",
    size: SIZE,
    runs: 1,
    warmUp: false,
    target: "no size cliff",
    setup: () => {
      make = fakeWithPlan(ROWS);
    },
    run: () => {
      make?.();
      cpu = withCpu(() => validate()).cpu;
    },
    details: () => `CPU ${(cpu / 1000).toFixed(1)} s`,
  };
}

function merge(): BenchCase {
  let existing: SheetGrid = { name: "Actions", values: [] };
  let fresh: SheetGrid = existing;
  let cpu = 0;
  return {
    operation: "core: merge into an existing sheet",
    size: `${SIZE} + 1,000 without a code`,
    runs: 1,
    warmUp: false,
    target: "linear",
    setup: () => {
      const actions = canonicalSheets(generatePlan(ROWS), null, "fr").find((grid) => grid.name === "Actions");
      if (!actions) throw new Error("no Actions sheet");
      const keyless = Array.from({ length: 1000 }, (_, i): Cell[] => ["", "1.1", `Sans code ${i}`]);
      existing = actions;
      fresh = { name: actions.name, values: [...actions.values, ...keyless] };
    },
    run: () => {
      cpu = withCpu(() =>
        mergeSheet({
          existing,
          fresh,
          snapshot: undefined,
          timeZone: "America/Toronto",
          keyOf: (cells) => cells[0] ?? "",
          known: () => true,
        }),
      ).cpu;
    },
    details: () => `CPU ${(cpu / 1000).toFixed(1)} s`,
  };
}

export function cases(): BenchCase[] {
  return [merge(), valider()];
}
