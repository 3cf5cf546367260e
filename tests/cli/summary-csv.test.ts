/**
 * ilm-check --csv: one row per draft, safe to open in a spreadsheet; the learner's name from
 * the cover sheet; ready to submit by the pane's own rule; the outcome from a tutor's grades
 * kept in the document.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyse } from "../../src/check/analyse";
import { assessReadiness } from "../../src/check/readiness";
import { SUMMARY_HEADER, summaryCsv, type SummaryRow } from "../../src/cli/summary-row";
import { readDocx } from "../../src/docx/read-docx";
import { serializeStore } from "../../src/model/document-store";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";
import { runCaptured } from "./capture-io";

const SAMPLES = resolve(__dirname, "..", "..", "..", "shared", "samples");
const samplesSuite = suiteNeeding("the --csv tests on the shared sample drafts", sharedMissing(SAMPLES));

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const ROW: SummaryRow = { learner: "Jo Bloggs", unit: "8580-503", words: 3292, wordRange: null, answered: 9, total: 9, errors: 0, warnings: 1, notes: 8, ready: false };

describe("the CSV is safe in a spreadsheet", () => {
  test.each<[string, string]>([
    ['=HYPERLINK("http://example.com","Click")', `"'=HYPERLINK(""http://example.com"",""Click"")"`],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tcmd", "'\tcmd"],
    ["Smith, Jo", '"Smith, Jo"'],
    ['Jo "JJ" Smith', '"Jo ""JJ"" Smith"'],
    ["Two\nlines", '"Two\nlines"'],
    ["Zoë Brontë", "Zoë Brontë"],
    ["O'Neill-Smith", "O'Neill-Smith"],
  ])("a learner named %j is written %s", (name, cell) => {
    const csv = summaryCsv([{ file: "a.docx", row: { ...ROW, learner: name } }]);
    const line = csv.slice(csv.indexOf("\r\n") + 2);
    expect(line.startsWith(`a.docx,${cell},8580-503,`)).toBe(true);
    // Read back, the spreadsheet shows the text (after its apostrophe) and runs nothing.
    const read = parseCsv(csv.replace(/^\uFEFF/, ""))[1]![1]!;
    expect(read.replace(/^'(?=[=+\-@\t])/, "")).toBe(name);
  });

  test("file names are cells like any other", () => {
    const csv = summaryCsv([{ file: "=cmd|' /C calc'!A0.docx", unreadable: "The file is damaged." }]);
    expect(csv).toContain("\r\n'=cmd|' /C calc'!A0.docx,");
  });

  test("a byte order mark, the header, one row per draft, lines ending CRLF, plain numbers", () => {
    const csv = summaryCsv([
      { file: "a.docx", row: { ...ROW, words: 4512, wordRange: [4000, 5500], outcome: { label: "Referred", reason: "Referred: AC 1.1 is below the pass standard." } } },
      { file: "b.docx", unreadable: "This file is not a Word document (.docx)." },
      { file: "c.docx", row: { ...ROW, learner: null, ready: true, total: 0, answered: 0, unit: null, remark: "The grades saved in this document could not be read." } },
    ]);
    expect(csv.startsWith("\uFEFFFile,Learner name,Unit,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      [...SUMMARY_HEADER],
      ["a.docx", "Jo Bloggs", "8580-503", "4512", "4000–5500", "9 of 9", "0", "1", "8", "no", "Referred", "Referred: AC 1.1 is below the pass standard.", ""],
      ["b.docx", "", "", "", "", "", "", "", "", "no", "", "", "This file is not a Word document (.docx)."],
      ["c.docx", "", "", "3292", "", "", "0", "1", "8", "yes", "", "", "The grades saved in this document could not be read."],
    ]);
  });
});

samplesSuite("--csv on the shared samples", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ilm-csv-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const run = (args: string[]) => runCaptured(args);
  const readCsv = (path: string) => {
    const text = readFileSync(path, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return parseCsv(text.slice(1));
  };

  test("a row per sample with its unit, words and range (expected.json) and the check's counts", async () => {
    const csv = join(work, "out", "summary.csv");
    const r = await run([SAMPLES, "--csv", csv, "--jobs", "1"]);
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(new RegExp(`^Checked 4 drafts: \\d+ with errors\\. Wrote the summary to ${csv.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.$`));
    const expected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) as Array<{ file: string; unit: string; words: number | null; wordRange: [number, number] | null }>;
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...SUMMARY_HEADER]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(expected.map((e) => join(SAMPLES, e.file)).sort());
    for (const row of rows.slice(1)) {
      const e = expected.find((x) => row[0] === join(SAMPLES, x.file))!;
      const doc = readDocx(new Uint8Array(readFileSync(row[0]!)));
      const report = analyse(doc);
      const count = (s: string) => String(report.problems.filter((p) => p.severity === s).length);
      expect(row[2]).toBe(e.unit);
      if (e.words !== null) expect(row[3]).toBe(String(e.words));
      expect(row[4]).toBe(e.wordRange ? `${e.wordRange[0]}–${e.wordRange[1]}` : "");
      expect(row[5]).toMatch(new RegExp(`^\\d+ of ${report.sections.length}$`));
      expect(row.slice(6, 10)).toEqual([count("error"), count("warning"), count("info"), assessReadiness(report, doc).ready ? "yes" : "no"]);
      // The samples have no cover sheet and no grades.
      expect([row[1], row[9], row[10], row[11], row[12]]).toEqual(["", "no", "", "", ""]);
    }
  });

  /** The clean sample with a filled-in cover sheet and a tutor's grades saved by the pane. */
  function gradedSample(marking: unknown): string {
    const files = unzipSync(new Uint8Array(readFileSync(join(SAMPLES, "sample-clean-503.docx"))));
    const line = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const coverSheet =
      `<w:sdt><w:sdtPr><w:tag w:val="ilm:cover"/></w:sdtPr><w:sdtContent>` +
      [
        "ILM submission cover sheet",
        "Learner name: =Zoë Brontë",
        "ILM registration number: 1234567",
        "Centre name: North College",
        "Centre number: 0001",
        "Declaration of authenticity",
        "I declare that the work submitted is my own.",
        "Learner signature: Z. Brontë",
        "Date: 4 March 2025",
      ]
        .map(line)
        .join("") +
      `</w:sdtContent></w:sdt>`;
    files["word/document.xml"] = strToU8(strFromU8(files["word/document.xml"]!).replace("<w:body>", `<w:body>${coverSheet}`));
    files["customXml/item2.xml"] = strToU8(serializeStore({ marking }));
    const path = join(work, `graded-${Math.random().toString(36).slice(2)}.docx`);
    writeFileSync(path, zipSync(files));
    return path;
  }

  test("the learner's name, ready to submit, and the outcome of the tutor's grades", async () => {
    const grades = { "1.1": { grade: "referral", rationale: "Describes only." }, "1.2": { grade: "pass", rationale: "" } };
    const file = gradedSample({ version: 1, unit: "8580-503", tutor: "Dr A. Tutor", date: "2025-03-04", grades });
    const csv = join(work, "graded.csv");
    const r = await run([file, "--csv", csv]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(`Summary: ${csv}.`);
    const text = readFileSync(csv, "utf8");
    expect(text).toContain(",'=Zoë Brontë,");
    const row = readCsv(csv)[1]!;
    const doc = readDocx(new Uint8Array(readFileSync(file)));
    expect(assessReadiness(analyse(doc), doc).ready).toBe(true);
    expect([row[1], row[9], row[10], row[11]]).toEqual(["'=Zoë Brontë", "yes", "Referred", "Referred: AC 1.1 is below the pass standard."]);
  });

  test("grades that cannot be read are said so; a marking with no grade yet gives no outcome", async () => {
    const damaged = gradedSample({ version: 1, unit: "8580-503", tutor: "Dr A. Tutor", date: "4 March", grades: {} });
    const none = gradedSample({ version: 1, unit: "8580-503", tutor: "Dr A. Tutor", date: "2025-03-04", grades: { "1.1": { rationale: "Still reading." } } });
    const csv = join(work, "damaged.csv");
    await run([damaged, none, "--csv", csv]);
    const rows = readCsv(csv);
    expect(rows[1]!.slice(10)).toEqual(["", "", expect.stringMatching(/^The grades saved in this document could not be read \(date: /)]);
    expect(rows[2]!.slice(10)).toEqual(["", "", ""]);
  });
});
