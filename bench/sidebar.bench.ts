/**
 * getSidebarData as the sidebar receives it, at 10, 1,000 and 5,000 actions: the size of its JSON
 * and the server's CPU time for one refresh (a session refreshes it about six times).
 */
import { getSidebarData } from "../src/gas/main";
import { type FakeGas, installFakeGas } from "../src/node/gas-fake";
import { fakeWithPlan } from "./gas.bench";
import { type BenchCase, median, withCpu } from "./harness";

/** Issue 16 §3: what one refresh may weigh and cost at any plan size. */
const MAX_KB = 100;
const MAX_CPU_MS = 60;

export function cases(): BenchCase[] {
  return [10, 1000, 5000].map((count) => {
    const make = fakeWithPlan(count);
    let fake: FakeGas | null = null;
    let bytes = 0;
    const cpu: number[] = [];
    return {
      operation: "gas: getSidebarData, size and CPU",
      size: `${count.toLocaleString("en")} actions`,
      target: `≤ ${MAX_KB} KB, ≤ ${MAX_CPU_MS} ms CPU`,
      run: () => {
        fake ??= make();
        installFakeGas(globalThis, fake);
        const { value, cpu: used } = withCpu(() => getSidebarData());
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
