/**
 * What ilm-check writes besides reports for a batch: the options --annotate and --csv, the
 * refusals that protect the drafts, the copies' folder left out of the search, and the progress
 * line on a terminal's stderr.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "../../src/cli/args";
import { CliInputError } from "../../src/cli/cli-input-error";
import { ProgressLine } from "../../src/cli/progress";
import { runCaptured } from "./capture-io";

const FIXTURES = join(__dirname, "..", "fixtures");
const CLEAR = "\r\u001b[2K";

describe("--annotate and --csv on the command line", () => {
  test.each<[string[], object]>([
    [["a.docx", "--annotate", "out"], { inputs: ["a.docx"], annotate: "out", json: false, help: false }],
    [["--annotate=out dir", "a.docx"], { inputs: ["a.docx"], annotate: "out dir", json: false, help: false }],
    [["a.docx", "--csv", "out/summary.csv"], { inputs: ["a.docx"], csv: "out/summary.csv", json: false, help: false }],
    [["a", "--annotate", "o", "--csv=o/s.csv"], { inputs: ["a"], annotate: "o", csv: "o/s.csv", json: false, help: false }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each<[string[], RegExp]>([
    [["a.docx", "--annotate"], /^--annotate needs a folder for the annotated copies, for example --annotate annotated\.$/],
    [["a.docx", "--annotate", "--json"], /^--annotate needs a folder/],
    [["a.docx", "--annotate="], /^--annotate needs a folder/],
    [["a.docx", "--csv"], /^--csv needs a file for the summary, for example --csv summary\.csv\.$/],
  ])("%j is refused", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliInputError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("protecting the drafts", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ilm-outputs-"));
    mkdirSync(join(dir, "drafts", "group"), { recursive: true });
    copyFileSync(join(FIXTURES, "problems-503.docx"), join(dir, "drafts", "a.docx"));
    copyFileSync(join(FIXTURES, "references-faulty-503.docx"), join(dir, "drafts", "group", "a.docx"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => runCaptured(args);

  test("a copy is never written over a draft", async () => {
    const r = await run([join(dir, "drafts", "a.docx"), "--annotate", join(dir, "drafts")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`ilm-check: --annotate would write over ${join(dir, "drafts", "a.docx")}; choose a folder for the copies other than the drafts' own.\n`);
    expect(r.stdout).toBe("");
  });

  test("two drafts of the same name named on the command line are refused; from their folder they keep their subfolders", async () => {
    const a = join(dir, "drafts", "a.docx");
    const b = join(dir, "drafts", "group", "a.docx");
    const refused = await run([a, b, "--annotate", join(dir, "out")]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`ilm-check: ${a} and ${b} would both be annotated to ${join(dir, "out", "a.docx")}; check them in separate runs or from their folder.\n`);
    const fromFolder = await run([join(dir, "drafts"), "--annotate", join(dir, "out")]);
    expect(fromFolder.status).toBe(1);
    expect(existsSync(join(dir, "out", "a.docx")) && existsSync(join(dir, "out", "group", "a.docx"))).toBe(true);
  });

  test("copies written inside the drafts' folder are not checked again on the next run", async () => {
    const drafts = join(dir, "drafts");
    const out = join(drafts, "annotated");
    for (let i = 0; i < 2; i++) {
      const r = await run([drafts, "--annotate", out]);
      expect(r.stdout).toMatch(/^Checked 2 drafts: .* Wrote 2 annotated copies \(\d+ comments\) to .*annotated\.$/m);
    }
    expect(readdirSync(out).sort()).toEqual(["a.docx", "group"]);
  });

  test("--csv naming a folder, or a draft, is refused before anything is checked", async () => {
    const folder = await run([join(dir, "drafts"), "--csv", join(dir, "drafts", "group")]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/^ilm-check: --csv .*group is a folder; give a file name for the summary, for example .*summary\.csv\.\n$/);
    const draft = await run([join(dir, "drafts", "a.docx"), "--csv", join(dir, "drafts", "a.docx")]);
    expect(draft.status).toBe(2);
    expect(draft.stderr).toMatch(/^ilm-check: --csv would write over .*a\.docx; give a new file name for the summary\.\n$/);
  });

  test("a copy that cannot be written costs its line and exit status 2; the check's report still comes", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    // A folder where the copy should go: the file cannot be written.
    mkdirSync(join(out, "a.docx"));
    const r = await run([join(dir, "drafts", "a.docx"), "--annotate", out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("Summary:");
    expect(r.stderr).toMatch(/^ilm-check: .*a\.docx: the annotated copy could not be written \(EISDIR\)\.\n$/);
  });

  test("a summary that cannot be written says so in one line", async () => {
    writeFileSync(join(dir, "blocker"), "");
    const r = await run([join(dir, "drafts", "a.docx"), "--csv", join(dir, "blocker", "summary.csv")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ilm-check: .*blocker: the folder for the summary cannot be made \((EEXIST|ENOTDIR)\)\.\n$/);
  });
});

describe("the progress line", () => {
  test("drawn, cleared around other output, and cut to the terminal's width", () => {
    let out = "";
    const line = new ProgressLine((t) => void (out += t), true, 20);
    line.show("Checked 1 of 2 drafts…");
    line.around(() => (out += "report\n"));
    line.clear();
    expect(out).toBe(`${CLEAR}Checked 1 of 2 dra…${CLEAR}report\nChecked 1 of 2 dra…${CLEAR}`);
  });

  test("off: nothing at all", () => {
    let out = "";
    const line = new ProgressLine((t) => void (out += t), false);
    line.show("x");
    line.around(() => (out += "report\n"));
    line.clear();
    expect(out).toBe("report\n");
  });

  const files = [join(FIXTURES, "problems-503.docx"), join(FIXTURES, "truncated.docx"), join(FIXTURES, "unit-8580-503-libreoffice.docx")];
  const run = (progress: boolean, inputs: string[]) => runCaptured([...inputs, "--jobs", "1"], { progress, columns: 80 });

  test("on a terminal, stderr counts the drafts as they are done, keeps error lines whole, and ends clear", async () => {
    const r = await run(true, files);
    expect(r.status).toBe(2);
    const shown = [...r.stderr.matchAll(/Checked (\d) of 3 drafts…/g)].map((m) => Number(m[1]));
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(3);
    expect([...new Set(shown)]).toEqual([0, 1, 2, 3]);
    expect(r.stderr.endsWith(CLEAR)).toBe(true);
    // The error line starts on a cleared line and is whole.
    expect(r.stderr).toMatch(new RegExp(`${CLEAR.replace(/[[\]\\]/g, "\\$&")}ilm-check: .*truncated\\.docx: [^\\r\\u001b]*\\n`));
    expect(r.stdout).not.toContain("\u001b");
  });

  test("not on a terminal, or a single draft: stderr has the errors only", async () => {
    expect((await run(false, files)).stderr).toMatch(/^ilm-check: .*truncated\.docx: .*\n$/);
    expect((await run(true, [files[0]!])).stderr).toBe("");
  });
});
