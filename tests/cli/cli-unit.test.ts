/** The CLI's pieces in process: argument parsing, colour choice and the text report. */
import { problem } from "../helpers/problem";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "../../src/cli/args";
import { CliInputError } from "../../src/cli/cli-input-error";
import { formatReport } from "../../src/cli/format-text";
import { runCli, wantsColour } from "../../src/cli/main";
import type { Report } from "../../src/check/rules";
import { makeDocx } from "../docx/helpers/make-docx";
import { captureIo } from "./capture-io";

describe("parseArgs", () => {
  test.each<[string[], object]>([
    [["a.docx"], { inputs: ["a.docx"], json: false, help: false }],
    [["a.docx", "b.docx", "--json"], { inputs: ["a.docx", "b.docx"], json: true, help: false }],
    [["--unit", "8580-501", "a.docx"], { inputs: ["a.docx"], unit: "8580-501", json: false, help: false }],
    [["--unit=8580-501", "a.docx"], { inputs: ["a.docx"], unit: "8580-501", json: false, help: false }],
    [["--help"], { inputs: [], json: false, help: true }],
    [["--", "--odd-name.docx"], { inputs: ["--odd-name.docx"], json: false, help: false }],
    [["a.docx", "--edition", "11th"], { inputs: ["a.docx"], edition: "11th", json: false, help: false }],
    [["a.docx", "--edition=12th"], { inputs: ["a.docx"], edition: "12th", json: false, help: false }],
    [["--edition", "11", "a.docx"], { inputs: ["a.docx"], edition: "11th", json: false, help: false }],
    [["a.docx", "--jobs", "3"], { inputs: ["a.docx"], jobs: 3, json: false, help: false }],
    [["-j", "1", "a.docx"], { inputs: ["a.docx"], jobs: 1, json: false, help: false }],
    [["--jobs=12", "a.docx"], { inputs: ["a.docx"], jobs: 12, json: false, help: false }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each<[string[], RegExp]>([
    [[], /Give at least one/],
    [["a.docx", "--verbose"], /Unknown option --verbose/],
    [["a.docx", "--unit"], /--unit needs a unit id/],
    [["a.docx", "--unit", "--json"], /--unit needs a unit id/],
    [["a.docx", "--unit="], /--unit needs a unit id/],
    [["a.docx", "--edition"], /--edition needs 12th or 11th/],
    [["a.docx", "--edition", "10th"], /--edition needs 12th or 11th/],
    [["a.docx", "--edition="], /--edition needs 12th or 11th/],
    [["a.docx", "--jobs"], /--jobs needs a whole number of files to check at once, for example --jobs 4\./],
    [["a.docx", "--jobs", "0"], /--jobs needs a whole number/],
    [["a.docx", "-j", "two"], /-j needs a whole number/],
    [["a.docx", "--jobs=1.5"], /--jobs needs a whole number/],
  ])("%j is refused", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliInputError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("wantsColour", () => {
  test.each<[NodeJS.ProcessEnv, boolean | undefined, boolean]>([
    [{}, true, true],
    [{}, false, false],
    [{}, undefined, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0" }, false, false],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
  ])("env %j, TTY %s -> %s", (env, tty, expected) => {
    expect(wantsColour(env, tty)).toBe(expected);
  });
});

describe("formatReport", () => {
  const report: Report = {
    file: "essay.docx",
    unit: "8581-700",
    unitSource: "detected",
    wordCount: 3829,
    wordRange: [4000, 5000],
    sections: [
      { ac: "1.1", status: "ok", heading: "1.1 Define and differentiate", words: 512, share: [480, 600], citations: 3 },
      { ac: "1.2", status: "missing", heading: "", words: 0, citations: 0 },
      { ac: "1.3", status: "altered", heading: "AC1.3: Evaluate other things", words: 1, citations: 0 },
      { ac: "1.4", status: "empty", heading: "1.4 Determine the factors", words: 0, citations: 0 },
    ],
    citations: [],
    references: [],
    problems: [
      problem({ code: "word-count-out-of-range", severity: "warning", message: "The answers come to 3,829 words." }),
      problem({ code: "ac-missing", severity: "error", ac: "1.2", message: "There is no side-heading for AC 1.2." }),
      problem({ code: "ac-heading-altered", severity: "warning", ac: "1.3", message: "The side-heading for AC 1.3 is reworded." }),
      problem({ code: "citation-style", severity: "info", ac: "9.9", message: "A note about an AC not in the list." }),
    ],
  };
  const wording = { "1.2": "Critically review the organisational context" };

  test("plain text: one line per AC with its mark, problems under their AC, then a summary", () => {
    expect(formatReport(report, { color: false, wording }).split("\n")).toEqual([
      "essay.docx",
      "Unit 8581-700 (detected) · 3,829 answer words (suggested 4,000–5,000)",
      "",
      "Assessment criteria",
      "  ✓ 1.1   512 words of 480–600, 3 citations  Define and differentiate",
      "  ✗ 1.2   missing  Critically review the organisational context",
      "      error   There is no side-heading for AC 1.2. [ac-missing]",
      "              Fix: Press Insert missing sections to put it back before AC …, then write your answer under it.",
      "  ≠ 1.3   1 word  Evaluate other things",
      "      warning The side-heading for AC 1.3 is reworded. [ac-heading-altered]",
      "              Fix: Copy the criterion's wording back exactly, so the assessor can match your answer to the mark sheet and see every part is covered.",
      "  ○ 1.4   empty (0 words)  Determine the factors",
      "",
      "Other problems",
      "  warning The answers come to 3,829 words. [word-count-out-of-range]",
      "          Fix: Develop your shortest answers until the total reaches at least … words.",
      "  info    AC 9.9: A note about an AC not in the list. [citation-style]",
      "          Fix: To match your Harvard style: ….",
      "",
      "Summary: 1 error, 2 warnings, 1 note; 1 of 4 ACs ok.",
    ]);
  });

  test("colour only when asked", () => {
    expect(formatReport(report, { color: false })).not.toContain("\u001b[");
    const coloured = formatReport(report, { color: true });
    expect(coloured).toContain("\u001b[31m✗\u001b[39m");
    expect(coloured).toContain("\u001b[32m✓\u001b[39m");
  });

  test("a draft whose unit is not recognised says how to choose one", () => {
    const text = formatReport({ ...report, unit: null, unitSource: undefined, wordRange: null, sections: [], problems: [] }, { color: false });
    expect(text).toContain("Unit not recognised (use --unit ID) · 3,829 answer words");
    expect(text).toContain("Summary: 0 errors, 0 warnings, 0 notes.");
  });
});

describe("runCli in process", () => {
  const fx = (name: string) => join(__dirname, "..", "fixtures", name);
  const capture = () => captureIo();

  test("several files in text form end with a line for all of them", async () => {
    const { out, io } = capture();
    const status = await runCli([fx("unit-8580-503-libreoffice.docx"), fx("problems-503.docx"), fx("truncated.docx")], io);
    expect(status).toBe(2);
    expect(out.stdout.trimEnd().split("\n").pop()).toBe("Checked 3 drafts: 1 with errors, 1 could not be read.");
    // The reports in the order given, each starting with its path after one blank line.
    expect(out.stdout.startsWith(`${fx("unit-8580-503-libreoffice.docx")}\n`)).toBe(true);
    expect(out.stdout).toContain(`.\n\n${fx("problems-503.docx")}\n`);
    expect(out.stderr).toMatch(/^ilm-check: .*truncated\.docx: The Word document is damaged/);
  });

  test("--json on a folder gives an array, even of one report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ilm-one-"));
    try {
      copyFileSync(fx("problems-503.docx"), join(dir, "only.docx"));
      const { out, io } = capture();
      expect(await runCli([dir, "--json"], io)).toBe(1);
      const reports = JSON.parse(out.stdout);
      expect(Array.isArray(reports)).toBe(true);
      expect(reports.map((x: Report) => x.file)).toEqual([join(dir, "only.docx")]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--edition chooses the Cite Them Right edition the reference notes follow", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ilm-edition-"));
    try {
      const para = (t: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
      const file = join(dir, "doi.docx");
      writeFileSync(
        file,
        makeDocx({
          styles: `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>`,
          body: [
            para("Introduction", "Heading1"),
            para("Coaching works for most people who try it (Jones, 2016)."),
            para("References", "Heading1"),
            para("Jones, R.J. (2016) 'Coaching', Journal of Coaching, 89(2), pp. 249–277. doi:10.1111/joop.12119."),
          ].join(""),
        }),
      );
      const notes = async (...args: string[]) => {
        const { out, io } = capture();
        await runCli([file, "--json", ...args], io);
        return (JSON.parse(out.stdout) as Report).problems.filter((p) => p.code === "reference-style").map((p) => p.fix);
      };
      expect(await notes()).toEqual([expect.stringContaining("12th edition gives a DOI as a link: Available at: https://doi.org/10.1111/joop.12119")]);
      expect(await notes("--edition", "12th")).toEqual(await notes());
      expect(await notes("--edition", "11th")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--json puts the path first in each report", async () => {
    const { out, io } = capture();
    expect(await runCli(["--json", fx("unit-8580-503-libreoffice.docx")], io)).toBe(0);
    expect(Object.keys(JSON.parse(out.stdout))[0]).toBe("file");
  });
});
