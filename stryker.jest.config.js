/**
 * The Jest set-up `npm run mutate` runs each mutant against: the main config without the
 * command-line build (mutants are in the sources, which these tests import in process) and
 * without the suites that drive a browser, a built tool or another program, or check things no
 * mutant of the mutated modules changes (layers, manifest, unit seeds). See stryker.config.json.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  globalSetup: undefined,
  reporters: ["default"],
  testPathIgnorePatterns: [
    "/node_modules/",
    // (security reads the built pane; hostile/cli.test.ts runs the built ilm-check: neither is in Stryker's sandbox)
    "<rootDir>/tests/(browser|integration|lint|manifest|units|preview|docx-template|taskpane|security)/",
    "<rootDir>/tests/hostile/cli\\.test\\.ts$",
    "process\\.test\\.ts$",
    "<rootDir>/tests/cli/(annotate|template-command|batch)\\.test\\.ts$",
    "<rootDir>/tests/harvard/library/oracle\\.test\\.ts$",
    "property\\.test\\.ts$",
  ],
};
