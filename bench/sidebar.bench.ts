/**
 * getSidebarData as the sidebar receives it, at 10, 1,000 and 5,000 actions: the size of its JSON
 * and the server's CPU time for one refresh (a session refreshes it about six times).
 */
import { getSidebarData } from "../src/gas/main";
import { type FakeGas, installFakeGas } from "../src/node/gas-fake";
import { fakeWithPlan } from "./gas.bench";
import { type BenchCase, median, withCpu } from "./harness";

export function cases(): BenchCase[] {
  return [10, 1000, 5000].map((count) => {
    const make = fakeWithPlan(count);
    let fake: FakeGas | null = null;
    let bytes = 0;
    const cpu: number[] = [];
    return {
      operation: "gas: getSidebarData, size and CPU",
      size: `${count.toLocaleString("en")} actions`,
      target: "≤ 100 KB, ≤ 60 ms CPU",
      run: () => {
        fake ??= make();
        installFakeGas(globalThis, fake);
        const { value, cpu: used } = withCpu(() => getSidebarData());
        cpu.push(used);
        bytes = Buffer.byteLength(JSON.stringify(value));
      },
      details: () => `${(bytes / 1024).toFixed(1)} KB · CPU ${median(cpu).toFixed(1)} ms`,
    };
  });
}
