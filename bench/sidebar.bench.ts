/**
 * getSidebarData as the sidebar receives it, at 10, 1,000 and 5,000 actions: the size of its JSON
 * and the server's CPU time for one refresh (a session refreshes it about six times). The call
 * runs in dist/Code.js, the code Apps Script runs, evaluated once in this realm over the fake
 * services: the sources through tsx would also count the `__name` wrapper tsx gives every closure,
 * and a node:vm context makes every global lookup (Date, String) go through its interceptors —
 * neither exists in Apps Script.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { installFakeGas } from "../src/node/gas-fake";
import { fakeWithPlan } from "./gas.bench";
import { type BenchCase, median, withCpu } from "./harness";

const BUNDLE = join(__dirname, "..", "dist", "Code.js");

let bundle: { getSidebarData: () => unknown } | null = null;

/** The bundle's getSidebarData over a fake holding a plan of `count` actions. */
function bundledSidebar(count: number): () => unknown {
  const fake = fakeWithPlan(count)();
  if (!bundle) {
    vm.runInThisContext(readFileSync(BUNDLE, "utf8"), { filename: "Code.js" });
    bundle = globalThis as unknown as { getSidebarData: () => unknown };
  }
  const { getSidebarData } = bundle;
  return () => {
    installFakeGas(globalThis, fake);
    return getSidebarData();
  };
}

/** Issue 16 §3: what one refresh may weigh and cost at any plan size. */
const MAX_KB = 100;
const MAX_CPU_MS = 60;

export function cases(): BenchCase[] {
  return [10, 1000, 5000].map((count) => {
    let getSidebarData: (() => unknown) | null = null;
    let bytes = 0;
    const cpu: number[] = [];
    return {
      operation: "gas: getSidebarData, size and CPU",
      size: `${count.toLocaleString("en")} actions`,
      target: `≤ ${MAX_KB} KB, ≤ ${MAX_CPU_MS} ms CPU`,
      // A refresh's CPU varies with when the garbage collector runs: enough runs for a steady median.
      runs: 25,
      run: () => {
        getSidebarData ??= bundledSidebar(count);
        const { value, cpu: used } = withCpu(getSidebarData);
        cpu.push(used);
        bytes = Buffer.byteLength(JSON.stringify(value));
      },
      details: () => {
        const kb = bytes / 1024;
        const ms = median(cpu);
        const mark = (ok: boolean) => (ok ? "ok" : "OVER");
        return `${kb.toFixed(1)} KB ${mark(kb <= MAX_KB)} · CPU ${ms.toFixed(1)} ms ${mark(ms <= MAX_CPU_MS)}`;
      },
    };
  });
}
