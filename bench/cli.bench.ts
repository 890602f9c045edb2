/**
 * The `boussole` command's start-up: a new Node process each run, as a person runs it. The process
 * reports its own CPU time on exit (on a shared machine the wall time also counts the waiting).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { type BenchCase, median } from "./harness";

const ROOT = join(__dirname, "..");
// bin/boussole.js reads process.argv from index 2, as when Node runs it as a script.
const RUN_REPORTING_CPU = `process.on("exit", () => {
  const used = process.cpuUsage();
  require("node:fs").writeSync(2, "cpu:" + (used.user + used.system) / 1000);
});
process.argv.splice(1, 0, "bin/boussole.js");
require("./bin/boussole.js");`;

function command(operation: string, args: string[], target: string): BenchCase {
  const cpu: number[] = [];
  return {
    operation,
    size: args.join(" "),
    target,
    run: () => {
      const result = spawnSync(process.execPath, ["-e", RUN_REPORTING_CPU, "--", ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`boussole ${args.join(" ")}: exit ${result.status}`);
      cpu.push(Number(/cpu:([\d.]+)/.exec(result.stderr)?.[1]));
    },
    details: () => `CPU ${median(cpu).toFixed(0)} ms`,
  };
}

export function cases(): BenchCase[] {
  return [
    command("cli: start-up", ["--help"], "≤ 300 ms"),
    command("cli: import a CSV", ["import", "samples/pivot-plan.csv"], "exceljs not loaded"),
  ];
}
