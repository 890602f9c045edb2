import type { Cell } from "../../../src/core/cells";
import { type CellMark, MARK_COLORS, markExtent, planMarks } from "../../../src/core/sheets/marks";

const mark = (row: number, column: number): CellMark => ({ row, column, severity: "error", message: "x" });

describe("markExtent", () => {
  it("covers the data, the new marks and the cells marked last time, within the sheet", () => {
    const values: Cell[][] = [["a", "b"], ["c"]];
    expect(markExtent(values, [mark(4, 1)], { "2:5": "#d9ead3" }, { rows: 10, columns: 10 })).toEqual({
      rows: 4,
      columns: 5,
    });
  });

  it("clamps to the sheet as it is now: rows or columns deleted since are left out", () => {
    const previous = { "40:3": "#d9ead3", "2:30": "#fce5cd" };
    expect(markExtent([["a"]], [], previous, { rows: 20, columns: 15 })).toEqual({ rows: 20, columns: 15 });
  });

  it("ignores remembered keys that are not row:column", () => {
    expect(markExtent([["a"]], [], { nonsense: "#fff", "3:x": "#fff" }, { rows: 9, columns: 9 })).toEqual({
      rows: 1,
      columns: 1,
    });
  });

  it("handles 200,000 rows and marks (no spread into Math.max)", () => {
    const size = 200_000;
    const values: Cell[][] = Array(size).fill(["a", "b", "c"]);
    const marks = Array.from({ length: size }, (_, i) => mark(i + 1, 2));
    const previous = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`${i + 1}:4`, "#d9ead3"]));
    expect(markExtent(values, marks, previous, { rows: size, columns: 26 })).toEqual({
      rows: size,
      columns: 4,
    });
  });
});

describe("planMarks", () => {
  it("plans the block read only: marks and remembered colours outside it are dropped", () => {
    const plan = planMarks({
      backgrounds: [["#ffffff", "#ffffff"]],
      notes: [["", ""]],
      marks: [mark(1, 2), mark(5, 1), mark(1, 9)],
      restore: { "7:7": "#d9ead3" },
    });
    expect(plan.backgrounds).toEqual([[null, MARK_COLORS.error]]);
    expect(plan.notes[0][1]).toContain("x");
    expect(plan.restore).toEqual({});
  });

  it("handles 200,000 marks, most outside the block (no spread into Math.max)", () => {
    const marks = Array.from({ length: 200_000 }, (_, i) => mark(i + 1, 1));
    const plan = planMarks({ backgrounds: [["#ffffff"]], notes: [[""]], marks, restore: {} });
    expect(plan.backgrounds).toEqual([[MARK_COLORS.error]]);
  });
});
