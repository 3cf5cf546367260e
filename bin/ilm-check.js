#!/usr/bin/env node
"use strict";
/*
 * ilm-check: runs the built tool, build/cli/ilm-check.js (plain JavaScript made by
 * scripts/build-cli.js during `npm install` and `npm run build`), so starting it compiles no
 * TypeScript. The same script is the worker thread the tool starts for --jobs.
 *
 * Start-up is most of the time a one-file check takes, and compiling the bundle is much of
 * that, so V8's code cache for it is kept beside it (ilm-check.js.cache) and reused while the
 * bundle is unchanged; Node 20 has no built-in compile cache for CommonJS. The cache holds
 * compiled code of this tool only, never anything from a checked document.
 */
const fs = require("fs");
const path = require("path");

const BUILT = path.join(__dirname, "..", "build", "cli", "ilm-check.js");
const CACHE = `${BUILT}.cache`;
const KEY_BYTES = 64;

let source, stat;
try {
  // The size and time first: should a build replace the file in between, the cache made from
  // this run is filed under the older bundle's key and never used for the new one.
  stat = fs.statSync(BUILT);
  source = fs.readFileSync(BUILT, "utf8");
} catch (e) {
  const why = e && e.code === "ENOENT" ? "it has not been built" : String((e && e.message) || e).split("\n")[0];
  process.stderr.write(`ilm-check: cannot start (${why}); run npm install (or npm run build:cli) in the project folder.\n`);
  process.exit(2);
}

const { cli, saveCache } = loadWithCodeCache(source, stat);
if (process.argv[2] === cli.WORKER_ARG && !require("worker_threads").isMainThread) {
  cli.runWorker();
} else {
  // The code cache is made from a run that checked files, so it holds the checking code too.
  let checked = 0;
  cli.main(process.argv.slice(2), { workerScript: __filename, onChecked: (n) => (checked = n) }).then(() => checked > 0 && saveCache());
}

/** Runs the bundle as a CommonJS module through vm.Script, so its compiled code can be cached. */
function loadWithCodeCache(code, stat) {
  const vm = require("vm");
  const Module = require("module");
  // V8 checks its own version and flags but of the source only its length, so the cache starts
  // with the bundle's size and modification time and is used only for the bundle it was made from.
  const key = Buffer.alloc(KEY_BYTES);
  key.write(`${stat.size}:${stat.mtimeMs}`);
  let cachedData;
  try {
    const stored = fs.readFileSync(CACHE);
    if (stored.subarray(0, KEY_BYTES).equals(key)) cachedData = stored.subarray(KEY_BYTES);
  } catch {
    // No cache yet: compile and make one.
  }
  const script = new vm.Script(Module.wrap(code), { filename: BUILT, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(BUILT), mod, BUILT, path.dirname(BUILT));
  const stale = cachedData === undefined || script.cachedDataRejected;
  return {
    cli: mod.exports,
    // Made after a run, so it holds the functions that ran compiled too; written by the main
    // thread only (never a worker), through a temporary file so a reader never sees half of one.
    saveCache: () => {
      if (!stale) return;
      const tmp = `${CACHE}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
        fs.renameSync(tmp, CACHE);
      } catch {
        // A read-only install still works, only without the cache.
        try {
          fs.rmSync(tmp, { force: true });
        } catch {
          // Nothing more to tidy.
        }
      }
    },
  };
}
