/**
 * Run in a child process by sparse.test.ts (bundled by esbuild, so that no compiler is measured):
 * `boussole import FILE` (or, with `--read-only`, only the reading of the file), then one JSON line
 * with the exit code, the time it took, the process's peak memory and what it wrote on stderr.
 */
import { runCli } from "../../../src/node/cli";
import { readWorkbookFile } from "../../../src/node/files/workbook";

async function main(): Promise<void> {
  const err: string[] = [];
  const start = performance.now();
  const [file, mode] = process.argv.slice(2);
  const code =
    mode === "--read-only"
      ? await readWorkbookFile(file).then(() => 0)
      : await runCli(["import", file], { out: () => {}, err: (line) => err.push(line) });
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ code, ms, peakMb, stderr: err.join("\n") })}\n`);
}

void main();
