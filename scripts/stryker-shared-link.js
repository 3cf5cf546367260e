#!/usr/bin/env node
/*
 * Stryker runs the tests in a copy of the project under .stryker-tmp/sandbox-*, where the tests'
 * path to the shared files (../shared beside the checkout) leads to .stryker-tmp/shared instead.
 * Without this link every suite that needs ../shared skips there (outside CI a missing dependency
 * skips, see tests/helpers/requirement.ts), and the mutants only those suites would kill survive.
 * `npm run mutate` makes the link first.
 */
const { existsSync, mkdirSync, symlinkSync, lstatSync } = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const shared = path.join(root, "..", "shared");
const tmp = path.join(root, ".stryker-tmp");
const link = path.join(tmp, "shared");

if (!existsSync(shared)) {
  console.warn(`No ${shared}: the suites that need the shared files will be skipped in the mutation run.`);
  process.exit(0);
}
mkdirSync(tmp, { recursive: true });
let present = false;
try {
  present = lstatSync(link).isSymbolicLink();
} catch {
  // not there yet
}
if (!present) symlinkSync(shared, link, "dir");
