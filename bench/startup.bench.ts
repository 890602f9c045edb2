/**
 * The start-up every Apps Script execution pays: dist/Code.js evaluated in a fresh node:vm context,
 * its source varied at each run so that V8's code cache cannot help (Apps Script compiles it anew).
 * Beside the median: each dependency's share of the bundle, from esbuild's metafile.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { type BenchCase, median, withCpu } from "./harness";

const DIST = join(__dirname, "..", "dist");

interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** A package (node_modules/<name>) or a source folder (src/core/i18n), as the share's key. */
function dependencyOf(path: string): string {
  const parts = path.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at >= 0) return parts[at + 1].startsWith("@") ? parts.slice(at + 1, at + 3).join("/") : parts[at + 1];
  return parts.slice(0, parts[1] === "gas" ? 2 : 3).join("/");
}

/** « zod 17% · src/core/i18n 18% · … »: the largest shares of the bundle's bytes. */
export function shares(metafile: Metafile, top = 5): string {
  const output = Object.values(metafile.outputs)[0];
  const bytes = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs))
    bytes.set(dependencyOf(path), (bytes.get(dependencyOf(path)) ?? 0) + input.bytesInOutput);
  const zod = bytes.get("zod") ?? 0;
  const largest = [...bytes.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  if (!largest.some(([name]) => name === "zod")) largest.push(["zod", zod]);
  const percent = (n: number) => `${Math.round((n / output.bytes) * 100)}%`;
  return `${Math.round(output.bytes / 1024)} KB: ${largest.map(([name, n]) => `${name} ${percent(n)}`).join(" · ")}`;
}

export function cases(): BenchCase[] {
  const code = readFileSync(join(DIST, "Code.js"), "utf8");
  const metafile = JSON.parse(readFileSync(join(DIST, "node", "Code.meta.json"), "utf8")) as Metafile;
  let run = 0;
  const cpu: number[] = [];
  return [
    {
      operation: "bundle: start-up in a fresh context",
      size: "dist/Code.js",
      runs: 20,
      run: () => {
        run += 1;
        const context = vm.createContext({});
        cpu.push(
          withCpu(() => vm.runInContext(`// run ${run}\n${code}`, context, { filename: "Code.js" })).cpu,
        );
      },
      target: "≤ 15 ms",
      details: () => `CPU ${median(cpu.slice(1)).toFixed(1)} ms · ${shares(metafile)}`,
    },
  ];
}
