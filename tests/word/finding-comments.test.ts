/**
 * "Add findings as comments" and "Remove the add-in's comments" against the in-memory Word, on
 * the preview's sample draft (a half-written 8580-500 report full of the learner's text) with a
 * learner's and a tutor's own comments already in it.
 */
import { analyse } from "../../src/check/analyse";
import type { DraftDocument } from "../../src/model/document";
import { STORE_NAMESPACE } from "../../src/model/document-store";
import { FINDING_PREFIX } from "../../src/marking/finding-comments";
import { COMMENTS_KEY } from "../../src/marking/stored";
import { buildSampleDraft } from "../../src/preview/sample-draft";
import {
  addMemoryComment,
  buildMemoryDocument,
  commentsSnapshot,
  memoryWordRunner,
  snapshot,
  type MemoryDocument,
} from "../../src/word-memory/memory-word";
import { readStore } from "../../src/word/doc-store";
import { addFindingComments, COMMENT_BATCH, removeFindingComments, searchText } from "../../src/word/finding-comments";
import { readDocument } from "../../src/word/read-document";
import { COMMENTS_MESSAGE } from "../../src/word/requirements";
import { WordActionError } from "../../src/word/word-runner";
import { prose, syncsOf, templateDraft, unit } from "./helpers";

const check = (doc: DraftDocument) => analyse(doc, {});

/** The sample draft with a learner's note and a tutor's resolved comment already in it. */
async function sample(): Promise<MemoryDocument> {
  const doc = await buildSampleDraft();
  const intro = doc.paragraphs.find((p) => p.text.startsWith("I work as a team leader"))!;
  const starr = doc.paragraphs.find((p) => p.text.startsWith("Starr (2016) defines"))!;
  addMemoryComment(doc, { start: intro, so: 0, end: intro, eo: 6 }, "Note to self: add the staff numbers.", { name: "Priya Shah", email: "" });
  addMemoryComment(doc, { start: starr, so: 0, end: starr, eo: 12 }, "Good use of a definition.", { name: "Dr Tutor", email: "" }, true);
  return doc;
}

const others = (doc: MemoryDocument) => commentsSnapshot(doc).filter((c) => !c.content.startsWith(FINDING_PREFIX));
const ours = (doc: MemoryDocument) => commentsSnapshot(doc).filter((c) => c.content.startsWith(FINDING_PREFIX));

async function errorsAndWarnings(doc: MemoryDocument): Promise<number> {
  const report = check(await readDocument(memoryWordRunner(doc)));
  return report.problems.filter((p) => p.severity !== "info").length;
}

describe("adding the findings as comments", () => {
  test("one comment per error and warning, where each belongs; every character of text and everyone else's comments untouched", async () => {
    const doc = await sample();
    const word = memoryWordRunner(doc);
    const before = snapshot(doc);
    const theirs = others(doc);
    const expected = await errorsAndWarnings(doc);
    expect(expected).toBeGreaterThan(COMMENT_BATCH);

    const result = await addFindingComments(word, check);
    expect(result).toMatchObject({ added: expected, updated: 0, removed: 0, kept: 0 });
    expect(result.message).toBe(`Added ${expected} comments.`);
    expect(snapshot(doc)).toEqual(before);
    expect(others(doc)).toEqual(theirs);
    expect(ours(doc)).toHaveLength(expected);

    const hawkins = ours(doc).find((c) => c.content.includes("Hawkins"))!;
    expect(hawkins.quote).toBe("(Hawkins, 2012)");
    const kolb = ours(doc).find((c) => /Kolb/.test(c.content))!;
    expect(kolb.quote).toMatch(/^Kolb, D\.A\. \(1984\) Experiential learning/);
    expect(ours(doc).find((c) => c.content.includes("guidance") && c.content.includes("1.2"))!.quote).toMatch(/^1\.2 Evaluate/);
    for (const c of ours(doc)) expect(c.content).toMatch(/^ILM Assignment Assistant: .+ How to fix: .+/);

    // The ids are kept in the add-in's custom XML part, beside its other data.
    const store = await readStore(word);
    expect(store.sources).toBeDefined();
    const items = (store[COMMENTS_KEY] as { items: Array<{ id: string }> }).items;
    expect(items.map((i) => i.id).sort()).toEqual(ours(doc).map((c) => c.id).sort());
  });

  test("running it again updates rather than duplicates; a fixed problem's comment goes, a changed one is rewritten", async () => {
    const doc = await sample();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, check);
    const first = ours(doc);

    const again = await addFindingComments(word, check);
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0, kept: first.length });
    expect(again.message).toBe(`The ${first.length} comments already in the draft still stand; nothing changed.`);
    expect(ours(doc)).toEqual(first);

    // The learner adds Hawkins to the list and writes more under 1.3.
    const list = doc.paragraphs.find((p) => p.text.startsWith("Starr, J. (2016)"))!;
    doc.insertAfterParagraph(list, "Hawkins, P. (2012) Creating a coaching culture. Maidenhead: Open University Press.");
    const a13 = doc.paragraphs.find((p) => p.text.startsWith("For individuals, coaching builds confidence"))!;
    a13.text += " It also gives managers a shared language for development conversations, which our staff survey asked for.";
    const third = await addFindingComments(word, check);
    expect(ours(doc).some((c) => c.quote === "(Hawkins, 2012)")).toBe(false);
    expect(ours(doc)).toHaveLength(await errorsAndWarnings(doc));
    // Rewritten in place: the same comments (ids), some with new text; none added.
    expect(third).toMatchObject({ added: 0, removed: 1 });
    expect(third.updated).toBeGreaterThan(0);
    const firstIds = new Set(first.map((c) => c.id));
    expect(ours(doc).every((c) => firstIds.has(c.id))).toBe(true);
    const changed = ours(doc).filter((c) => first.find((f) => f.id === c.id)!.content !== c.content);
    expect(changed).toHaveLength(third.updated);
    expect(others(doc)).toHaveLength(2);
  });

  test("comments whose ids were lost (the list damaged) are recognised by their text: still no duplicates", async () => {
    const doc = await sample();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, check);
    const n = ours(doc).length;
    const part = doc.liveXmlParts().find((p) => p.namespaceUri === STORE_NAMESPACE)!;
    part.xml = part.xml.replace(/<entry key="comments">[^<]*<\/entry>/, '<entry key="comments">{"version":1,"items":"broken"}</entry>');
    const again = await addFindingComments(word, check);
    expect(again).toMatchObject({ added: 0, kept: n });
    expect(ours(doc)).toHaveLength(n);
  });

  test("new comments go in at most three per sync (office-js #4566: Undo hangs on four or more)", async () => {
    const doc = await sample();
    const perSync: number[] = [];
    let last = commentsSnapshot(doc).length;
    const word = memoryWordRunner(doc, (context) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        await sync();
        const now = commentsSnapshot(doc).length;
        perSync.push(now - last);
        last = now;
      };
    });
    const { added } = await addFindingComments(word, check);
    expect(COMMENT_BATCH).toBe(3);
    expect(Math.max(...perSync)).toBe(3);
    expect(perSync.filter((n) => n > 0)).toHaveLength(Math.ceil(added / 3));
  });

  test("syncs: a constant for the read and the save, plus one per batch, whatever the document's length", async () => {
    const u = unit("8580-503");
    const counts: Array<{ added: number; syncs: number }> = [];
    for (const n of [5, 1500]) {
      const doc = buildMemoryDocument(templateDraft(u, { guidance: false, coverSheet: false, lockHeadings: true, answer: (ac) => (ac === "1.1" ? prose(n) : []) }));
      const word = memoryWordRunner(doc);
      let result = { added: 0 };
      const syncs = await syncsOf(doc, async () => (result = await addFindingComments(word, check)));
      counts.push({ added: result.added, syncs });
    }
    expect(counts[0]!.added).toBe(counts[1]!.added);
    expect(counts[0]!.syncs).toBe(counts[1]!.syncs);
    // read (2) + store and citation search (1) + batches + save the list (1)
    expect(counts[0]!.added).toBeGreaterThan(3);
    expect(counts[0]!.syncs).toBe(4 + Math.ceil(counts[0]!.added / 3));
  });

  test("citations in footnotes and text boxes count as in the pane's check; a finding there is commented on its anchor paragraph", async () => {
    const u = unit("8580-503");
    const ANCHOR = "My answer, with a note and a box beside it.";
    const doc = buildMemoryDocument([
      ...templateDraft(u, {
        guidance: false,
        coverSheet: false,
        lockHeadings: false,
        answer: (ac) =>
          ac === "1.1"
            ? [
                {
                  text: ANCHOR,
                  notes: [{ type: "Footnote", paragraphs: ["As Kline argues (Kline, 1999)."] }],
                  shapes: [{ paragraphs: ["Emotional intelligence matters (Goleman, 1996)."] }],
                },
              ]
            : [{ text: `An answer for ${ac} written in the learner's own words.` }],
      }),
      { text: "References", style: "Heading1" },
      { text: "Kline, N. (1999) Time to think: listening to ignite the human mind. London: Ward Lock." },
    ]);
    const word = memoryWordRunner(doc);
    const before = snapshot(doc);
    const expected = await errorsAndWarnings(doc);

    const result = await addFindingComments(word, check);
    expect(result.added).toBe(expected);
    expect(snapshot(doc)).toEqual(before);
    // Kline is cited in the footnote: no "never cited" comment on the reference list.
    expect(ours(doc).filter((c) => c.content.includes("Kline"))).toEqual([]);
    // Goleman, cited only in the text box with no entry, is commented where the box is anchored.
    const goleman = ours(doc).filter((c) => c.content.includes("Goleman"));
    expect(goleman).toHaveLength(1);
    expect(goleman[0]!.quote).toBe(ANCHOR);
  });

  test("a citation with ^ in its text is searched for literally", () => {
    expect(searchText("(O^Brien, 2001)")).toBe("(O^^Brien, 2001)");
  });

  test("on a Word without WordApi 1.4: one clear sentence, nothing written, no round trip", async () => {
    const doc = buildMemoryDocument(prose(3), { requirements: { WordApi: "1.3" } });
    const word = memoryWordRunner(doc);
    await expect(addFindingComments(word, check)).rejects.toThrow(new WordActionError(COMMENTS_MESSAGE, "unsupported"));
    await expect(removeFindingComments(word)).rejects.toThrow(COMMENTS_MESSAGE);
    expect(doc.syncTotal).toBe(0);
  });
});

describe("removing the add-in's comments", () => {
  test("deletes only the add-in's comments and its list; the learner's and tutor's comments and all text stay", async () => {
    const doc = await sample();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, check);
    const before = snapshot(doc);
    const theirs = others(doc);
    const n = ours(doc).length;
    const result = await removeFindingComments(word);
    expect(result).toEqual({ removed: n, message: `Removed the add-in's ${n} comments; everyone else's comments are untouched.` });
    expect(ours(doc)).toEqual([]);
    expect(others(doc)).toEqual(theirs);
    expect(snapshot(doc)).toEqual(before);
    const store = await readStore(word);
    expect(store[COMMENTS_KEY]).toBeUndefined();
    expect(store.sources).toBeDefined();
    expect(await removeFindingComments(word)).toEqual({ removed: 0, message: "There are no comments from the add-in in this document." });
    expect(await syncsOf(doc, () => removeFindingComments(word))).toBeLessThanOrEqual(2);
  });
});
