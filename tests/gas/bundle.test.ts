/**
 * The built dist/Code.js as Apps Script runs it: one global scope, no require/module/process,
 * only the services as globals. Its entry points are found from the menu onOpen built.
 */
import vm from "node:vm";
import { MENU_ITEMS } from "../../src/gas/menu";
import { RPC_CONTRACT } from "../../src/gas/rpc/contract";
import { createFakeGas, type FakeGas, installFakeGas } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, HTML_FILES, loadBundle, readBundle } from "./helpers";

const RPCS = Object.keys(RPC_CONTRACT);
const TRIGGERS = ["onOpen", "onInstall"];

let code = "";
beforeAll(() => {
  code = readBundle();
});

const load = (fake: FakeGas) => loadBundle(code, fake);

/** The functions dist/Code.js adds to the global scope. */
function entryPoints(): string[] {
  const fake = createFakeGas({ htmlFiles: HTML_FILES });
  const context = installFakeGas(vm.createContext({ console }), fake) as Record<string, unknown>;
  const before = new Set(Object.keys(context));
  vm.runInContext(code, context, { filename: "Code.js" });
  return Object.keys(context).filter((name) => !before.has(name) && typeof context[name] === "function");
}

describe("dist/Code.js", () => {
  it("has no module syntax", () => {
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  it("loads without require/module/process and without calling any service", () => {
    const fake = createFakeGas({ htmlFiles: HTML_FILES });
    const globals = load(fake);
    expect(fake.calls.total()).toBe(0);
    for (const name of ["require", "module", "process"]) expect(name in globals).toBe(false);
  });

  it("its global functions are exactly the triggers, the menu items and the calls of the RPC contract", () => {
    const menu = MENU_ITEMS.map((item) => item.target);
    expect(new Set(entryPoints())).toEqual(new Set([...TRIGGERS, ...menu, ...RPCS]));
    expect(RPCS).toEqual(expect.arrayContaining(["getSidebarData", "getReportOptions", "generateReport"]));
  });

  it("in AuthMode.NONE, onOpen builds the add-on menu and calls nothing else", () => {
    const fake = createFakeGas({ htmlFiles: HTML_FILES });
    const globals = load(fake);
    // As Apps Script runs it: anything needing authorization throws in this mode.
    fake.runInAuthMode("NONE", () => globals.onOpen({ authMode: "NONE" }));
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.ui.menus[0].addon).toBe(true);
    const kinds = Object.keys(fake.calls.byMethod()).map((method) => method.split(".")[0]);
    expect(new Set(kinds)).toEqual(new Set(["SpreadsheetApp", "Ui", "Menu"]));
  });

  it("authorized, with no setting: the add-on menu (Extensions › Boussole), every item a global function, as are onInstall and the RPCs", () => {
    const fake = createFakeGas({ htmlFiles: HTML_FILES, spreadsheet: { locale: "en_US" } });
    const globals = load(fake);
    globals.onInstall({ authMode: "FULL" });
    expect(fake.ui.menus).toHaveLength(1);
    const menu = fake.ui.menus[0];
    expect(menu).toMatchObject({ addon: true });
    const items = menu.entries.flatMap((entry) => (entry.type === "item" ? [entry] : []));
    expect(items.map((item) => item.caption)).toEqual([
      "Open the panel",
      "Structure the plan",
      "Check the plan",
      "Create the annual report…",
      "Help",
    ]);
    for (const name of [...TRIGGERS, ...items.map((item) => item.functionName), ...RPCS]) {
      expect(typeof globals[name]).toBe("function");
    }
  });

  it("drives the entry points against the fakes", () => {
    const fake = createFakeGas({ htmlFiles: HTML_FILES });
    const globals = load(fake);
    globals.menuStructure();
    expect(fake.spreadsheet.sheet("Actions")).toBeDefined();
    const result = globals.addAction({
      objectiveCode: "1.1",
      title: "Depuis le bundle",
      deadline: "Hiver 2026",
    }) as { ok: boolean; code: string };
    expect(result).toMatchObject({ ok: true, code: "1.1.3" });
    const bad = globals.addAction({ objectiveCode: "1.1", title: "x", deadline: "bientôt" }) as {
      ok: boolean;
    };
    expect(bad.ok).toBe(false);
    globals.menuOpenSidebar();
    expect(fake.ui.sidebar()?.title).toBe("Boussole");
    const data = globals.getSidebarData() as { actionCount: number };
    expect(data.actionCount).toBe(6);
    globals.menuReport();
    expect(fake.ui.dialogs.at(-1)).toMatchObject({ kind: "modal", title: "Rapport annuel" });
  });

  it("the add-on menu in every mode, with no script property to set", () => {
    for (const authMode of ["LIMITED", "FULL"] as const) {
      const fake = createFakeGas({
        htmlFiles: HTML_FILES,
        spreadsheet: { sheets: canonicalInits(generatePlan(5)) },
      });
      const globals = load(fake);
      fake.runInAuthMode(authMode, () => globals.onOpen({ authMode }));
      expect(fake.ui.menus.map((menu) => menu.addon)).toEqual([true]);
      expect(fake.calls.of("Ui.createMenu")).toBe(0);
    }
  });
});
