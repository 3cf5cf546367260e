#!/usr/bin/env node
"use strict";
// Runs a TypeScript file the way bin/ilm-check.js runs the CLI (tsx's CommonJS API), e.g. `npm run bench`.
const path = require("path");
const Module = require("module");

const file = process.argv[2];
if (!file) {
  process.stderr.write("Usage: node bin/run-ts.js FILE.ts [ARGS...]\n");
  process.exit(2);
}
require("tsx/cjs/api").register();
// Run it as the main module, with its own arguments, as if started directly
// (so `require.main === module` and process.argv[2...] work in the script).
process.argv.splice(1, 2, path.resolve(process.cwd(), file));
Module.runMain();
