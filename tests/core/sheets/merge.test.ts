/**
 * merge.ts carries the promise « never overwrite a person's edit »: running « Structurer » again
 * merges the fresh import into what people edited since, by row key, with the snapshot of what
 * Boussole last wrote telling their edits from its own.
 */
import type { Cell, SheetGrid } from "../../../src/core/cells";
import { type MergeOptions, mergeSheet } from "../../../src/core/sheets/merge";

const HEADER = ["Code", "Action", "Échéance"];
const sheet = (rows: Cell[][]): SheetGrid => ({
  name: "Actions",
  values: [HEADER, ...rows.map((r) => [...r])],
});

const SOURCE = [
  ["1.1.1", "Tenir une tournée", "Automne 2025"],
  ["1.1.2", "Publier un bulletin", "Hiver 2026"],
  ["1.1.3", "Former les bénévoles", "2026"],
];

function merge(existing: SheetGrid | null, fresh: SheetGrid, snapshot?: MergeOptions["snapshot"]) {
  return mergeSheet({
    existing,
    fresh,
    snapshot,
    timeZone: "America/Toronto",
    keyOf: (cells) => (cells[0] ?? "").trim(),
    known: (text) => HEADER.includes(text),
  });
}

/** The sheet as a first Structurer leaves it, with the snapshot of what it wrote. */
function firstRun() {
  const first = merge(null, sheet(SOURCE));
  return { values: first.values, snapshot: first.snapshot };
}

describe("mergeSheet", () => {
  it("a first run writes the source, and remembers a hash of every row", () => {
    const { values, snapshot } = firstRun();
    expect(values).toEqual([HEADER, ...SOURCE]);
    expect(Object.keys(snapshot.rows)).toEqual(["1.1.1", "1.1.2", "1.1.3"]);
  });

  it("a re-run with nothing changed writes nothing", () => {
    const { values, snapshot } = firstRun();
    const again = merge({ name: "Actions", values }, sheet(SOURCE), snapshot);
    expect(again.changed).toBe(false);
    expect(again.values).toEqual(values);
    expect(again.conflicts).toEqual([]);
    expect(again.added).toBe(0);
    expect(again.snapshot).toEqual(snapshot);
  });

  it("an edited cell is kept and reported when the source changed it too", () => {
    const { values, snapshot } = firstRun();
    values[1][1] = "Tenir une tournée (corrigé au CA)";
    const source = SOURCE.map((row) => [...row]);
    source[0][1] = "Tenir deux tournées";
    source[1][1] = "Publier deux bulletins";
    const again = merge({ name: "Actions", values }, sheet(source), snapshot);
    expect(again.values[1][1]).toBe("Tenir une tournée (corrigé au CA)");
    expect(again.conflicts).toEqual([{ row: 2, key: "1.1.1", columns: ["Action"] }]);
    // The row nobody touched follows the source.
    expect(again.values[2][1]).toBe("Publier deux bulletins");
    // The edited row keeps its old hash: it stays the person's until they settle it.
    expect(again.snapshot.rows["1.1.1"]).toBe(snapshot.rows["1.1.1"]);
  });

  it("an edited row stays as the person left it while the source does not change it", () => {
    const { values, snapshot } = firstRun();
    values[3][1] = "Former les bénévoles et les employés";
    values[3][2] = "";
    const again = merge({ name: "Actions", values }, sheet(SOURCE), snapshot);
    expect(again.values[3]).toEqual(["1.1.3", "Former les bénévoles et les employés", ""]);
    expect(again.conflicts).toEqual([]);
    expect(again.changed).toBe(false);
  });

  it("when the source then changes it, its empty cells are filled and the edit is reported", () => {
    const { values, snapshot } = firstRun();
    values[3][1] = "Former les bénévoles et les employés";
    values[3][2] = "";
    const source = SOURCE.map((row) => [...row]);
    source[2][1] = "Former les bénévoles (révisé)";
    const again = merge({ name: "Actions", values }, sheet(source), snapshot);
    expect(again.values[3]).toEqual(["1.1.3", "Former les bénévoles et les employés", "2026"]);
    expect(again.conflicts).toEqual([{ row: 4, key: "1.1.3", columns: ["Action"] }]);
  });

  it("a row added by a person is kept where it is", () => {
    const { values, snapshot } = firstRun();
    values.splice(2, 0, ["1.1.9", "Ajoutée au CA", "Printemps 2026"]);
    const again = merge({ name: "Actions", values }, sheet(SOURCE), snapshot);
    expect(again.values[2]).toEqual(["1.1.9", "Ajoutée au CA", "Printemps 2026"]);
    expect(again.values).toHaveLength(5);
    expect(again.conflicts).toEqual([]);
    expect(again.changed).toBe(false);
  });

  it("a row removed from the source stays in the sheet (Boussole never deletes) and leaves the snapshot", () => {
    const { values, snapshot } = firstRun();
    const again = merge({ name: "Actions", values }, sheet(SOURCE.slice(0, 2)), snapshot);
    expect(again.values).toEqual([HEADER, ...SOURCE]);
    expect(again.changed).toBe(false);
    expect(Object.keys(again.snapshot.rows)).toEqual(["1.1.1", "1.1.2"]);
  });

  it("a row a person deleted is not recreated, and is reported", () => {
    const { values, snapshot } = firstRun();
    values.splice(2, 1);
    const again = merge({ name: "Actions", values }, sheet(SOURCE), snapshot);
    expect(again.values.map((row) => row[0])).toEqual(["Code", "1.1.1", "1.1.3"]);
    expect(again.deleted).toEqual(["1.1.2"]);
    // Still remembered: the next run does not recreate it either.
    expect(again.snapshot.rows["1.1.2"]).toBe(snapshot.rows["1.1.2"]);
  });

  it("a new row of the source is added at the end", () => {
    const { values, snapshot } = firstRun();
    const source = [...SOURCE, ["1.1.4", "Nouvelle action", "2027"]];
    const again = merge({ name: "Actions", values }, sheet(source), snapshot);
    expect(again.values.at(-1)).toEqual(["1.1.4", "Nouvelle action", "2027"]);
    expect(again.added).toBe(1);
    expect(again.changed).toBe(true);
  });
});
