/** Unit, adapter and bundle tests. Browser tests run through the same runner (tests/browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }] },
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.cjs"],
};
