/** Fake spreadsheets for the Apps Script adapters: a plan written as the canonical sheets, or raw sheets. */
import { readFileSync } from "node:fs";
import vm from "node:vm";
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

export type BundleGlobals = Record<string, (...args: unknown[]) => unknown>;

/** dist/Code.js, built once for the whole run by tests/support/global-setup.cjs. */
export function readBundle(): string {
  return readFileSync("dist/Code.js", "utf8");
}

/**
 * dist/Code.js as Apps Script runs it: one global scope, the fake's services as its only globals,
 * and the fake's dates made in that scope's realm (so `instanceof Date` holds there).
 */
export function loadBundle(code: string, fake: FakeGas): BundleGlobals {
  const context = vm.createContext({ console });
  installFakeGas(context, fake, vm.runInContext("({ Date, Error })", context));
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as BundleGlobals;
}
