/**
 * `npm run template` as a user runs it: `node bin/template.js ...` in a child process (and once
 * through npm, from another folder). Bad arguments are one line on stderr and exit status 2.
 */
import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { analyse } from "../../src/check/analyse";
import { readDocx } from "../../src/docx/read-docx";
import { NORTHGATE_TEXT } from "../centre/fixtures";

const ROOT = resolve(__dirname, "..", "..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ilm-template-cli-"));
  writeFileSync(join(dir, "northgate.json"), NORTHGATE_TEXT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "template.js"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000, env: { ...process.env, INIT_CWD: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLine(r: { status: number | null; stderr: string }, pattern: RegExp) {
  expect(r.status).toBe(2);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^template: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+/m);
}

test("writes a unit's template that ilm-check's reader recognises", () => {
  const r = run("--unit", "8580-501", "-o", "t501.docx");
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Wrote .*t501\.docx\n$/);
  const report = analyse(readDocx(readFileSync(join(dir, "t501.docx"))));
  expect(report).toMatchObject({ unit: "8580-501", unitSource: "template", wordCount: 0 });
});

test("writes a centre's template; the unit comes from the centre file", () => {
  const r = run("--centre", "northgate.json", "--output=northgate.docx");
  expect(r.status).toBe(0);
  const report = analyse(readDocx(readFileSync(join(dir, "northgate.docx"))));
  expect(report.centre).toMatchObject({ id: "northgate-8580-500", source: "document" });
  expect(run("--unit", "8580-500", "--centre", "northgate.json", "-o", "again.docx").status).toBe(0);
});

test("the default file name names the unit", () => {
  expect(run("--unit", "8581-700").status).toBe(0);
  expect(existsSync(join(dir, "template-8581-700.docx"))).toBe(true);
});

test("--help", () => {
  const r = run("--help");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Usage: npm run template -- --unit ID/);
  expect(r.stdout).toMatch(/Units: 8580-500, /);
});

describe("bad arguments: one line, exit 2", () => {
  test("nothing to write", () => expectOneLine(run(), /Give the unit with --unit/));
  test("an unknown unit", () => expectOneLine(run("--unit", "8580-599", "-o", "x.docx"), /Unknown unit "8580-599"; the units are 8580-500, /));
  test("--unit without a value", () => expectOneLine(run("--unit"), /--unit needs a value/));
  test("an unknown option", () => expectOneLine(run("--unit", "8580-500", "--colour"), /Unknown option --colour/));
  test("a centre file that does not exist", () => expectOneLine(run("--centre", "missing.json"), /missing\.json: the centre template cannot be read/));
  test("a centre file that is a folder", () => expectOneLine(run("--centre", "."), /this is a folder/));
  test("an invalid centre file names the field", () => {
    writeFileSync(join(dir, "bad.json"), NORTHGATE_TEXT.replace('"wordRange": [4000, 5500]', '"wordRange": "lots"'));
    expectOneLine(run("--centre", "bad.json"), /^template: bad\.json: The centre template's "wordRange" must be a list, not text\.$/);
  });
  test("a centre file for another unit", () => expectOneLine(run("--unit", "8580-503", "--centre", "northgate.json"), /is for unit 8580-500, not 8580-503/));
  test("an output in a folder that does not exist", () => expectOneLine(run("--unit", "8580-500", "-o", "no/such/folder/t.docx"), /does not exist/));
  test("an output that is not .docx", () => expectOneLine(run("--unit", "8580-500", "-o", "t.pdf"), /should end in \.docx/));
  test("an output that cannot be written", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const r = run("--unit", "8580-500", "-o", "locked/t.docx");
      // root may write anywhere: then there is nothing to refuse.
      if (process.getuid?.() === 0) expect([0, 2]).toContain(r.status);
      else expectOneLine(r, /cannot be written/);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

test("through npm, paths are relative to where the command was typed", () => {
  const here = mkdtempSync(join(tmpdir(), "ilm-template-npm-"));
  try {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["--prefix", ROOT, "run", "--silent", "template", "--", "--unit", "8580-503", "-o", "mine.docx"], { cwd: here, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(join(here, "mine.docx"))).toBe(true);
  } finally {
    rmSync(here, { recursive: true, force: true });
  }
});
