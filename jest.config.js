/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type-checking is done once by `tsc --noEmit` in `npm test`; here we only transpile.
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
    // The CSL styles and locales, as text (webpack's asset/source), for csl-files.web.ts.
    "^.+\\.(csl|xml)$": "<rootDir>/tests/text-file-transform.js",
  },
  // Builds ilm-check to plain JavaScript first: the CLI tests run the built tool.
  globalSetup: "<rootDir>/tests/global-setup.js",
  reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
  testTimeout: 30000,
};
