/**
 * ilm-check --annotate on the shared sample drafts and on fixtures written by Word and
 * LibreOffice (some with a tutor's comments already in them): each copy has exactly the
 * original's paragraphs, one comment per error and warning saying what the pane says, signed
 * "ILM Assignment Assistant"; everyone else's comments are kept; the inputs are unchanged;
 * annotating a copy again leaves the same comments; and the copies open in LibreOffice.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyse } from "../../src/check/analyse";
import { runCli } from "../../src/cli/main";
import { readDocx } from "../../src/docx/read-docx";
import { FINDING_AUTHOR, findingComments } from "../../src/marking/finding-comments";
import { commentedText, commentsIn, markerCounts } from "../docx/helpers/comments";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";
import { ANNOTATION_DATE, captureIo } from "./capture-io";

const SAMPLES = resolve(__dirname, "..", "..", "..", "shared", "samples");
const FIXTURES = resolve(__dirname, "..", "fixtures");
const FIXTURE_NAMES = [
  "problems-503.docx",
  "references-faulty-503.docx",
  "word-markup-501.docx",
  "libreoffice-markup-503.docx",
  "notes-and-boxes-502.docx",
  "word-bibliography-503.docx",
  "alt-chunk-503.docx",
  "unit-8580-502-tracked.docx",
  "truncated.docx",
];

const samplesMissing = sharedMissing(SAMPLES);

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const bytes = (path: string) => new Uint8Array(readFileSync(path));

const capture = () => captureIo({ now: ANNOTATION_DATE });

function listDocx(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.docx$/.test(e.name)) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/** What the check says about the original: the comments the copy must hold, in order. */
function expectedFindings(original: string): string[] {
  const doc = readDocx(bytes(original));
  const report = analyse(doc);
  const texts = findingComments(report, doc).map((f) => f.text);
  // Independently of findingComments: one per error and warning.
  expect(texts).toHaveLength(report.problems.filter((p) => p.severity === "error" || p.severity === "warning").length);
  return texts;
}

const ours = (b: Uint8Array) => commentsIn(b).filter((c) => c.author === FINDING_AUTHOR);
const others = (b: Uint8Array) => commentsIn(b).filter((c) => c.author !== FINDING_AUTHOR);

suiteNeeding("the --annotate tests on the shared sample drafts", samplesMissing)("--annotate", () => {
  let work: string;
  let input: string;
  let first: string;
  let second: string;
  let originals: string[];
  const hashes = new Map<string, string>();
  const runs: Array<{ status: number; stdout: string; stderr: string }> = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "ilm-annotate-"));
    input = join(work, "drafts");
    mkdirSync(join(input, "fixtures"), { recursive: true });
    for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith(".docx"))) copyFileSync(join(SAMPLES, f), join(input, f));
    for (const f of FIXTURE_NAMES) copyFileSync(join(FIXTURES, f), join(input, "fixtures", f));
    originals = listDocx(input);
    for (const f of originals) hashes.set(f, hash(f));
    first = join(work, "annotated");
    second = join(work, "again");
    for (const [from, to] of [
      [input, first],
      [first, second],
    ]) {
      const { out, io } = capture();
      const status = await runCli([from, "--annotate", to, "--jobs", "1"], io);
      runs.push({ status, ...out });
    }
  }, 120000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const readable = () => originals.filter((f) => !f.endsWith("truncated.docx"));
  const copyOf = (original: string, dir: string) => join(dir, relative(input, original));

  test("a copy of each readable draft under the same name, subfolders kept; a damaged one gets its line and no copy", () => {
    expect(runs[0]!.status).toBe(2);
    expect(runs[0]!.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^ilm-check: .*truncated\.docx: The Word document is damaged/)]);
    expect(listDocx(first).map((f) => relative(first, f))).toEqual(readable().map((f) => relative(input, f)));
    const added = readable().reduce((n, f) => n + expectedFindings(f).length, 0);
    expect(runs[0]!.stdout.trimEnd().split("\n").pop()).toBe(
      `Checked ${originals.length} drafts: ${runs[0]!.stdout.match(/^Summary: [1-9]\d* errors?/gm)!.length} with errors, 1 could not be read. Wrote ${readable().length} annotated copies (${added} comments) to ${first}.`,
    );
  });

  test("the drafts themselves are not changed", () => {
    for (const f of originals) expect(hash(f)).toBe(hashes.get(f));
  });

  test("each copy's paragraphs are the original's", () => {
    for (const f of readable()) {
      expect({ f, paragraphs: readDocx(bytes(copyOf(f, first))).paragraphs }).toEqual({ f, paragraphs: readDocx(bytes(f)).paragraphs });
    }
  });

  test("one comment per error and warning, in the rule's words, each with its range and reference", () => {
    let total = 0;
    for (const f of readable()) {
      const copy = bytes(copyOf(f, first));
      const expected = expectedFindings(f);
      total += expected.length;
      expect({ f, comments: ours(copy).map((c) => c.text) }).toEqual({ f, comments: expected });
      const markers = markerCounts(copy);
      for (const c of ours(copy)) expect(markers.get(c.id)).toEqual({ start: 1, end: 1, reference: 1 });
    }
    // The samples have problems planted: the test is not vacuous.
    expect(total).toBeGreaterThan(5);
  });

  test("a citation's comment covers the citation's text", () => {
    const f = readable().find((x) => x.endsWith("sample-citations-501.docx"))!;
    const doc = readDocx(bytes(f));
    const findings = findingComments(analyse(doc), doc).filter((x) => x.anchor.kind === "citation");
    expect(findings.length).toBeGreaterThan(0);
    const copy = bytes(copyOf(f, first));
    const covered = commentedText(copy);
    for (const finding of findings) {
      const c = ours(copy).find((x) => x.text === finding.text)!;
      expect(covered.get(c.id)).toBe(finding.anchor.kind === "citation" ? finding.anchor.text : "");
    }
  });

  test("comments already in a draft (a tutor's) are kept with their text and anchors", () => {
    const withComments = readable().filter((f) => commentsIn(bytes(f)).length > 0);
    expect(withComments.length).toBeGreaterThanOrEqual(2);
    for (const f of withComments) {
      const before = bytes(f);
      for (const dir of [first, second]) {
        const copy = bytes(copyOf(f, dir));
        expect(others(copy)).toEqual(others(before));
        const was = commentedText(before);
        const now = commentedText(copy);
        for (const c of others(before)) expect(now.get(c.id)).toBe(was.get(c.id));
      }
    }
  });

  test("annotating a copy again leaves the same comments, and the same text", () => {
    expect(runs[1]!.status).toBe(1);
    expect(runs[1]!.stderr).toBe("");
    for (const f of readable()) {
      const once = bytes(copyOf(f, first));
      const twice = bytes(copyOf(f, second));
      expect({ f, comments: ours(twice) }).toEqual({ f, comments: ours(once) });
      expect(readDocx(twice).paragraphs).toEqual(readDocx(bytes(f)).paragraphs);
    }
  });

  test("a comment whose finding is gone is replaced; a tutor's comment added to a copy is kept", async () => {
    const f = readable().find((x) => x.endsWith("sample-gaps-700.docx"))!;
    const copy = copyOf(f, first);
    const files = unzipSync(bytes(copy));
    const comments = strFromU8(files["word/comments.xml"]!);
    const stale = ours(bytes(copy))[0]!;
    // The first finding's comment now says something the check no longer finds, and a tutor
    // has commented on the first paragraph.
    let document = strFromU8(files["word/document.xml"]!);
    document = document.replace(/(<w:body>\s*<w:p\b[^>]*>(?:\s*<w:pPr>[\s\S]*?<\/w:pPr>)?)/, `$1<w:commentRangeStart w:id="900"/>`);
    document = document.replace(/(<w:body>[\s\S]*?)(<\/w:p>)/, `$1<w:commentRangeEnd w:id="900"/><w:r><w:commentReference w:id="900"/></w:r>$2`);
    files["word/document.xml"] = strToU8(document);
    files["word/comments.xml"] = strToU8(
      comments
        .replace(stale.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), "ILM Assignment Assistant: a finding that has been fixed.")
        .replace("</w:comments>", `<w:comment w:id="900" w:author="Dr A. Tutor" w:date="2025-03-05T09:00:00Z" w:initials="AT"><w:p><w:r><w:t>Good start.</w:t></w:r></w:p></w:comment></w:comments>`),
    );
    const edited = join(work, "edited", "gaps.docx");
    mkdirSync(join(work, "edited"), { recursive: true });
    writeFileSync(edited, zipSync(files));
    expect(ours(bytes(edited)).map((c) => c.text)).toContain("ILM Assignment Assistant: a finding that has been fixed.");

    const { io } = capture();
    await runCli([edited, "--annotate", join(work, "edited-again")], io);
    const result = bytes(join(work, "edited-again", "gaps.docx"));
    expect(ours(result).map((c) => c.text).sort()).toEqual(expectedFindings(f).sort());
    expect(others(result)).toEqual([{ id: "900", author: "Dr A. Tutor", text: "Good start." }]);
    expect(commentedText(result).get("900")).toBe(readDocx(bytes(f)).paragraphs[0]!.text);
    expect([...markerCounts(result).keys()]).not.toContain(stale.id);
    expect(readDocx(result).paragraphs).toEqual(readDocx(bytes(f)).paragraphs);
  });
});

/** LibreOffice, as a word processor a tutor may use: the copies open, and keep their comments when it saves them. */
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
const sofficeMissing = soffice.status === 0 ? null : "soffice is not installed (apt-get install -y libreoffice-writer-nogui)";

suiteNeeding("the LibreOffice round trip of annotated copies", samplesMissing ?? sofficeMissing)("--annotate copies in LibreOffice", () => {
  let work: string;
  let copies: string[];
  const convert = (target: string, out: string, files: string[]) =>
    spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", target, "--outdir", out, ...files],
      { encoding: "utf8", timeout: 240000 },
    );

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "ilm-annotate-lo-"));
    const drafts = join(work, "drafts");
    mkdirSync(drafts);
    for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith(".docx"))) copyFileSync(join(SAMPLES, f), join(drafts, f));
    copyFileSync(join(FIXTURES, "word-markup-501.docx"), join(drafts, "word-markup-501.docx"));
    const { io } = capture();
    await runCli([drafts, "--annotate", join(work, "annotated"), "--jobs", "1"], io);
    copies = listDocx(join(work, "annotated"));
  }, 60000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("each copy converts to PDF", () => {
    const r = convert("pdf", join(work, "pdf"), copies);
    expect(r.status).toBe(0);
    for (const c of copies) {
      const pdf = join(work, "pdf", relative(join(work, "annotated"), c).replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
  }, 300000);

  test("saved again by LibreOffice, a copy keeps its comments, and annotating it again changes none of them", async () => {
    const saved = join(work, "saved");
    const r = convert("docx:MS Word 2007 XML", saved, copies);
    expect(r.status).toBe(0);
    const resaved = listDocx(saved);
    expect(resaved).toHaveLength(copies.length);
    for (const c of copies) {
      const s = bytes(join(saved, relative(join(work, "annotated"), c)));
      expect(ours(s).map((x) => x.text)).toEqual(ours(bytes(c)).map((x) => x.text));
    }
    const { io } = capture();
    await runCli([saved, "--annotate", join(work, "again"), "--jobs", "1"], io);
    for (const s of resaved) {
      const again = bytes(join(work, "again", relative(saved, s)));
      expect(ours(again).map((x) => x.text).sort()).toEqual(ours(bytes(s)).map((x) => x.text).sort());
      expect(others(again)).toEqual(others(bytes(s)));
      expect(readDocx(again).paragraphs).toEqual(readDocx(bytes(s)).paragraphs);
    }
  }, 300000);
});
