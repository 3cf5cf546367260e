/**
 * ilm-check and centre templates, in process: a draft made from a centre's template is checked
 * with the template it records; --centre applies one to drafts that were not made from it; a bad
 * template file is one line and exit 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCentreTemplate } from "../../src/centre/parse";
import { parseArgs } from "../../src/cli/args";
import { EXIT_BAD_INPUT, runCli } from "../../src/cli/main";
import { centreTemplateDocx, unitTemplateDocx } from "../../src/docx-template/centre-template-docx";
import { getUnit } from "../../src/units/catalogue";
import { MARK_SHEET_502, NORTHGATE, NORTHGATE_TEXT } from "../centre/fixtures";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ilm-check-centre-"));
  writeFileSync(join(dir, "northgate.docx"), await centreTemplateDocx(parseCentreTemplate(NORTHGATE)));
  writeFileSync(join(dir, "eastfield.docx"), await centreTemplateDocx(parseCentreTemplate(MARK_SHEET_502)));
  writeFileSync(join(dir, "plain-500.docx"), await unitTemplateDocx(getUnit("8580-500")!));
  writeFileSync(join(dir, "northgate.json"), NORTHGATE_TEXT);
  writeFileSync(join(dir, "bad.json"), NORTHGATE_TEXT.replace('"Northgate College"', '"Northgate <i>College</i>"'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false });
  return { status, stdout, stderr };
}

test("--centre is parsed", async () => {
  expect(parseArgs(["a.docx", "--centre", "c.json"])).toMatchObject({ centre: "c.json" });
  expect(parseArgs(["a.docx", "--centre=c.json"])).toMatchObject({ centre: "c.json" });
  expect(() => parseArgs(["a.docx", "--centre"])).toThrow(/--centre needs a centre template file/);
});

test("a draft made from a centre's template is checked with the template it records", async () => {
  const r = (await cli(join(dir, "northgate.docx")));
  expect(r.stdout).toContain("Centre template northgate-8580-500 (Northgate College), recorded in the document");
  const json = JSON.parse((await cli(join(dir, "northgate.docx"), "--json")).stdout);
  expect(json.centre).toEqual({ id: "northgate-8580-500", name: "Northgate College", source: "document" });
});

test("the unconfirmed unit, worded by the centre: the report lists the centre's wording", async () => {
  const r = (await cli(join(dir, "eastfield.docx")));
  for (const c of MARK_SHEET_502.criteria!) expect(r.stdout).toContain(`${c.ac}   empty (0 words)  ${c.wording.slice(0, 40)}`);
});

test("--centre applies a template to a draft that does not record one", async () => {
  expect((await cli(join(dir, "plain-500.docx"))).stdout).not.toContain("Centre template");
  const json = JSON.parse((await cli(join(dir, "plain-500.docx"), "--centre", join(dir, "northgate.json"), "--json")).stdout);
  expect(json.centre).toEqual({ id: "northgate-8580-500", name: "Northgate College", source: "given" });
});

test("a bad template file: one line, exit 2, nothing checked", async () => {
  const r = (await cli(join(dir, "plain-500.docx"), "--centre", join(dir, "bad.json")));
  expect(r.status).toBe(EXIT_BAD_INPUT);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/bad\.json: The centre template's "centre\.name" contains markup \("<i>"\)/);
  expect((await cli(join(dir, "plain-500.docx"), "--centre", join(dir, "none.json"))).stderr).toMatch(/none\.json: the centre template cannot be read/);
});
