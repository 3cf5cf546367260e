/**
 * The acceptance command of issue 9, run as a tutor runs it:
 *
 *   npm run check -- FOLDER --annotate OUT --csv OUT/summary.csv
 *
 * on ../shared/samples, through the built tool (Jest's global set-up builds it) with its worker
 * threads: a copy per draft with its comments, the summary with a row per draft, and the
 * final line saying so.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { analyse } from "../../src/check/analyse";
import { readDocx } from "../../src/docx/read-docx";
import { FINDING_AUTHOR } from "../../src/marking/finding-comments";
import { commentsIn } from "../docx/helpers/comments";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";
import { runBuiltCli } from "./run-built";

const ROOT = resolve(__dirname, "..", "..");
const SAMPLES = resolve(ROOT, "..", "shared", "samples");
const samplesSuite = suiteNeeding("the --annotate acceptance command", sharedMissing(SAMPLES));

samplesSuite("npm run check -- FOLDER --annotate OUT --csv OUT/summary.csv", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ilm-accept-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const drafts = () => readdirSync(SAMPLES).filter((f) => f.endsWith(".docx")).sort();
  const findings = (file: string) => {
    const report = analyse(readDocx(new Uint8Array(readFileSync(join(SAMPLES, file)))));
    return report.problems.filter((p) => p.severity === "error" || p.severity === "warning").length;
  };

  function expectOutputs(out: string, stdout: string) {
    let comments = 0;
    for (const f of drafts()) {
      const copy = new Uint8Array(readFileSync(join(out, f)));
      const ours = commentsIn(copy).filter((c) => c.author === FINDING_AUTHOR);
      expect({ f, comments: ours.length }).toEqual({ f, comments: findings(f) });
      comments += ours.length;
    }
    const csv = readFileSync(join(out, "summary.csv"), "utf8");
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^File,Learner name,Unit,Answer words,/);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(drafts().map((f) => join(SAMPLES, f)));
    expect(stdout.trimEnd().split("\n").pop()).toBe(
      `Checked ${drafts().length} drafts: ${stdout.match(/^Summary: [1-9]\d* errors?/gm)!.length} with errors. Wrote ${drafts().length} annotated copies (${comments} comments) to ${out} and the summary to ${join(out, "summary.csv")}.`,
    );
  }

  test("as the issue gives it", () => {
    const out = join(work, "npm");
    const r = spawnSync("npm", ["run", "check", "--", SAMPLES, "--annotate", out, "--csv", join(out, "summary.csv")], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" },
      timeout: 120000,
    });
    // The samples have errors planted in them: exit status 1, passed on by npm.
    expect(r.status).toBe(1);
    expectOutputs(out, r.stdout);
  });

  test("the tool itself, several files at once in worker threads: nothing on stderr when it is not a terminal", () => {
    const out = join(work, "bin");
    const r = runBuiltCli([SAMPLES, "--annotate", out, "--csv", join(out, "summary.csv"), "--jobs", "2"], { timeout: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expectOutputs(out, r.stdout);
  });
});
