/*
 * Builds the task pane (dist/taskpane.html + JS), the FunctionFile page the manifest names
 * (dist/commands.html), the help page, and copies manifest.xml and assets/ into dist.
 *
 *   npm run build        production: minified, split, dist/stats.json for the bundle-size bench
 *   npm run dev-server   https://localhost:3000 when certificates are given, else http (see below)
 *
 * Dev-server certificates, first found wins:
 *   1. webpack serve --env cert=path/to/localhost.crt --env key=path/to/localhost.key [--env ca=path/to/ca.crt]
 *   2. ILM_DEV_CERT, ILM_DEV_KEY [, ILM_DEV_CA] environment variables
 *   3. office-addin-dev-certs' default files in ~/.office-addin-dev-certs/
 *   otherwise plain http on the same port (fine for the browser preview; Word needs https).
 *
 * A centre's build (scripts/deploy-build.js):
 *   npm run build -- --env centre=centre.json[,other.json | folder] --env url=https://host/path/ [--env schemas=DIR]
 *   builds the centre templates into the pane and rewrites dist/manifest.xml to the address,
 *   validated against Microsoft's manifest schemas.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { version } = require("./package.json");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, DefinePlugin, sources } = require("webpack");
const { BuildInputError, centresInArguments, deploymentUrl, loadCentreTemplates, rewriteManifest, validateManifest } = require("./scripts/deploy-build");
const { ContentSecurityPolicyPlugin } = require("./scripts/content-security-policy");
const { FirstChunksInPagePlugin } = require("./scripts/first-chunks-in-page");
const { ownFileLoaders, styleRules, stylePlugins } = require("./scripts/ahead-of-time-styles");

const PORT = Number(process.env.ILM_DEV_PORT || 3000);
const FORMAT_DIR = path.resolve(__dirname, "src/harvard/format");
/** The pane reads its store part with the browser's DOMParser rather than xmldom (see xml-parser.web.ts). */
const DOCUMENT_STORE = path.resolve(__dirname, "src/model/document-store.ts");
const BROWSER_XML_PARSER = path.resolve(__dirname, "src/model/xml-parser.web.ts");
/** What the pane's bundle has instead of citation-js's network fetchers (see the file). */
const NO_NETWORK = path.resolve(__dirname, "src/harvard/library/no-network.web.ts");
/** Swapped for csl-files.web.ts in the bundle (an absolute alias matches the resolved import). */
const CSL_FILES_NODE = path.join(FORMAT_DIR, "csl-files");
/** Swapped for centre-options.web.ts: the checks use the template reader the pane fetches on demand (zod off the start path). */
const CENTRE_OPTIONS_NODE = path.resolve(__dirname, "src/check/centre-options");

function readIfExists(file) {
  return file && fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

/** https options for the dev server, or undefined to serve http. */
function httpsOptions(env) {
  const defaults = path.join(os.homedir(), ".office-addin-dev-certs");
  const candidates = [
    { cert: env.cert, key: env.key, ca: env.ca },
    { cert: process.env.ILM_DEV_CERT, key: process.env.ILM_DEV_KEY, ca: process.env.ILM_DEV_CA },
    { cert: path.join(defaults, "localhost.crt"), key: path.join(defaults, "localhost.key"), ca: path.join(defaults, "ca.crt") },
  ];
  for (const c of candidates) {
    const cert = readIfExists(c.cert);
    const key = readIfExists(c.key);
    if (cert && key) return { cert, key, ca: readIfExists(c.ca) };
  }
  return undefined;
}

/** Writes the webpack stats the bundle-size bench reads (initial chunks, their files, sizes). */
class WriteStatsPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("WriteStatsPlugin", (stats) => {
      const json = stats.toJson({
        all: false,
        assets: true,
        chunks: true,
        chunkRelations: true,
        entrypoints: true,
        // namedChunkGroups: the files each named dynamic import() loads (the bench sizes "harvard-format")
        chunkGroups: true,
        chunkGroupAuxiliary: false,
        outputPath: true,
        publicPath: true,
      });
      const out = path.join(compiler.options.output.path, "stats.json");
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(json, null, 1));
    });
  }
}

/** dist/centre-build.json: which templates and address a centre build was made with (and that it is not the standard build). */
class CentreBuildInfoPlugin {
  constructor(info) {
    this.info = info;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CentreBuildInfoPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CentreBuildInfoPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset("centre-build.json", new sources.RawSource(`${JSON.stringify(this.info, null, 2)}\n`));
      });
    });
  }
}

function webpackConfig(env = {}, argv = {}) {
  const mode = argv.mode || (env.production ? "production" : "development");
  const production = mode === "production";
  const https = httpsOptions(env);
  // Validated now, so a bad centre file or address stops the build before anything is compiled.
  const centreTemplates = loadCentreTemplates(env.centre, __dirname);
  if (env.url !== undefined) deploymentUrl(env.url);
  const schemaDir = path.resolve(env.schemas || path.join(__dirname, "..", "shared", "manifest-schema"));

  return {
    mode,
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/boot.ts",
      commands: "./src/office/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js", ".json"],
      // citation-js and citeproc reach for Node built-ins they never use in the browser.
      fallback: { fs: false, path: false, url: false, http: false, https: false, stream: false, util: false, buffer: false },
      // Node reads the shipped CSL style and locale files from disk; the pane gets them bundled as strings.
      alias: {
        [CSL_FILES_NODE]: path.join(FORMAT_DIR, "csl-files.web.ts"),
        [CENTRE_OPTIONS_NODE]: path.resolve(__dirname, "src/check/centre-options.web.ts"),
        // citation-js's fetchers for URL and DOI inputs, which the pane never gives it: nothing of theirs shipped.
        "sync-fetch$": NO_NETWORK,
        "fetch-ponyfill$": NO_NETWORK,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Styles compiled at build time (scripts/ahead-of-time-styles.js), after TypeScript.
          use: [
            ...ownFileLoaders,
            {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig says commonjs for Node and Jest; webpack needs ES modules to split and tree-shake.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
            },
          ],
        },
        ...styleRules(),
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
        // The CSL styles and locales (src/harvard/format/csl), as strings in the formatting chunk.
        { test: /\.(csl|xml)$/, include: path.join(FORMAT_DIR, "csl"), type: "asset/source" },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
        // Below webpack's default (20 KB) so a Fluent component that two on-demand chunks share
        // (Badge in the preview and the Check view) is fetched once, not copied into both.
        minSize: 5000,
      },
    },
    performance: {
      // The real budget (initial JS <= 150 KB gzipped) is measured from dist/stats.json by the bench.
      hints: false,
    },
    plugins: [
      // xmldom stays for the .docx writer (loaded on demand); the start-up path uses the browser's parser.
      new webpack.NormalModuleReplacementPlugin(/^@xmldom\/xmldom$/, (resource) => {
        if (resource.contextInfo && resource.contextInfo.issuer === DOCUMENT_STORE) resource.request = BROWSER_XML_PARSER;
      }),
      // The About box's version.
      new webpack.DefinePlugin({ __ILM_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/office/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      // The engine, which every host needs at start-up, is fetched with the entry (scripts/first-chunks-in-page.js).
      new FirstChunksInPagePlugin({ page: "taskpane.html", groups: ["engine"] }),
      // Every page above gets its Content Security Policy (scripts/content-security-policy.js).
      new ContentSecurityPolicyPlugin({ production, port: PORT }),
      ...stylePlugins({ production }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform: {
              // Pointed at the centre's address, then checked against Microsoft's schemas before it is written.
              transformer: async (content) => {
                const xml = env.url ? rewriteManifest(content.toString("utf8"), env.url) : content.toString("utf8");
                const checked = env.url || env.centre ? await validateManifest(xml, schemaDir) : null;
                if (checked && !checked.valid) throw new Error(`dist/manifest.xml is not valid against the manifest schemas: ${checked.errors[0]}`);
                if (!checked && env.url) console.warn(`dist/manifest.xml was not checked against the manifest schemas: none found in ${schemaDir} (give --env schemas=DIR).`);
                return xml;
              },
            },
          },
        ],
      }),
      // The centre's templates, validated above; the pane validates them again when it loads them.
      new DefinePlugin({ __ILM_CENTRE_TEMPLATES__: JSON.stringify(centreTemplates) }),
      ...(centreTemplates.length || env.url ? [new CentreBuildInfoPlugin({ templates: centreTemplates.map((t) => ({ id: t.id, unit: t.unit })), url: env.url || null })] : []),
      ...(production ? [new WriteStatsPlugin()] : []),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      hot: false,
      // Everything (pages, JS, assets, manifest) comes from the compilation in memory, never a stale dist/.
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      devMiddleware: { writeToDisk: false },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

/**
 * What webpack-cli calls. A setting the user got wrong (a centre file, the address) is one
 * sentence on stderr and exit status 2: webpack-cli would print the thrown error with its stack.
 * Repeated --env centre=… are read from the arguments themselves (scripts/deploy-build.js).
 */
module.exports = (env = {}, argv = {}) => {
  // Several --env centre=… are all built in (webpack-cli's env keeps the last): as one list.
  const centres = centresInArguments(process.argv.slice(2));
  try {
    return webpackConfig(centres.length > 1 ? { ...env, centre: centres.join(",") } : env, argv);
  } catch (e) {
    if (!(e instanceof BuildInputError)) throw e;
    process.stderr.write(`build: ${e.message}\n`);
    process.exit(2);
  }
};
/** The configuration itself, throwing BuildInputError (for the tests). */
module.exports.webpackConfig = webpackConfig;
