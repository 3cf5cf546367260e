#!/usr/bin/env node
"use strict";
/*
 * Builds the ilm-check command-line tool to one plain JavaScript file, build/cli/ilm-check.js,
 * with esbuild: every module it uses (ours, fflate, xmldom, zod) bundled and minified, so
 * starting it compiles no TypeScript and resolves no modules. bin/ilm-check.js loads it.
 *
 * Runs from `npm install` (the prepare script), `npm run build` and `npm run build:cli`; Jest's
 * global set-up (tests/global-setup.js) and the bench call buildCli() first, so they never run
 * a stale build. About half a second.
 *
 *   node scripts/build-cli.js
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "build", "cli");
const OUT_FILE = path.join(OUT_DIR, "ilm-check.js");

function buildCli() {
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/entry.ts"],
    outfile: OUT_FILE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Smaller source is less for V8 to read and pre-parse on every start.
    minify: true,
    // A linked map, so ILM_CHECK_DEBUG stack traces can be mapped back (node --enable-source-maps).
    sourcemap: "linked",
    sourcesContent: false,
    legalComments: "linked",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
    // Written below, each file through a temporary one, so a tool started during a build
    // (a test, the bench) reads the old bundle or the new, never half of one.
    write: false,
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
  // The V8 code cache bin/ilm-check.js keeps beside the bundle belongs to the old build (it is
  // keyed by the bundle's size and time as well, so one made meanwhile is never used).
  fs.rmSync(`${OUT_FILE}.cache`, { force: true });
  return OUT_FILE;
}

module.exports = { buildCli, OUT_FILE };

if (require.main === module) {
  try {
    buildCli();
  } catch (e) {
    // esbuild has printed the errors with their file and line; one line more says what failed.
    process.stderr.write(`build-cli: could not build ${path.relative(ROOT, OUT_FILE)} (${String(e.message || e).split("\n")[0]})\n`);
    process.exit(1);
  }
}
