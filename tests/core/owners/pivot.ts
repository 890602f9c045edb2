/** The Pivot sample as the tests need it: its roster, and every Responsables cell of its tables. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { RosterEntry } from "../../../src/core/model";
import { parseAliases } from "../../../src/core/owners/roster";

const samples = join(__dirname, "../../../samples");

function readCsv(file: string): string[][] {
  return parse(readFileSync(join(samples, file), "utf8"), { relax_column_count: true });
}

export function pivotRoster(): RosterEntry[] {
  const [, ...rows] = readCsv("pivot-roster.csv");
  return rows.map(([name, role, email, aliases]) => ({
    name,
    role: role || null,
    email: email || null,
    aliases: parseAliases(aliases ?? ""),
  }));
}

/** The 3rd column of every row of every action table (from its « Action » header to a blank row). */
export function pivotOwnerCells(): string[] {
  const cells: string[] = [];
  let inTable = false;
  for (const row of readCsv("pivot-plan.csv")) {
    if (row.every((cell) => cell.trim() === "")) inTable = false;
    else if (row[0].trim() === "Action") inTable = true;
    else if (inTable) cells.push(row[2]);
  }
  return cells;
}
