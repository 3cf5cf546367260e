/**
 * ilm-check run as a user runs it: `node bin/ilm-check.js ...` in a child
 * process, checking exit status, stdout and that stderr is one plain line.
 * bin/ilm-check.js runs the built tool, which Jest's global set-up has just
 * built from the current sources (tests/global-setup.js).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Report } from "../../src/model/report";
import { runBuiltCli } from "./run-built";

const ROOT = resolve(__dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures");
const fx = (name: string) => join("tests", "fixtures", name);

const run = (...args: string[]) => runBuiltCli(args);
const runBin = (bin: string, ...args: string[]) => runBuiltCli(args, { bin });

/** One clear line, never a stack trace. */
function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ilm-check: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+/m);
}

describe("exit status 0 and 1", () => {
  test("a complete draft: readable report, exit 0", () => {
    const r = run(fx("unit-8580-503-libreoffice.docx"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Unit 8580-503 (detected)");
    expect(r.stdout).toMatch(/^ {2}✓ 1\.1 /m);
    expect(r.stdout).toMatch(/Summary: 0 errors, .*9 of 9 ACs ok\./);
    // Not a terminal and NO_COLOR set: no escape codes.
    expect(r.stdout).not.toContain("\u001b[");
  });

  test("a draft with a missing AC: marks per AC, problems with severities, exit 1", () => {
    const r = run(fx("problems-503.docx"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ {2}✗ 2\.2 +missing/m);
    expect(r.stdout).toMatch(/^ {2}≠ 3\.1 /m);
    expect(r.stdout).toMatch(/^ {2}○ 1\.2 +empty/m);
    expect(r.stdout).toMatch(/^ {6}error +\S.*\[ac-missing\]$/m);
    expect(r.stdout).toMatch(/Summary: [1-9]\d* errors?, /);
  });
});

describe("Word's other file types", () => {
  test(".docm, .dotx and .dotm are read by their content, like a .docx; a folder's are found too", () => {
    const files = [fx("macros-502.docm"), fx("template-503.dotx"), fx("macros-template-502.dotm")];
    const r = run("--json", ...files);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Report[]).map((x) => [x.file, x.unit])).toEqual([
      [files[0], "8580-502"],
      [files[1], "8580-503"],
      [files[2], "8580-502"],
    ]);
    const dir = mkdtempSync(join(tmpdir(), "ilm-check-types-"));
    try {
      for (const f of files) copyFileSync(join(ROOT, f), join(dir, f.split("/").pop()!));
      const fromFolder = JSON.parse(run(dir, "--json").stdout) as Report[];
      expect(fromFolder.map((x) => x.file?.split("/").pop())).toEqual(["macros-502.docm", "macros-template-502.dotm", "template-503.dotx"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--json", () => {
  test("one file: the Report object with the path as given", () => {
    const r = run(fx("problems-503.docx"), "--json");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(Array.isArray(report)).toBe(false);
    expect(report.file).toBe(fx("problems-503.docx"));
    expect(report.unit).toBe("8580-503");
    expect(report.sections.find((s) => s.ac === "2.2")?.status).toBe("missing");
    expect(report.problems.some((p) => p.code === "ac-missing" && p.ac === "2.2" && p.severity === "error")).toBe(true);
  });

  test("several files: an array in the order given, --unit applied to each", () => {
    const files = [fx("unit-8580-503-libreoffice.docx"), fx("german-headings-503.docx")];
    const r = run("--json", ...files, "--unit", "8580-503");
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout) as Report[];
    expect(reports.map((x) => [x.file, x.unit, x.unitSource])).toEqual(files.map((f) => [f, "8580-503", "given"]));
  });

  test("a folder: every .docx below it, sorted, without Word's ~$ lock files", () => {
    const dir = mkdtempSync(join(tmpdir(), "ilm-check-"));
    try {
      mkdirSync(join(dir, "sub"));
      copyFileSync(join(FIXTURES, "unit-8580-503-libreoffice.docx"), join(dir, "b.docx"));
      copyFileSync(join(FIXTURES, "problems-503.docx"), join(dir, "sub", "a.docx"));
      copyFileSync(join(FIXTURES, "unit-8580-501-table.docx"), join(dir, "A.DOCX"));
      writeFileSync(join(dir, "~$b.docx"), "lock");
      writeFileSync(join(dir, "notes.txt"), "not a draft");
      const r = run(dir, "--json");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
      const reports = JSON.parse(r.stdout) as Report[];
      expect(reports.map((x) => x.file)).toEqual([join(dir, "A.DOCX"), join(dir, "b.docx"), join(dir, "sub", "a.docx")]);
      expect(reports.map((x) => x.unit)).toEqual(["8580-501", "8580-503", "8580-503"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("exit status 2: one line on stderr", () => {
  test.each<[string, string[], RegExp]>([
    ["unknown unit", [fx("problems-503.docx"), "--unit", "9999-999"], /Unknown unit "9999-999"; the units are .*8580-503/],
    ["missing file", ["tests/fixtures/no-such-draft.docx"], /no-such-draft\.docx: no such file or folder\.$/],
    ["not a Word document by content, whatever its name", ["tests/fixtures/make/fodt.ts"], /fodt\.ts: This file is not a Word document \(\.docx\)\.$/],
    ["a text file renamed .docx", [fx("not-a-docx.docx")], /not-a-docx\.docx: This file is not a Word document \(\.docx\)\.$/],
    ["a truncated .docx", [fx("truncated.docx"), "--json"], /truncated\.docx: The Word document is damaged: /],
    ["unknown option", [fx("problems-503.docx"), "--colour"], /Unknown option --colour; run ilm-check --help/],
    ["--unit without a value", [fx("problems-503.docx"), "--unit"], /--unit needs a unit id/],
    ["--jobs that is not a number", [fx("problems-503.docx"), "--jobs", "all"], /--jobs needs a whole number of files to check at once/],
    ["no file at all", [], /Give at least one \.docx file or folder/],
  ])("%s", (_name, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr, message);
  });

  test("a bad file among good ones: the good ones are still reported, exit 2", () => {
    const r = run(fx("unit-8580-503-libreoffice.docx"), fx("truncated.docx"), "--json");
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, /truncated\.docx: The Word document is damaged/);
    expect((JSON.parse(r.stdout) as Report[]).map((x) => x.file)).toEqual([fx("unit-8580-503-libreoffice.docx")]);
  });
});

test("--help prints usage and the units, exit 0", () => {
  const r = run("--help");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Usage: ilm-check FILE\.docx/);
  expect(r.stdout).toContain("--unit ID");
  expect(r.stdout).toContain("--jobs N");
  expect(r.stdout).toMatch(/Units: .*8580-500.*8581-700/);
});

describe("--jobs: files checked in worker threads", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ilm-jobs-"));
    const sources = ["unit-8580-503-libreoffice.docx", "problems-503.docx", "unit-8580-501-table.docx", "german-headings-503.docx"];
    for (let i = 0; i < 10; i++) copyFileSync(join(FIXTURES, sources[i % sources.length]!), join(dir, `draft-${String(i).padStart(2, "0")}.docx`));
    copyFileSync(join(FIXTURES, "truncated.docx"), join(dir, "draft-04b.docx"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each<[string, string[]]>([
    ["JSON", ["--json"]],
    ["text", []],
  ])("%s: the same reports, in the same order, with one job or three", (_form, extra) => {
    const one = run(dir, "--jobs", "1", ...extra);
    const three = run(dir, "--jobs=3", ...extra);
    expect(one.status).toBe(2);
    expect(three).toEqual(one);
    expectOneLine(three.stderr, /draft-04b\.docx: The Word document is damaged/);
    if (extra.includes("--json")) {
      const files = (JSON.parse(three.stdout) as Report[]).map((x) => x.file?.slice(dir.length + 1));
      expect(files).toEqual(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"].map((n) => `draft-${n}.docx`));
    } else {
      expect(three.stdout.trimEnd().split("\n").pop()).toBe("Checked 11 drafts: 3 with errors, 1 could not be read.");
    }
  });

  test("the default (one job per core) gives the same report", () => {
    expect(run(dir, "--json")).toEqual(run(dir, "--json", "--jobs", "1"));
  });
});

describe("the built tool", () => {
  /** A copy of bin/ and build/cli/ elsewhere, so these tests can break it without touching the real one. */
  function copyInstall(withBuild: boolean): { root: string; bin: string; cache: string } {
    const root = mkdtempSync(join(tmpdir(), "ilm-install-"));
    cpSync(join(ROOT, "bin"), join(root, "bin"), { recursive: true });
    if (withBuild) {
      mkdirSync(join(root, "build", "cli"), { recursive: true });
      copyFileSync(join(ROOT, "build", "cli", "ilm-check.js"), join(root, "build", "cli", "ilm-check.js"));
    }
    return { root, bin: join(root, "bin", "ilm-check.js"), cache: join(root, "build", "cli", "ilm-check.js.cache") };
  }

  test("not built: one line saying how to build it, exit 2", () => {
    const install = copyInstall(false);
    try {
      const r = runBin(install.bin, fx("problems-503.docx"));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expectOneLine(r.stderr, /cannot start \(it has not been built\); run npm install \(or npm run build:cli\)/);
    } finally {
      rmSync(install.root, { recursive: true, force: true });
    }
  });

  test("keeps V8's code cache beside the bundle, reuses it, and replaces one that does not fit", () => {
    const install = copyInstall(true);
    try {
      const expected = run(fx("problems-503.docx"), "--json");
      expect(existsSync(install.cache)).toBe(false);
      // Not from a run that checks nothing: the cache would lack the checking code.
      expect(runBin(install.bin, "--help").status).toBe(0);
      expect(existsSync(install.cache)).toBe(false);
      expect(runBin(install.bin, fx("problems-503.docx"), "--json")).toEqual(expected);
      const made = statSync(install.cache).mtimeMs;
      // Used, not remade, on the next run.
      expect(runBin(install.bin, fx("problems-503.docx"), "--json")).toEqual(expected);
      expect(statSync(install.cache).mtimeMs).toBe(made);
      // A cache with the right key but damaged contents: V8 refuses it, the run is unharmed, a good one replaces it.
      const good = readFileSync(install.cache);
      const damaged = Buffer.concat([good.subarray(0, 64), Buffer.alloc(good.length - 64, 7)]);
      writeFileSync(install.cache, damaged);
      expect(runBin(install.bin, fx("problems-503.docx"), "--json")).toEqual(expected);
      expect(readFileSync(install.cache).equals(damaged)).toBe(false);
      // A cache for another build of the bundle (another key) is not used.
      writeFileSync(install.cache, Buffer.concat([Buffer.from("1:2".padEnd(64, "\0")), good.subarray(64)]));
      expect(runBin(install.bin, fx("problems-503.docx"), "--json")).toEqual(expected);
      expect(readFileSync(install.cache).subarray(0, 64).equals(good.subarray(0, 64))).toBe(true);
    } finally {
      rmSync(install.root, { recursive: true, force: true });
    }
  });
});
