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

/**
 * Modules the tool needs only for some drafts or options, with the libraries only they use: each
 * is loaded the first time the tool reaches for one of its exports, not at every start. The
 * rest of the bundle imports a small CommonJS module in its place whose exports are getters
 * that require() the real one; esbuild runs a module that is only require()d on first use (its
 * `__esm` wrapper), so zod, htmlparser2 and fflate (two fifths of the bundle) are not even
 * initialised for a plain draft. With ILM_CHECK_DEBUG set, each load says so on stderr
 * (tests/cli/on-demand.test.ts runs the built tool and checks which load, and when).
 */
const ON_DEMAND = [
  // zod and the centre template's schema: only for --centre or a draft made from a centre's template.
  "src/centre/parse.ts",
  // zod: only for --csv, which reads the grades a tutor kept in the draft.
  "src/marking/stored.ts",
  // htmlparser2: only for a draft holding an embedded HTML page or document (altChunk).
  "src/docx/alt-chunk.ts",
  // fflate (zipping, and unzipping whole): only for --annotate's copies and --csv's stored grades;
  // reading a draft inflates its parts with Node's zlib (src/docx/inflate-raw.ts).
  "src/docx/write-comments.ts",
  "src/docx/custom-xml.ts",
];

const onDemandModules = {
  name: "on-demand-modules",
  setup(build) {
    const files = new Set(ON_DEMAND.map((f) => path.join(ROOT, f)));
    const exportsOf = new Map();
    build.onStart(async () => {
      // The names each module exports at run time (types are gone), straight from its source.
      const esbuild = require("esbuild");
      for (const file of files) {
        const r = await esbuild.build({ entryPoints: [file], bundle: false, write: false, metafile: true, format: "esm", logLevel: "silent" });
        exportsOf.set(file, Object.values(r.metafile.outputs)[0].exports);
      }
    });
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.namespace === "on-demand" || args.pluginData === "on-demand") return undefined;
      const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: "on-demand" });
      if (resolved.errors.length > 0 || !files.has(resolved.path)) return undefined;
      return { path: resolved.path, namespace: "on-demand" };
    });
    build.onLoad({ filter: /.*/, namespace: "on-demand" }, (args) => {
      const names = exportsOf.get(args.path);
      const name = path.relative(ROOT, args.path).split(path.sep).join("/");
      const contents = [
        "var real;",
        "function load() {",
        `  if (!real && process.env.ILM_CHECK_DEBUG) process.stderr.write(${JSON.stringify(`ilm-check: loading ${name}\n`)});`,
        `  return real || (real = require(${JSON.stringify(args.path)}));`,
        "}",
        `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join("\n");
      return { contents, loader: "js", resolveDir: path.dirname(args.path) };
    });
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

/** What the bundle changes in third-party code and in when modules load (tests/cli/build-cli.test.ts, on-demand.test.ts). */
const plugins = [lazyHtmlEntities, englishZodLocales, onDemandModules];

module.exports = { buildCli, OUT_FILE, plugins, ON_DEMAND };

if (require.main === module) {
  buildCli().catch((e) => {
    // esbuild has printed the errors with their file and line; one line more says what failed.
    process.stderr.write(`build-cli: could not build ${path.relative(ROOT, OUT_FILE)} (${String(e.message || e).split("\n")[0]})\n`);
    process.exit(1);
  });
}
