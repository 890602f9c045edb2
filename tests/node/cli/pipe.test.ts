/**
 * `boussole import plan.csv | head`: the command's output piped into a reader that stops early
 * (EPIPE) ends the command quietly, as Unix tools do, instead of a Node stack trace.
 * Runs the built command (dist/, built once by the jest global setup).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");

test("piping into a reader that closes early prints no error", () => {
  const run = spawnSync("bash", ["-c", "node bin/boussole.js import samples/pivot-plan.csv | head -c 20"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stdout).toHaveLength(20);
  expect(run.stderr).toBe("");
});
