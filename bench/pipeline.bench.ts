/** The shared path: canonical sheets → checked plan, at the three plan sizes of the bench. */
import type { WorkbookGrid } from "../src/core/cells";
import { loadPlan } from "../src/core/pipeline";
import { readCanonicalPlan } from "../src/core/sheets/read";
import { canonicalSheets } from "../src/core/sheets/write";
import { generatePlan } from "../tests/support/generate-plan";
import type { BenchCase } from "./harness";

export function cases(): BenchCase[] {
  return [100, 1000, 5000].flatMap((size) => {
    const plan = generatePlan(size);
    const workbook: WorkbookGrid = { sheets: canonicalSheets(plan, null), timeZone: "America/Toronto" };
    return [
      {
        operation: "canonical sheets: write",
        size: `${size} actions`,
        run: () => canonicalSheets(plan, workbook),
      },
      {
        operation: "canonical sheets: read",
        size: `${size} actions`,
        run: () => readCanonicalPlan(workbook),
      },
      {
        operation: "load plan (read, parse, resolve, validate)",
        size: `${size} actions`,
        run: () => loadPlan(workbook, { today: "2021-01-15" }),
      },
    ];
  });
}
