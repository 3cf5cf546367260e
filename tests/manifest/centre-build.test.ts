/**
 * The centre build's own steps (scripts/deploy-build.js), without running webpack: the manifest
 * rewritten to the centre's address (and still valid), the centre files validated, and bad
 * settings refused with one sentence before anything is compiled. The whole build, served and
 * opened in Chromium, is tests/browser/centre-build.test.ts.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { DOMParser } from "@xmldom/xmldom";
import { SCHEMA_DIR, validateManifest } from "./validate-manifest";
import { sharedMissing, testNeeding } from "../helpers/requirement";
import { MARK_SHEET_502, NORTHGATE, NORTHGATE_TEXT } from "../centre/fixtures";

const build = require("../../scripts/deploy-build.js") as {
  BuildInputError: new (m: string) => Error;
  centresInArguments(args: string[]): string[];
  loadCentreTemplates(spec: unknown, root: string, cwd?: string): Array<Record<string, unknown>>;
  rewriteManifest(xml: string, url: string): string;
  validateManifest(xml: string, dir: string): Promise<{ valid: boolean; errors: string[] } | null>;
};
const { webpackConfig } = require("../../webpack.config.js") as { webpackConfig: (env: Record<string, unknown>, argv: Record<string, unknown>) => { plugins: unknown[] } };

const ROOT = resolve(__dirname, "../..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("the manifest for a centre's address", () => {
  const xml = build.rewriteManifest(MANIFEST, "https://ilm.example.ac.uk/assistant");

  test("every address moves, the app domain is the origin, nothing points at localhost", () => {
    expect(xml).not.toContain("localhost");
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    const before = [...MANIFEST.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toEqual(before.map((u) => u.replace("https://localhost:3000/", "https://ilm.example.ac.uk/assistant/")));
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    // The manifest lists no AppDomain (tests/manifest/permissions.test.ts); one a centre adds becomes its origin.
    expect(Array.from(doc.getElementsByTagName("AppDomain"))).toEqual([]);
    const withDomain = build.rewriteManifest(MANIFEST.replace("<Hosts>", "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains><Hosts>"), "https://ilm.example.ac.uk/assistant");
    expect([...withDomain.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(["https://ilm.example.ac.uk"]);
    // Everything else is as it was.
    expect(doc.getElementsByTagName("Id")[0]!.textContent).toBe("e805e0f5-3d20-49b4-80ae-d8230c17743e");
  });

  testNeeding("the centre manifest's schema validation", sharedMissing(SCHEMA_DIR))("is valid against Microsoft's schemas, by both validators", async () => {
    expect(await validateManifest(xml)).toEqual({ valid: true, errors: [] });
    expect(await build.validateManifest(xml, SCHEMA_DIR)).toEqual({ valid: true, errors: [] });
    // The build's validator can fail.
    expect((await build.validateManifest(xml.replace("<ProviderName>", "<Provider>").replace("</ProviderName>", "</Provider>"), SCHEMA_DIR))!.valid).toBe(false);
    expect(await build.validateManifest(xml, join(ROOT, "no-such-folder"))).toBeNull();
  });

  test.each([
    ["http://ilm.example.ac.uk/", /must be served over https, not http/],
    ["ilm.example.ac.uk", /is not an address/],
    ["https://ilm.example.ac.uk/a/?x=1", /without a query/],
  ])("%s is refused", (url, message) => {
    expect(() => build.rewriteManifest(MANIFEST, url)).toThrow(message);
  });
});

describe("the centre files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ilm-centres-"));
    writeFileSync(join(dir, "northgate.json"), NORTHGATE_TEXT);
    writeFileSync(join(dir, "eastfield.json"), JSON.stringify(MARK_SHEET_502));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...NORTHGATE, id: "bad-500", acGuidance: { "7.7": "?" } }));
    mkdirSync(join(dir, "folder"));
    writeFileSync(join(dir, "folder", "a.json"), NORTHGATE_TEXT);
    writeFileSync(join(dir, "folder", "b.json"), JSON.stringify(MARK_SHEET_502));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("one file, several, or a folder; recorded without the editor's $schema", () => {
    expect(build.loadCentreTemplates(undefined, ROOT)).toEqual([]);
    const one = build.loadCentreTemplates("northgate.json", ROOT, dir);
    expect(one.map((t) => t.id)).toEqual(["northgate-8580-500"]);
    expect(one[0]).not.toHaveProperty("$schema");
    expect(build.loadCentreTemplates("northgate.json, eastfield.json", ROOT, dir).map((t) => t.unit)).toEqual(["8580-500", "8580-502"]);
    expect(build.loadCentreTemplates("folder", ROOT, dir).map((t) => t.unit)).toEqual(["8580-500", "8580-502"]);
  });

  test.each([
    ["bad.json", /^--env centre: bad\.json: The centre template's "acGuidance\["7\.7"\]" is for AC 7\.7/],
    ["missing.json", /^--env centre: missing\.json does not exist\.$/],
    ["northgate.json,folder", /second template for unit 8580-500/],
    ["", /needs a centre template file/],
  ])("%j is refused in one sentence", (spec, message) => {
    const run = () => build.loadCentreTemplates(spec === "" ? "," : spec, ROOT, dir);
    expect(run).toThrow(build.BuildInputError);
    expect(run).toThrow(message);
  });

  test("webpack's configuration refuses a bad file before compiling anything", () => {
    expect(() => webpackConfig({ centre: join(dir, "bad.json") }, { mode: "production" })).toThrow(/acGuidance/);
    expect(() => webpackConfig({ centre: join(dir, "northgate.json") }, { mode: "production" })).not.toThrow();
    expect(() => webpackConfig({ url: "http://ilm.example.ac.uk/" }, { mode: "production" })).toThrow(/must be served over https/);
  });

  test("several --env centre=… all count (webpack-cli's env would keep only the last), in either of webpack-cli's forms", () => {
    expect(build.centresInArguments(["--mode", "production", "--env", "centre=a.json", "--env", "url=https://x.example/", "--env=centre=b.json", "--env", "centre=c.json", "schemas=s"])).toEqual(["a.json", "b.json", "c.json"]);
    expect(build.centresInArguments(["--env", "url=https://x.example/", "--output-path", "centre=out"])).toEqual([]);
  });

  // The README's own command. npm puts the words after "--" at the end of the build script, so
  // they reach webpack only if it is the script's last command; and webpack-cli would print a
  // thrown error with its stack, where the user is owed one sentence. A bad file stops the build
  // before anything is compiled, so this takes seconds (and builds nothing) when all is well.
  test("npm run build -- --env centre=... --env url=...: the settings reach webpack; a bad file is one line, exit 2", () => {
    const out = mkdtempSync(join(tmpdir(), "ilm-centre-npm-build-"));
    try {
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      const r = spawnSync(
        npm,
        ["--prefix", ROOT, "run", "--silent", "build", "--", "--env", `centre=${join(dir, "bad.json")}`, "--env", "url=https://ilm.example.ac.uk/assistant/", "--output-path", out],
        { cwd: dir, encoding: "utf8", timeout: 240_000 },
      );
      expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^build: --env centre: .*bad\.json: The centre template's "acGuidance\["7\.7"\]" is for AC 7\.7, which unit 8580-500 does not have/)]);
      expect(r.status).toBe(2);
      const url = spawnSync(npm, ["--prefix", ROOT, "run", "--silent", "build", "--", "--env", "url=http://ilm.example.ac.uk/", "--output-path", out], { cwd: dir, encoding: "utf8", timeout: 240_000 });
      expect(url.stderr.trimEnd()).toBe("build: --env url: Office add-ins must be served over https, not http.");
      expect(url.status).toBe(2);
      // Two --env centre: both are read (the first, missing, is the one refused; webpack-cli alone would have kept the second).
      const two = spawnSync(npm, ["--prefix", ROOT, "run", "--silent", "build", "--", "--env", `centre=${join(dir, "missing.json")}`, "--env", `centre=${join(dir, "bad.json")}`, "--output-path", out], { cwd: dir, encoding: "utf8", timeout: 240_000 });
      expect(two.stderr.trimEnd()).toMatch(/^build: --env centre: .*missing\.json does not exist\.$/);
      expect(two.status).toBe(2);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
