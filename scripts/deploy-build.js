/*
 * A build for a centre (webpack.config.js calls these):
 *
 *   npm run build -- --env centre=northgate-8580-500.json --env url=https://ilm.example.ac.uk/assistant/
 *
 * - `centre`: one centre template file, several separated by commas, or a folder of them. Each is
 *   validated with the same schema as the pane uses (src/centre/parse.ts); the build stops on the
 *   first problem, with one sentence naming the file and the field. The validated templates are
 *   built into the pane, which opens with them preselected for learners.
 * - `url`: the https address dist/ will be served from. dist/manifest.xml has every
 *   https://localhost:3000 address rewritten to it (through the XML DOM, the official template's
 *   convention of rewriting the development URL at build time) and is validated against
 *   Microsoft's manifest schemas (../shared/manifest-schema, or --env schemas=DIR) before it is
 *   written.
 */
const fs = require("fs");
const path = require("path");
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");

const DEV_ORIGIN = "https://localhost:3000";
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** A build setting the user got wrong: webpack.config.js prints its message as one line, and the build stops (exit status 2). */
class BuildInputError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildInputError";
  }
}

/**
 * A TypeScript module of the project. Where TypeScript is already compiled on require (Jest, a
 * process started through tsx) it is required as it is; otherwise through tsx, scoped to this
 * call, so nothing is registered for webpack's own loading.
 */
function requireTs(file) {
  try {
    return require(file);
  } catch (e) {
    if (!(e instanceof SyntaxError) && e.code !== "ERR_UNKNOWN_FILE_EXTENSION" && e.code !== "ERR_REQUIRE_ESM") throw e;
  }
  return require("tsx/cjs/api").require(file, __filename);
}

/** The centre template files named by --env centre (files, comma-separated, or folders of .json). */
function centreFiles(spec, cwd) {
  const out = [];
  for (const part of String(spec)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const full = path.resolve(cwd, part);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new BuildInputError(`--env centre: ${part} does not exist.`);
    }
    if (stat.isDirectory()) {
      const json = fs.readdirSync(full).filter((f) => f.toLowerCase().endsWith(".json")).sort();
      if (json.length === 0) throw new BuildInputError(`--env centre: the folder ${part} has no .json centre templates.`);
      out.push(...json.map((f) => ({ file: path.join(full, f), shown: path.join(part, f) })));
    } else out.push({ file: full, shown: part });
  }
  if (out.length === 0) throw new BuildInputError("--env centre needs a centre template file, for example --env centre=centre.json.");
  return out;
}

/**
 * Every `--env centre=…` among webpack-cli's arguments. webpack-cli keeps only the last of a
 * repeated --env key, so `--env centre=a.json --env centre=b.json` would build in b.json alone,
 * silently; a centre writing one per unit that way means all of them. Both of webpack-cli's forms:
 * `--env centre=a.json` (several values may follow one --env) and `--env=centre=a.json`.
 */
function centresInArguments(args) {
  const out = [];
  const take = (value) => value.startsWith("centre=") && out.push(value.slice("centre=".length));
  for (let i = 0; i < args.length; i++) {
    const a = String(args[i]);
    if (a.startsWith("--env=")) take(a.slice("--env=".length));
    else if (a === "--env") for (; i + 1 < args.length && !String(args[i + 1]).startsWith("-"); i++) take(String(args[i + 1]));
  }
  return out;
}

/** The validated templates, as documents record them, for the pane. Throws BuildInputError. */
function loadCentreTemplates(spec, root, cwd = process.cwd()) {
  if (spec === undefined || spec === true || spec === "") return [];
  const { parseCentreTemplate, CentreTemplateError } = requireTs(path.join(root, "src/centre/parse.ts"));
  const { recordedTemplate } = requireTs(path.join(root, "src/centre/apply.ts"));
  const templates = [];
  for (const { file, shown } of centreFiles(spec, cwd)) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      throw new BuildInputError(`--env centre: ${shown} cannot be read.`);
    }
    let template;
    try {
      template = parseCentreTemplate(text);
    } catch (e) {
      if (e instanceof CentreTemplateError) throw new BuildInputError(`--env centre: ${shown}: ${e.message}`);
      throw e;
    }
    const sameUnit = templates.find((t) => t.unit === template.unit);
    if (sameUnit) throw new BuildInputError(`--env centre: ${shown} is a second template for unit ${template.unit} (${sameUnit.id} is the first); give one template per unit.`);
    templates.push(recordedTemplate(template));
  }
  return templates;
}

/** "https://ilm.example.ac.uk/assistant/" from what the user typed; throws BuildInputError. */
function deploymentUrl(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new BuildInputError(`--env url: "${value}" is not an address; give the https address dist/ is served from, for example --env url=https://ilm.example.ac.uk/assistant/.`);
  }
  if (url.protocol !== "https:") throw new BuildInputError(`--env url: Office add-ins must be served over https, not ${url.protocol.replace(":", "")}.`);
  if (url.search || url.hash || url.username || url.password) throw new BuildInputError("--env url: give the folder's address alone, without a query, fragment or password.");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** The manifest with every development address pointing at `url` instead. Through the XML DOM: every attribute, text and comment. */
function rewriteManifest(xml, value) {
  const url = deploymentUrl(value);
  const base = url.href;
  const origin = url.origin;
  let failed = null;
  const doc = new DOMParser({ onError: (level, msg) => level !== "warning" && (failed = failed || msg) }).parseFromString(xml, "text/xml");
  if (failed || !doc.documentElement) throw new BuildInputError(`manifest.xml is not well-formed XML (${failed}).`);
  const swap = (s) => s.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(origin);
  const visit = (node) => {
    if (node.nodeType === 1) {
      for (let i = 0; i < node.attributes.length; i++) {
        const a = node.attributes.item(i);
        if (a.value.includes(DEV_ORIGIN)) a.value = swap(a.value);
      }
      // An AppDomain is an origin, never a path.
      if (node.localName === "AppDomain" && node.textContent.trim() === DEV_ORIGIN) {
        node.textContent = origin;
        return;
      }
    } else if (node.nodeType === 3 && node.data.includes(DEV_ORIGIN)) {
      node.data = swap(node.data);
    } else if (node.nodeType === 8 && node.data.includes(DEV_ORIGIN)) {
      // The address itself stays out: XML forbids "--" in a comment, and an address may hold one.
      node.data = " ILM Assignment Assistant: a centre build, its URLs point at the centre's own server. ";
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(doc);
  const out = new XMLSerializer().serializeToString(doc);
  return out.startsWith("<?xml") ? out : `<?xml version="1.0" encoding="UTF-8"?>\n${out}`;
}

/** Validates manifest XML against Microsoft's XSDs (offline, xmllint-wasm); null when the schemas are not there. */
async function validateManifest(xml, schemaDir) {
  if (!schemaDir || !fs.existsSync(path.join(schemaDir, MAIN_SCHEMA))) return null;
  const { validateXML } = require("xmllint-wasm");
  const xsds = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(MAIN_SCHEMA)],
    preload: xsds.filter((f) => f !== MAIN_SCHEMA).map(load),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || String(e)) };
}

module.exports = { BuildInputError, DEV_ORIGIN, centresInArguments, deploymentUrl, loadCentreTemplates, rewriteManifest, validateManifest };
