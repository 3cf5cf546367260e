/**
 * ilm-check's runCli in process, at the edges the other suites pass by: --help and an unknown
 * unit, --unit overriding detection, the closing line's counts, which lines a single draft and a
 * batch print (annotated copies, the summary), an unreadable draft under --json and in the summary.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Report } from "../../src/check/rules";
import { USAGE } from "../../src/cli/args";
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, wantsColour } from "../../src/cli/main";
import { listUnits } from "../../src/units/catalogue";
import { ANNOTATION_DATE, runCaptured } from "./capture-io";

const fx = (name: string) => join(__dirname, "..", "fixtures", name);
const ERRORS = fx("references-faulty-503.docx"); // errors, warnings and notes
const WARNED = [fx("guidance-pasted-500.docx"), fx("numbered-headings-500.docx")]; // warnings only

const cli = (...argv: string[]) => runCaptured([...argv, "--jobs", "1"], { now: ANNOTATION_DATE });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ilm-main-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("before anything is checked", () => {
  test("--help prints the usage and every unit, and exits 0", async () => {
    const r = await cli("--help");
    expect(r).toEqual({ status: EXIT_OK, stdout: `${USAGE}\n\nUnits: ${listUnits().map((u) => u.id).join(", ")}\n`, stderr: "" });
  });

  test("an unknown unit is one line naming the units, exit 2", async () => {
    const r = await cli(ERRORS, "--unit", "8580-599");
    expect(r.status).toBe(EXIT_BAD_INPUT);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`ilm-check: Unknown unit "8580-599"; the units are ${listUnits().map((u) => u.id).join(", ")}.\n`);
  });

  test("--unit is the unit checked against, not the one detected", async () => {
    const detected = JSON.parse((await cli(WARNED[0]!, "--json")).stdout) as Report;
    const given = JSON.parse((await cli(WARNED[0]!, "--json", "--unit", "8580-503")).stdout) as Report;
    expect([detected.unit, detected.unitSource]).toEqual(["8580-500", "detected"]);
    expect([given.unit, given.unitSource]).toEqual(["8580-503", "given"]);
  });
});

describe("what a batch prints at the end", () => {
  test("drafts with errors are counted, not drafts with warnings", async () => {
    const r = await cli(...WARNED, ERRORS);
    expect(r.status).toBe(EXIT_PROBLEMS);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe("Checked 3 drafts: 1 with errors.");
  });

  test("with annotated copies and a summary: what was written, and no line per copy", async () => {
    const copies = join(dir, "copies");
    const csv = join(dir, "deep", "er", "summary.csv");
    const r = await cli(...WARNED, "--annotate", copies, "--csv", csv);
    expect(r.status).toBe(EXIT_OK);
    expect(r.stdout).not.toContain("Annotated copy:");
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(
      new RegExp(`^Checked 2 drafts: 0 with errors\\. Wrote 2 annotated copies \\(\\d+ comments\\) to ${copies.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} and the summary to .*summary\\.csv\\.$`),
    );
    expect(readFileSync(csv, "utf8").trimEnd().split("\n")).toHaveLength(3);
  });
});

describe("what a single draft prints", () => {
  test("its report, its annotated copy's line and its summary's line; no closing count", async () => {
    const copies = join(dir, "copies");
    const csv = join(dir, "summary.csv");
    const r = await cli(WARNED[0]!, "--annotate", copies, "--csv", csv);
    expect(r.status).toBe(EXIT_OK);
    expect(r.stdout).not.toMatch(/^Checked /m);
    expect(r.stdout).toMatch(/\nAnnotated copy: .*guidance-pasted-500\.docx \(\d+ comments?\)\.\n\nSummary: .*summary\.csv\.\n$/);
    const rows = readFileSync(csv, "utf8").trimEnd().split("\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("guidance-pasted-500.docx");
  });

  test("--json with an annotated copy prints only the JSON", async () => {
    const r = await cli(WARNED[0]!, "--json", "--annotate", join(dir, "copies"));
    expect((JSON.parse(r.stdout) as Report).unit).toBe("8580-500");
  });

  test("--json on one draft that cannot be read prints nothing on stdout, one line on stderr, exit 2", async () => {
    const r = await cli(fx("truncated.docx"), "--json");
    expect(r.status).toBe(EXIT_BAD_INPUT);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("a draft that cannot be read has its reason in the summary, without its path again", async () => {
    const csv = join(dir, "summary.csv");
    const r = await cli(fx("truncated.docx"), "--csv", csv);
    expect(r.status).toBe(EXIT_BAD_INPUT);
    const row = readFileSync(csv, "utf8").trimEnd().split("\n")[1]!;
    const reason = row.slice(row.lastIndexOf(",") + 1);
    expect(reason).toMatch(/^"?The Word document is damaged/);
  });
});

test.each<[NodeJS.ProcessEnv, boolean]>([
  [{ FORCE_COLOR: "" }, false],
  [{ FORCE_COLOR: "0" }, false],
  [{ FORCE_COLOR: "2" }, true],
])("FORCE_COLOR %j on a pipe: colour %s", (env, expected) => {
  expect(wantsColour(env, false)).toBe(expected);
});
