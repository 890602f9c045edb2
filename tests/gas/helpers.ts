/** Fake spreadsheets for the Apps Script adapters: a plan written as the canonical sheets, or raw sheets. */
import type { Cell } from "../../src/core/cells";
import type { Plan } from "../../src/core/model";
import { canonicalSheets } from "../../src/core/sheets/write";
import {
  createFakeGas,
  type FakeGas,
  type FakeGasOptions,
  installFakeGas,
  type SheetInit,
} from "../../src/node/gas-fake";

export const HTML_FILES = {
  Sidebar: "<!doctype html><title>Sidebar</title>",
  Report: "<!doctype html><title>Report</title>",
};

/** Installs a fake on globalThis: the adapters under test reach the services as globals. */
export function install(options: FakeGasOptions = {}): FakeGas {
  const fake = createFakeGas({ htmlFiles: HTML_FILES, ...options });
  installFakeGas(globalThis, fake);
  return fake;
}

export function canonicalInits(plan: Plan): SheetInit[] {
  return canonicalSheets(plan, null, "fr").map((grid) => ({ name: grid.name, values: grid.values }));
}

export function installPlan(plan: Plan, options: FakeGasOptions = {}): FakeGas {
  return install({ ...options, spreadsheet: { ...options.spreadsheet, sheets: canonicalInits(plan) } });
}

export function values(fake: FakeGas, sheet: string): Cell[][] {
  const model = fake.spreadsheet.sheet(sheet);
  if (!model) throw new Error(`no sheet ${sheet}`);
  return model.values();
}

/** The row (1-based) whose first cell is `code`. */
export function rowOf(fake: FakeGas, sheet: string, code: string): number {
  return values(fake, sheet).findIndex((row) => row[0] === code) + 1;
}
