#!/usr/bin/env node
/*
 * Folds the incremental results of single-module Stryker runs into the committed
 * reports/stryker-incremental.json. A run with `--mutate FILE` writes only FILE's results into its
 * incremental file, dropping every other module's: so measure one module into a file of its own
 *   npx stryker run --mutate src/word/insert-missing.ts --incrementalFile reports/stryker-one.json
 * and then fold it in:
 *   node scripts/merge-mutation-reports.js reports/stryker-one.json
 * A module's results (and the tests they name) in a later file replace those in the committed one.
 */
const { readFileSync, writeFileSync } = require("fs");
const path = require("path");

const TARGET = path.join(__dirname, "..", "reports", "stryker-incremental.json");

function merge(into, from) {
  return {
    ...into,
    files: { ...into.files, ...from.files },
    testFiles: { ...(into.testFiles ?? {}), ...(from.testFiles ?? {}) },
  };
}

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error("Name one or more incremental files to fold into reports/stryker-incremental.json.");
  process.exit(2);
}
let merged = JSON.parse(readFileSync(TARGET, "utf8"));
for (const file of inputs) merged = merge(merged, JSON.parse(readFileSync(file, "utf8")));
writeFileSync(TARGET, `${JSON.stringify(merged, null, 2)}\n`);
console.log(`Merged ${inputs.length} file(s): ${Object.keys(merged.files).sort().join(", ")}.`);
