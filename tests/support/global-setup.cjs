/**
 * Builds dist/ once, before any suite runs: the bundle, CLI and browser suites read it, and none
 * builds it itself (three suites building at once raced on the same folder).
 */
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = () => {
  execFileSync(process.execPath, ["build.mjs"], { cwd: join(__dirname, "..", ".."), stdio: "pipe" });
};
