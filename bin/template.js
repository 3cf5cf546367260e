#!/usr/bin/env node
"use strict";
// `npm run template`: writes a unit's (or a centre's) template as .docx, straight from a clean clone (tsx, no build step).
let command;
try {
  require("tsx/cjs/api").register();
  command = require("../src/cli/template-command.ts");
} catch (e) {
  const first = String((e && e.message) || e).split("\n")[0];
  process.stderr.write(`template: cannot start (${first}); run npm install in the project folder.\n`);
  process.exit(2);
}
command.main(process.argv.slice(2));
