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

/**
 * xmldom builds and freezes its table of 2,125 HTML entities when it loads, a good part of the
 * tool's start-up, though a .docx is parsed as XML and never uses it. In the bundle the table
 * is made the first time it is asked for instead; the same object, just later. Should a new
 * xmldom no longer look as expected, the file is bundled as it is (and the build says so).
 */
const lazyHtmlEntities = {
  name: "lazy-html-entities",
  setup(build) {
    build.onLoad({ filter: /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/ }, (args) => {
      const src = fs.readFileSync(args.path, "utf8");
      const head = "exports.HTML_ENTITIES = freeze({";
      const alias = "exports.entityMap = exports.HTML_ENTITIES;";
      const start = src.indexOf(head);
      const end = start < 0 ? -1 : src.indexOf("\n});\n", start);
      if (start < 0 || end < 0 || src.indexOf(head, start + 1) >= 0 || !src.includes(alias)) {
        return { contents: src, loader: "js", warnings: [{ text: "xmldom's entities.js has changed: its HTML table is bundled as it is" }] };
      }
      const table = src.slice(start + head.length - 1, end + 2); // "{ ... }"
      const lazy = [
        "var htmlEntities;",
        `function makeHtmlEntities() { return freeze(${table}); }`,
        "function getHtmlEntities() { return htmlEntities || (htmlEntities = makeHtmlEntities()); }",
        'Object.defineProperty(exports, "HTML_ENTITIES", { enumerable: true, get: getHtmlEntities });',
        'Object.defineProperty(exports, "entityMap", { enumerable: true, get: getHtmlEntities });',
      ].join("\n");
      const contents = src.slice(0, start) + lazy + src.slice(end + 4).replace(alias, "");
      return { contents, loader: "js" };
    });
  },
};

/**
 * zod ships its error messages in some fifty languages, more than a third of the bundle, all
 * loaded on every start though only English is used (zod's default, set from locales/en.js).
 * The bundle gets a locales module with English alone; zod's own code is untouched.
 */
const englishZodLocales = {
  name: "english-zod-locales",
  setup(build) {
    build.onResolve({ filter: /(^|\/)locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
      return { path: path.join(path.dirname(args.importer), args.path), namespace: "english-zod-locales" };
    });
    build.onLoad({ filter: /.*/, namespace: "english-zod-locales" }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

async function buildCli() {
  const esbuild = require("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/entry.ts"],
    outfile: OUT_FILE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // import() of a Node module (worker_threads, loaded only for --jobs) as require(): the bundle
    // runs through vm.Script (for the code cache), which has no loader for import().
    supported: { "dynamic-import": false },
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
    plugins,
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

/** The changes the bundle makes to third-party code (tests/cli/build-cli.test.ts checks them). */
const plugins = [lazyHtmlEntities, englishZodLocales];

module.exports = { buildCli, OUT_FILE, plugins };

if (require.main === module) {
  buildCli().catch((e) => {
    // esbuild has printed the errors with their file and line; one line more says what failed.
    process.stderr.write(`build-cli: could not build ${path.relative(ROOT, OUT_FILE)} (${String(e.message || e).split("\n")[0]})\n`);
    process.exit(1);
  });
}
