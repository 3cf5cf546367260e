#!/usr/bin/env node
"use strict";
// Runs the TypeScript CLI straight from a clean clone (no build step), via tsx's CommonJS API.
let cli;
try {
  require("tsx/cjs/api").register();
  cli = require("../src/cli/main.ts");
} catch (e) {
  // Only a broken install gets here (e.g. npm install not run); say so in one line.
  const first = String((e && e.message) || e).split("\n")[0];
  process.stderr.write(`ilm-check: cannot start (${first}); run npm install in the project folder.\n`);
  process.exit(2);
}
cli.main(process.argv.slice(2));
