/**
 * "Add findings as comments" at its edges, with the findings chosen by the test (a hand-made check)
 * so that each case has exactly the comments it needs: what the tutor is told for every mix of
 * added, updated, removed and kept comments; the round trips in each case; where a citation's
 * comment lands when its text occurs twice, differs only in case or is too long for Word's search;
 * and a finding the body does not hold.
 */
import type { Problem } from "../../src/check/rules";
import type { DraftDocument } from "../../src/model/document";
import { FINDING_PREFIX, findingCommentText } from "../../src/marking/finding-comments";
import { buildMemoryDocument, commentsSnapshot, memoryComments, memoryWordRunner, snapshot, type MemoryDocument } from "../../src/word-memory/memory-word";
import { addFindingComments, removeFindingComments, SEARCH_TEXT_MAX } from "../../src/word/finding-comments";
import { WordActionError } from "../../src/word/word-runner";
import { problem } from "../helpers/problem";
import { syncsOf } from "./helpers";

const TEXT = [
  "Coaching is a partnership (Starr, 2016) and, as (Starr, 2016) shows, it is voluntary.",
  "Mentoring draws on experience (STARR, 2016) and on (Starr, 2016) too.",
  "A third paragraph of the learner's own words.",
];

function document(paragraphs: string[] = TEXT): MemoryDocument {
  return buildMemoryDocument(paragraphs.map((text) => ({ text })));
}

/** A check that reports the given problems, whatever the draft. */
const reporting =
  (...problems: Problem[]) =>
  (_doc: DraftDocument) => ({ problems, sections: [] });

/** A warning on a paragraph, as a section-less rule would give it. */
const note = (paragraph: number, message: string): Problem => problem({ code: "content-not-read", message, paragraph });
/** A citation problem on the citation's text in a paragraph. */
const cited = (paragraph: number, text: string, message = `No entry for ${text}.`): Problem =>
  problem({ code: "citation-unmatched", message, paragraph, citation: { authors: ["Starr"], year: "2016", text } });

const ours = (doc: MemoryDocument) => commentsSnapshot(doc).filter((c) => c.content.startsWith(FINDING_PREFIX));
/** Where each of the add-in's comments starts in its paragraph. */
const starts = (doc: MemoryDocument) => memoryComments(doc).map((c) => [doc.paragraphs.indexOf(c.anchor.start), c.anchor.so]);

describe("what the tutor is told", () => {
  test.each([
    ["nothing to comment on", [], [], "No errors or warnings to comment on: the draft passes every check."],
    ["one new comment", [], [note(2, "A.")], "Added 1 comment."],
    ["two new comments", [], [note(2, "A."), note(0, "B.")], "Added 2 comments."],
    ["one comment still standing", [note(2, "A.")], [note(2, "A.")], "The comment already in the draft still stands; nothing changed."],
    ["two still standing", [note(2, "A."), note(0, "B.")], [note(2, "A."), note(0, "B.")], "The 2 comments already in the draft still stand; nothing changed."],
    ["one rewritten", [cited(2, "A", "Old wording.")], [cited(2, "A", "New wording.")], "Updated 1 comment."],
    ["one fixed", [note(2, "A.")], [], "Removed 1 comment whose problem is fixed."],
    ["two fixed, one kept", [note(2, "A."), note(0, "B."), note(1, "C.")], [note(1, "C.")], "Removed 2 comments whose problems are fixed, kept 1."],
    // as many rewritten as fixed, or as many new as rewritten: each count is said, not weighed against another
    ["one rewritten, one fixed", [cited(2, "A", "Old wording."), note(0, "B.")], [cited(2, "A", "New wording.")], "Updated 1 comment, removed 1 whose problem is fixed."],
    ["one new, one rewritten", [cited(2, "A", "Old wording.")], [cited(2, "A", "New wording."), note(0, "B.")], "Added 1 comment, updated 1."],
    [
      "every kind at once",
      [note(2, "A."), note(0, "B."), cited(1, "(Starr, 2016)", "Old.")],
      [note(2, "A."), cited(1, "(Starr, 2016)", "New."), note(1, "C."), cited(0, "(Starr, 2016)", "D.")],
      "Added 2 comments, updated 1, removed 1 whose problem is fixed, kept 1.",
    ],
  ] as Array<[string, Problem[], Problem[], string]>)("%s", async (_name, first, then, message) => {
    const doc = document();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, reporting(...first));
    const result = await addFindingComments(word, reporting(...then));
    expect(result.message).toBe(message);
    expect(ours(doc)).toHaveLength(then.length);
  });
});

describe("round trips", () => {
  // a plain draft is read in one sync; the list of the add-in's comments is read
  // in a third when its part exists or a citation is searched for
  const READ = 1;

  test("a draft with nothing to comment on, and no list yet: the read alone", async () => {
    const doc = document();
    expect(await syncsOf(doc, () => addFindingComments(memoryWordRunner(doc), reporting()))).toBe(READ);
  });

  test("a citation to search for costs one more, shared with the list's read", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    // one batch of new comments, then the list saved
    expect(await syncsOf(doc, () => addFindingComments(word, reporting(cited(0, "(Starr, 2016)"))))).toBe(READ + 1 + 1 + 1);
  });

  test("run again with nothing changed: the read and the list, nothing written", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, reporting(note(2, "A.")));
    const xml = doc.liveXmlParts().map((p) => p.xml);
    expect(await syncsOf(doc, () => addFindingComments(word, reporting(note(2, "A."))))).toBe(READ + 1);
    expect(doc.liveXmlParts().map((p) => p.xml)).toEqual(xml);
  });

  test("a rewrite alone, which leaves the list as it was, is sent on its own", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, reporting(cited(2, "A", "Old wording.")));
    const rewritten = cited(2, "A", "New wording.");
    expect(await syncsOf(doc, () => addFindingComments(word, reporting(rewritten)))).toBe(READ + 1 + 1);
    expect(ours(doc).map((c) => c.content)).toEqual([findingCommentText(rewritten)]);
  });

  test("a removal travels with the list's save", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    const kept = note(0, "B.");
    await addFindingComments(word, reporting(note(2, "A."), kept));
    expect(await syncsOf(doc, () => addFindingComments(word, reporting(kept)))).toBe(READ + 1 + 1);
    expect(ours(doc).map((c) => c.content)).toEqual([findingCommentText(kept)]);
  });

  test("a comment recognised by its text alone (its id lost from the list) is still removed", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, reporting(note(2, "A.")));
    // the list is gone (the part deleted by another tool): the comment is known by its text
    for (const p of doc.liveXmlParts()) p.deleted = true;
    const result = await addFindingComments(word, reporting());
    expect(result.removed).toBe(1);
    expect(ours(doc)).toEqual([]);
  });

  test("removing: one sync when there is nothing of the add-in's; three when there is (the read, the list, the deletion)", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    expect(await syncsOf(doc, () => removeFindingComments(word))).toBe(1);
    await addFindingComments(word, reporting(note(2, "A.")));
    expect(await syncsOf(doc, () => removeFindingComments(word))).toBe(3);
    expect(ours(doc)).toEqual([]);
  });

  test("removing when the comments are gone but the list is not: the list is emptied", async () => {
    const doc = document();
    const word = memoryWordRunner(doc);
    await addFindingComments(word, reporting(note(2, "A.")));
    for (const c of memoryComments(doc)) c.deleted = true;
    expect(await removeFindingComments(word)).toEqual({ removed: 0, message: "There are no comments from the add-in in this document." });
    expect(doc.liveXmlParts().some((p) => p.xml.includes('key="comments"'))).toBe(false);
  });
});

describe("where a citation's comment lands", () => {
  test("the same citation twice in a paragraph: each problem on its own occurrence, in order", async () => {
    const doc = document();
    await addFindingComments(memoryWordRunner(doc), reporting(cited(0, "(Starr, 2016)", "First."), cited(0, "(Starr, 2016)", "Second.")));
    expect(starts(doc)).toEqual([
      [0, TEXT[0]!.indexOf("(Starr, 2016)")],
      [0, TEXT[0]!.lastIndexOf("(Starr, 2016)")],
    ]);
    expect(ours(doc).map((c) => c.quote)).toEqual(["(Starr, 2016)", "(Starr, 2016)"]);
  });

  test("the case is matched: the comment is on the citation the problem is about, not one written in capitals before it", async () => {
    const doc = document();
    await addFindingComments(memoryWordRunner(doc), reporting(cited(1, "(Starr, 2016)")));
    expect(starts(doc)).toEqual([[1, TEXT[1]!.indexOf("(Starr, 2016)")]]);
  });

  test("a citation longer than Word can search for is commented on its paragraph, and the rest go on", async () => {
    const long = `(${"Very Long Organisation Name and ".repeat(8)}Partners, 2016)`;
    expect(long.length).toBeGreaterThan(SEARCH_TEXT_MAX);
    const doc = document([`As ${long} says.`, ...TEXT]);
    const before = snapshot(doc);
    const result = await addFindingComments(memoryWordRunner(doc), reporting(cited(0, long), cited(1, "(Starr, 2016)")));
    expect(result.added).toBe(2);
    expect(ours(doc).map((c) => c.quote)).toEqual([`As ${long} says.`, "(Starr, 2016)"]);
    expect(snapshot(doc)).toEqual(before);
  });

  test("a citation of exactly the longest text Word searches for is still found and commented on itself", async () => {
    const exact = `(${"Very Long Organisation Name and Partners ".repeat(7).slice(0, SEARCH_TEXT_MAX - 8)}, 2016)`;
    expect(exact).toHaveLength(SEARCH_TEXT_MAX);
    const doc = document([`As ${exact} says.`]);
    await addFindingComments(memoryWordRunner(doc), reporting(cited(0, exact)));
    expect(ours(doc).map((c) => c.quote)).toEqual([exact]);
  });

  test("when Word finds fewer copies of a citation than the check counted, the later problem goes on the last copy Word found", async () => {
    // a typo deleted with Track Changes on: the check reads the reviewed text, with the citation twice;
    // Word's search runs over the text with the deleted "X" still in it, and finds it once
    const reviewed = "Coaching (Starr, 2016) helps, as (Starr, 2016) shows.";
    const doc = buildMemoryDocument([{ text: "Coaching (Starr, 2016) helps, as (Starr, 20X16) shows.", reviewedText: reviewed }]);
    await addFindingComments(memoryWordRunner(doc), reporting(cited(0, "(Starr, 2016)", "First."), cited(0, "(Starr, 2016)", "Second.")));
    expect(ours(doc).map((c) => c.quote)).toEqual(["(Starr, 2016)", "(Starr, 2016)"]);
    expect(starts(doc)).toEqual([
      [0, reviewed.indexOf("(Starr, 2016)")],
      [0, reviewed.indexOf("(Starr, 2016)")],
    ]);
  });

  test("a finding on a paragraph the body does not hold stops with one sentence, and nothing is written", async () => {
    const doc = buildMemoryDocument([{ text: "An answer.", notes: [{ type: "Footnote", paragraphs: ["A note (Starr, 2016)."] }] }]);
    const word = memoryWordRunner(doc);
    // the note's paragraph comes after the body's in the draft the check reads: index 1 here
    const run = addFindingComments(word, reporting(cited(1, "(Starr, 2016)")));
    await expect(run).rejects.toThrow(new WordActionError("The document changed while the comments were being added: check it again and retry.", "changed"));
    expect(commentsSnapshot(doc)).toEqual([]);
  });
});

describe("when Word fails", () => {
  test("the message names what was being done", async () => {
    const doc = document();
    doc.syncFault = { at: doc.syncTotal + 1, lost: "request" };
    await expect(addFindingComments(memoryWordRunner(doc), reporting())).rejects.toThrow(/add the findings as comments/);
    doc.syncFault = { at: doc.syncTotal + 1, lost: "request" };
    await expect(removeFindingComments(memoryWordRunner(doc))).rejects.toThrow(/remove the add-in's comments/);
  });
});
