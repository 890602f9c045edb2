import { messages } from "../../../src/core/i18n";
import type { ColumnMap } from "../../../src/core/import/headers";
import { levelOf, MappingRecorder } from "../../../src/core/import/mapping";
import { newAction, newObjective, newOrientation } from "../../../src/core/model";

function header(row: number, headers: string[]): ColumnMap {
  const columns = new Map(
    headers.map((text, index) => [index, { index, header: text, role: "extra" as const }]),
  );
  return { row, columns, byRole: new Map() };
}

function recorder(): MappingRecorder {
  return new MappingRecorder("Plan", messages("fr").structure);
}

describe("MappingRecorder", () => {
  it("reports a header repeated above each table as one column, with every field its cells fed", () => {
    const mapping = recorder();
    const first = header(2, ["Action", "Notes"]);
    const second = header(9, ["Action", "Notes"]);
    const [firstAction] = first.columns.values();
    const [secondAction] = second.columns.values();
    mapping.registerColumns(first);
    mapping.use(firstAction, "title");
    mapping.registerColumns(second);
    mapping.use(secondAction, "code");
    const { columns } = mapping.report("sections", 12, []);
    expect(columns).toEqual([
      { column: "A", index: 1, header: "Action", headerRow: 3, fields: ["title", "code"] },
      { column: "B", index: 2, header: "Notes", headerRow: 3, fields: [] },
    ]);
  });

  it("places a column no header named under the current table's header row", () => {
    const mapping = recorder();
    mapping.registerColumns(header(4, ["Action"]));
    mapping.use({ index: 2, header: "Sans titre (C)", role: "extra" }, "extra");
    expect(mapping.report("flat", 6, []).columns[1]).toMatchObject({
      column: "C",
      headerRow: 5,
      fields: ["extra"],
    });
  });

  it("lists a leftover cell with a warning, and records its row only when nothing else did", () => {
    const mapping = recorder();
    mapping.entry(0, "title", [], "Plan");
    mapping.leftover(0, { index: 1, text: "x", raw: "x" }, "extraCell", "unused");
    mapping.leftover(1, { index: 3, text: "y", raw: "y" }, "unrecognized", "unused");
    const report = mapping.report("unknown", 2, []);
    expect(report.rows.map((row) => [row.row, row.kind, row.text])).toEqual([
      [1, "title", "Plan"],
      [2, "unused", "y"],
    ]);
    expect(report.unused).toEqual([
      { sheet: "Plan", row: 1, column: "B", columnIndex: 2, text: "x", reason: "extraCell" },
      { sheet: "Plan", row: 2, column: "D", columnIndex: 4, text: "y", reason: "unrecognized" },
    ]);
    expect(mapping.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["structure.unusedCell", 1, "B"],
      ["structure.unusedCell", 2, "D"],
    ]);
  });

  it("names each entity's level by its shape", () => {
    expect(levelOf(newOrientation({ code: "1", title: "O" }))).toBe("orientation");
    expect(levelOf(newObjective({ code: "1.1", title: "Ob", group: null }))).toBe("objective");
    expect(levelOf(newAction({ code: "1.1.1", title: "A" }))).toBe("action");
  });
});
