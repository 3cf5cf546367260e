/**
 * The built ilm-check loads some modules only when a draft or an option needs them
 * (scripts/build-cli.js, ON_DEMAND): the centre template reader and zod, the grades reader, the
 * HTML reader for embedded pages, and fflate for annotated copies. Run as a user runs it, with
 * ILM_CHECK_DEBUG set so each load is named on stderr: a plain draft loads none of them, each
 * case loads just what it needs, and the report is the same as the tool's run in process (where
 * nothing is on demand), so a module reached through its stand-in behaves as itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { parseCentreTemplate } from "../../src/centre/parse";
import { runCli } from "../../src/cli/main";
import { runBuiltCli } from "./run-built";
import { centreTemplateDocx, unitTemplateDocx } from "../../src/docx-template/centre-template-docx";
import { getUnit } from "../../src/units/catalogue";
import { NORTHGATE, NORTHGATE_TEXT } from "../centre/fixtures";

const ROOT = resolve(__dirname, "..", "..");
const fx = (name: string) => join(ROOT, "tests", "fixtures", name);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ilm-check-on-demand-"));
  writeFileSync(join(dir, "northgate.docx"), await centreTemplateDocx(parseCentreTemplate(NORTHGATE)));
  writeFileSync(join(dir, "plain-500.docx"), await unitTemplateDocx(getUnit("8580-500")!));
  writeFileSync(join(dir, "northgate.json"), NORTHGATE_TEXT);
  writeFileSync(join(dir, "bad.json"), NORTHGATE_TEXT.replace('"Northgate College"', '"Northgate <i>College</i>"'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built tool in a child process: its output, and the modules it loaded on demand, in order. */
function built(args: string[]) {
  const r = runBuiltCli(args, { env: { ILM_CHECK_DEBUG: "1" } });
  const loaded = [...r.stderr.matchAll(/^ilm-check: loading (\S+)$/gm)].map((m) => m[1]);
  const stderr = r.stderr.replace(/^ilm-check: loading \S+\n/gm, "");
  return { status: r.status, stdout: r.stdout, stderr, loaded };
}

/** The same command in this process, from the sources. */
async function inProcess(args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false });
  return { status, stdout, stderr };
}

const CASES: Array<{ name: string; args: () => string[]; loads: string[] }> = [
  { name: "a plain draft", args: () => [fx("unit-8580-503-libreoffice.docx")], loads: [] },
  { name: "a draft with problems, as JSON", args: () => [fx("problems-503.docx"), "--json"], loads: [] },
  { name: "a draft holding an embedded HTML page", args: () => [fx("alt-chunk-503.docx")], loads: ["src/docx/alt-chunk.ts"] },
  { name: "a draft made from a centre's template", args: () => [join(dir, "northgate.docx")], loads: ["src/centre/parse.ts"] },
  { name: "--centre with a good template", args: () => [join(dir, "plain-500.docx"), "--centre", join(dir, "northgate.json")], loads: ["src/centre/parse.ts"] },
  { name: "--centre with a bad template (its error class comes through too)", args: () => [join(dir, "plain-500.docx"), "--centre", join(dir, "bad.json")], loads: ["src/centre/parse.ts"] },
];

test.each(CASES)("$name: loads $loads, and reports as the tool does in process", async (c) => {
  const args = c.args();
  const b = built(args);
  expect(b.loaded).toEqual(c.loads);
  const p = await inProcess(args);
  expect(b.stdout).toBe(p.stdout);
  expect(b.stderr).toBe(p.stderr);
  expect(b.status).toBe(p.status);
});

test("--csv loads the grades reader and the custom XML reader; --annotate loads the zip writer", async () => {
  const draft = fx("unit-8580-503-libreoffice.docx");
  const csv = built([draft, "--csv", join(dir, "built.csv")]);
  expect(csv.loaded.sort()).toEqual(["src/docx/custom-xml.ts", "src/marking/stored.ts"]);
  await inProcess([draft, "--csv", join(dir, "in-process.csv")]);
  expect(readFileSync(join(dir, "built.csv"), "utf8")).toBe(readFileSync(join(dir, "in-process.csv"), "utf8"));

  const annotated = built([fx("problems-503.docx"), "--annotate", join(dir, "copies")]);
  expect(annotated.loaded).toEqual(["src/docx/write-comments.ts"]);
  expect(annotated.stdout).toMatch(/Annotated copy: .*problems-503\.docx \([1-9]\d* comments?\)/);
});
