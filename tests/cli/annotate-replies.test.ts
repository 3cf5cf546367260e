/**
 * ilm-check --annotate on a copy where someone has replied to one of the add-in's comments whose
 * finding is gone: as in the pane, the thread is kept and marked resolved (w15:done="1" in
 * commentsExtended) rather than removed, so the reply stays with the comment it answers; the
 * copy's text and everyone else's comments are unchanged, and annotating it again changes nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { analyse } from "../../src/check/analyse";
import { runCli } from "../../src/cli/main";
import { readDocx } from "../../src/docx/read-docx";
import { FINDING_AUTHOR, findingComments } from "../../src/marking/finding-comments";
import { commentedText, commentsIn, markerCounts } from "../docx/helpers/comments";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";
import { captureIo } from "./capture-io";

const SAMPLES = resolve(__dirname, "..", "..", "..", "shared", "samples");
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const STALE = "ILM Assignment Assistant: a finding that has been fixed.";
const REPLY = "Done: I have added the staff survey here.";

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const ours = (b: Uint8Array) => commentsIn(b).filter((c) => c.author === FINDING_AUTHOR);
const extended = (b: Uint8Array) => strFromU8(unzipSync(b)["word/commentsExtended.xml"]!);

async function annotate(input: string, out: string): Promise<string> {
  const { out: written, io } = captureIo({ now: () => new Date("2025-03-04T10:00:00Z") });
  await runCli([input, "--annotate", out, "--jobs", "1"], io);
  expect(written.stderr).toBe("");
  return written.stdout;
}

suiteNeeding("the --annotate tests on the shared sample drafts", sharedMissing(SAMPLES))("--annotate and replies to the add-in's comments", () => {
  let work: string;
  const original = join(SAMPLES, "sample-gaps-700.docx");

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ilm-annotate-replies-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("a fixed finding's comment with a reply is resolved and kept with its reply, not removed", async () => {
    await annotate(original, join(work, "first"));
    const copy = join(work, "first", "sample-gaps-700.docx");
    const files = unzipSync(bytes(copy));
    const stale = ours(bytes(copy))[0]!;

    // The first comment's finding is gone (its text no longer what the check says); Word gave its
    // paragraph an id, and the learner replied to it (Word's reply: a comment of its own, on the
    // same text, with its parent in commentsExtended).
    let comments = strFromU8(files["word/comments.xml"]!);
    comments = comments.replace(escape(stale.text), STALE);
    comments = comments.replace(new RegExp(`(<w:comment w:id="${stale.id}"[^>]*>)<w:p>`), `$1<w:p xmlns:w14="${W14}" w14:paraId="0000A001">`);
    comments = comments.replace(
      "</w:comments>",
      `<w:comment w:id="901" w:author="Priya Shah" w:date="2025-03-05T09:00:00Z" w:initials="PS"><w:p xmlns:w14="${W14}" w14:paraId="0000A002"><w:r><w:t>${REPLY}</w:t></w:r></w:p></w:comment></w:comments>`,
    );
    files["word/comments.xml"] = strToU8(comments);
    let document = strFromU8(files["word/document.xml"]!);
    document = document.replace(/(<w:body>\s*<w:p\b[^>]*>(?:\s*<w:pPr>[\s\S]*?<\/w:pPr>)?)/, `$1<w:commentRangeStart w:id="901"/>`);
    document = document.replace(/(<w:body>[\s\S]*?)(<\/w:p>)/, `$1<w:commentRangeEnd w:id="901"/><w:r><w:commentReference w:id="901"/></w:r>$2`);
    files["word/document.xml"] = strToU8(document);
    files["word/commentsExtended.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="${W15}"><w15:commentEx w15:paraId="0000A001" w15:done="0"/><w15:commentEx w15:paraId="0000A002" w15:paraIdParent="0000A001" w15:done="0"/></w15:commentsEx>`,
    );
    files["word/_rels/document.xml.rels"] = strToU8(
      strFromU8(files["word/_rels/document.xml.rels"]!).replace(
        "</Relationships>",
        `<Relationship Id="rId901" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>`,
      ),
    );
    files["[Content_Types].xml"] = strToU8(
      strFromU8(files["[Content_Types].xml"]!).replace(
        "</Types>",
        `<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>`,
      ),
    );
    mkdirSync(join(work, "edited"), { recursive: true });
    const edited = join(work, "edited", "gaps.docx");
    writeFileSync(edited, zipSync(files));

    const doc = readDocx(bytes(original));
    const expected = findingComments(analyse(doc), doc).map((f) => f.text);
    const stdout = await annotate(edited, join(work, "again"));
    const result = bytes(join(work, "again", "gaps.docx"));

    // Every finding once, and the resolved thread beside them, not counted as a finding's.
    expect(ours(result).map((c) => c.text).sort()).toEqual([...expected, STALE].sort());
    expect(stdout).toContain(`(${expected.length} comments).`);
    expect(ours(result).find((c) => c.text === STALE)!.id).toBe(stale.id);
    expect(commentsIn(result).filter((c) => c.author !== FINDING_AUTHOR)).toEqual([{ id: "901", author: "Priya Shah", text: REPLY }]);
    expect(markerCounts(result).get(stale.id)).toEqual({ start: 1, end: 1, reference: 1 });
    expect(commentedText(result).get("901")).toBe(doc.paragraphs[0]!.text);
    expect(extended(result)).toContain('<w15:commentEx w15:paraId="0000A001" w15:done="1"/>');
    expect(extended(result)).toContain('<w15:commentEx w15:paraId="0000A002" w15:paraIdParent="0000A001" w15:done="0"/>');
    expect(readDocx(result).paragraphs).toEqual(doc.paragraphs);

    // Annotated again: nothing changes.
    await annotate(join(work, "again", "gaps.docx"), join(work, "third"));
    const third = bytes(join(work, "third", "gaps.docx"));
    expect(commentsIn(third)).toEqual(commentsIn(result));
    expect(extended(third)).toBe(extended(result));
  });
});
