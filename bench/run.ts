/** `npm run bench`: times every case of bench/*.bench.ts and prints one table. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { BenchCase } from "./harness";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const rows: string[][] = [
    ["operation", "size", "median ms", "rate", "round trips", "calls", "target", "details"],
  ];
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as {
      cases: () => BenchCase[] | Promise<BenchCase[]>;
    };
    for (const bench of await module.cases()) {
      if (filter && !bench.operation.includes(filter)) continue;
      bench.setup?.();
      if (bench.warmUp !== false) await bench.run(); // warm-up: JIT and caches, not measured
      const times: number[] = [];
      for (let i = 0; i < (bench.runs ?? RUNS); i++) {
        const start = performance.now();
        await bench.run();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const rate = bench.units ? `${Math.round((bench.units / median) * 1000).toLocaleString("en")}/s` : "";
      const cost = bench.serviceCalls?.();
      rows.push([
        bench.operation,
        bench.size,
        median.toFixed(1),
        rate,
        cost ? String(cost.roundTrips) : "",
        cost ? String(cost.calls) : "",
        bench.target ?? "",
        bench.details?.() ?? "",
      ]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
