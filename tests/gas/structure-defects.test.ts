/**
 * Issue 12's defects of « Structurer le plan », each through the built dist/Code.js as Apps Script
 * runs it (one global scope, the fake's services and dates of that scope's realm):
 * (2) the board's text is written as typed, never as a formula, number or date;
 * (3) « Fin prévue » and « Mise à jour » are real dates; text dates are repaired;
 * (5) the sheet grows with insertColumnsAfter instead of being written past its last column;
 * (6) Structurer takes the document lock, and says so in French when the wait is too long;
 * (7) what it remembers fits PropertiesService's quotas at any plan size.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { dateInZone } from "../../src/core/cells";
import { createFakeGas, type FakeGas, installFakeGas, type SheetInit } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, HTML_FILES, values } from "./helpers";

const TZ = "America/Toronto";

let code = "";
beforeAll(() => {
  execFileSync(process.execPath, ["build.mjs"], { stdio: "pipe" });
  code = readFileSync("dist/Code.js", "utf8");
});

type Globals = Record<string, (...args: unknown[]) => unknown>;

function load(sheets: SheetInit[]): { fake: FakeGas; run: Globals } {
  const fake = createFakeGas({ htmlFiles: HTML_FILES, spreadsheet: { sheets, timeZone: TZ } });
  const context = vm.createContext({ console });
  installFakeGas(context, fake, vm.runInContext("({ Date, Error })", context));
  vm.runInContext(code, context, { filename: "Code.js" });
  return { fake, run: context as Globals };
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

/** The canonical sheets of a generated plan, as an older Boussole left them: days written as text. */
function withTextDays(size: number): SheetInit[] {
  return canonicalInits(generatePlan(size)).map((sheet) => {
    if (sheet.name !== "Actions") return sheet;
    const header = [...sheet.values[0], "Fin prévue"];
    const update = header.indexOf("Mise à jour");
    const rows = sheet.values.slice(1).map((row, r) => {
      const copy = [...row, r % 2 === 0 ? "2031-03-31" : ""];
      copy[update] = r % 3 === 0 ? "2026-03-15" : "";
      return copy;
    });
    // Plain-text cells: what the old writer left (a quoted or « @ » ISO text).
    const numberFormats = [header, ...rows].map((row) => row.map(() => "@"));
    return { ...sheet, values: [header, ...rows], numberFormats };
  });
}

describe("Structurer through dist/Code.js", () => {
  it("(2) writes the board's text exactly as typed: no formula, number or date made of it", () => {
    const hostile = [
      '=IMPORTXML("https://exemple.org","//a")',
      "2020-03-15",
      "+15 %",
      "'cité",
      "- 10 rencontres",
      "12 500 $",
    ];
    // « 007 » alone in the Action column would be read as a numbered item by the import: it goes in Partenaires.
    const partnersOf = (i: number) => (i === 0 ? "007" : hostile[i]);
    const rows = [
      ["Orientation", "Objectif", "Action", "Échéance", "Partenaires"],
      ...hostile.map((text, i) => [
        "1. Vie associative",
        "1.1 Participation",
        text,
        "Automne 2031",
        partnersOf(i),
      ]),
    ];
    const { fake, run } = load([{ name: "Plan", values: rows }]);
    run.menuStructure();
    const sheet = fake.spreadsheet.sheet("Actions");
    const grid = values(fake, "Actions");
    const header = grid[0];
    const [title, partners] = [header.indexOf("Action"), header.indexOf("Partenaires")];
    const written = grid.slice(1, hostile.length + 1);
    expect(written.map((row) => row[title])).toEqual(hostile);
    expect(written.map((row) => row[partners])).toEqual(hostile.map((_, i) => partnersOf(i)));
    const formulas = written.map((_, r) => sheet?.cell(r + 2, title + 1)?.formula ?? "");
    expect(formulas).toEqual(hostile.map(() => ""));
  });

  it("(3) writes « Fin prévue » and « Mise à jour » as dates in the spreadsheet's zone, repairing text days", () => {
    const { fake, run } = load(withTextDays(12));
    run.menuStructure();
    const grid = values(fake, "Actions");
    const header = grid[0];
    const end = header.indexOf("Fin prévue");
    const update = header.indexOf("Mise à jour");
    const rows = grid.slice(1).filter((row) => row[0] !== "");
    const ends = rows.map((row) => row[end]).filter((cell) => cell !== "");
    expect(ends.length).toBeGreaterThan(5);
    // Every computed end is a date (the ISNUMBER of the « late » rule holds), none is text.
    expect(ends.every(isDate)).toBe(true);
    const updates = rows.map((row) => row[update]).filter((cell) => cell !== "");
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((cell) => isDate(cell) && dateInZone(cell, TZ) === "2026-03-15")).toBe(true);
    // Midnight in the spreadsheet's zone, shown as a date.
    const sheet = fake.spreadsheet.sheet("Actions");
    const first = grid.findIndex((row, r) => r > 0 && isDate(row[update]));
    expect(sheet?.cell(first + 1, update + 1)?.numberFormat).toBe("yyyy-mm-dd");
    const day = grid[first][update] as Date;
    expect(
      new Intl.DateTimeFormat("en-CA", { timeZone: TZ, hour: "2-digit", hourCycle: "h23" }).format(day),
    ).toBe("00");
  });

  it("(5) adds the « Fin prévue » column with insertColumnsAfter when the sheet has no room", () => {
    const sheets = canonicalInits(generatePlan(12)).map((sheet) =>
      sheet.name === "Actions" ? { ...sheet, maxColumns: sheet.values[0].length } : sheet,
    );
    const { fake, run } = load(sheets);
    const width = sheets.find((s) => s.name === "Actions")?.values[0].length ?? 0;
    run.menuStructure();
    expect(fake.calls.of("Sheet.insertColumnsAfter")).toBe(1);
    expect(fake.spreadsheet.sheet("Actions")?.maxColumns).toBe(width + 1);
    expect(values(fake, "Actions")[0][width]).toBe("Fin prévue");
    expect(fake.ui.questions.at(-1)?.prompt).toContain("à jour");
  });

  it("(6) takes the document lock, and when another write holds it too long says so and writes nothing", () => {
    const { fake, run } = load(canonicalInits(generatePlan(12)));
    const before = JSON.stringify(fake.spreadsheet.snapshot());
    const release = fake.locks.holdDocumentLock();
    run.menuStructure();
    expect(JSON.stringify(fake.spreadsheet.snapshot())).toBe(before);
    expect(fake.ui.questions.at(-1)?.prompt).toContain("l'attente a été trop longue");
    release();
    fake.calls.reset();
    run.menuStructure();
    expect(fake.calls.of("Lock.tryLock")).toBe(1);
    expect(fake.calls.of("Lock.releaseLock")).toBe(1);
    expect(fake.locks.state("document")).toBe("none");
    expect(values(fake, "Actions")[0]).toContain("Fin prévue");
  });
});

/** UTF-8 bytes of a property store, keys and values, as Google counts its 500 KB. */
function storeBytes(store: Map<string, string>): { total: number; largest: number } {
  const sizes = [...store].map(([key, value]) => Buffer.byteLength(key) + Buffer.byteLength(value));
  return {
    total: sizes.reduce((a, b) => a + b, 0),
    largest: Math.max(0, ...[...store.values()].map((value) => Buffer.byteLength(value))),
  };
}

describe("(7) Structurer's memory fits the quotas at any plan size", () => {
  it("keeps the per-row hashes out of DocumentProperties: the store does not grow with the plan", () => {
    const sizes = [100, 20_000].map((count) => {
      const rows: string[][] = [["Orientation", "Objectif", "Action", "Échéance"]];
      for (let i = 0; i < count; i++) {
        const objective = Math.floor(i / 40);
        rows.push([
          `${Math.floor(objective / 10) + 1}. Orientation à développer`,
          `${Math.floor(objective / 10) + 1}.${(objective % 10) + 1} Objectif de qualité`,
          `Action « ${i} » à réaliser avec les partenaires`,
          "Automne 2031",
        ]);
      }
      const { fake, run } = load([{ name: "Plan d'action", values: rows }]);
      run.menuStructure();
      const actions = values(fake, "Actions").filter((row, r) => r > 0 && row[0] !== "").length;
      const store = storeBytes(fake.properties.stores.document);
      const snapshots = values(fake, "Boussole (état)").length;
      return { actions, store, snapshots, hidden: fake.spreadsheet.sheet("Boussole (état)")?.hidden };
    });
    expect(sizes[1].actions).toBeGreaterThan(19_000);
    // The hashes are in the hidden sheet, one row each…
    expect(sizes[1].snapshots).toBeGreaterThan(sizes[1].actions);
    expect(sizes[1].hidden).toBe(true);
    // …and the properties hold the same few bytes whatever the size, far from 9 KB and 500 KB.
    expect(sizes[1].store.total).toBe(sizes[0].store.total);
    expect(sizes[1].store.total).toBeLessThan(1000);
    expect(sizes[1].store.largest).toBeLessThan(9 * 1024);
  }, 120_000);
});
