/** mergeSheet's rows without a key: added once, never twice (200,000 rows: npm run bench). */
import type { Cell } from "../../../src/core/cells";
import { mergeSheet } from "../../../src/core/sheets/merge";

const HEADER = ["Code", "Nom", "Rôle"];

function merge(existing: Cell[][] | null, fresh: Cell[][]) {
  return mergeSheet({
    existing: existing && { name: "Responsables", values: [HEADER, ...existing] },
    fresh: { name: "Responsables", values: [HEADER, ...fresh] },
    snapshot: undefined,
    timeZone: "America/Toronto",
    keyOf: (cells) => cells[0] ?? "",
    known: () => true,
  });
}

describe("mergeSheet, rows without a key", () => {
  test("a row already in the sheet is not added again; a new one is, once", () => {
    const result = merge(
      [["", "Marie", "DG"]],
      [
        ["", "Marie", "DG"],
        ["", "Paul", "CA"],
        ["", "Paul", "CA"],
      ],
    );
    expect(result.values.slice(1)).toEqual([
      ["", "Marie", "DG"],
      ["", "Paul", "CA"],
    ]);
    expect(result.added).toBe(1);
  });
});
