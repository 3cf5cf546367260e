/**
 * A reply to one of the add-in's comments is the learner's or a tutor's own words, and
 * Word.Comment.delete() "Deletes the comment and its replies"
 * (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-delete-member(1)).
 * So where the add-in would delete such a comment (its problem is fixed, or the tutor removes the
 * add-in's comments) it resolves the thread and keeps it: the replies, everyone else's comments
 * and every character of the text stay (issue 9: "The learner's and tutors' own comments ... are
 * untouched").
 */
import type { Problem } from "../../src/check/rules";
import type { DraftDocument } from "../../src/model/document";
import { FINDING_PREFIX } from "../../src/marking/finding-comments";
import { COMMENTS_KEY } from "../../src/marking/stored";
import {
  addMemoryComment,
  addMemoryReply,
  buildMemoryDocument,
  commentsSnapshot,
  memoryComments,
  memoryWordRunner,
  snapshot,
  type MemoryDocument,
} from "../../src/word-memory/memory-word";
import { readStore } from "../../src/word/doc-store";
import { addFindingComments, removeFindingComments } from "../../src/word/finding-comments";
import { problem } from "../helpers/problem";

const TEXT = ["Coaching is a partnership and it is voluntary.", "Mentoring draws on experience.", "A third paragraph of the learner's own words."];
const LEARNER = { name: "Priya Shah", email: "" };

/** A check that reports the given problems, whatever the draft. */
const reporting =
  (...problems: Problem[]) =>
  (_doc: DraftDocument) => ({ problems, sections: [] });
const note = (paragraph: number, message: string): Problem => problem({ code: "content-not-read", message, paragraph });

const ours = (doc: MemoryDocument) => commentsSnapshot(doc).filter((c) => c.content.startsWith(FINDING_PREFIX));
const others = (doc: MemoryDocument) => commentsSnapshot(doc).filter((c) => !c.content.startsWith(FINDING_PREFIX));

/** A draft with the add-in's comments on "A." and "B.", the learner's reply to "A.", and a tutor's own comment. */
async function replied(): Promise<{ doc: MemoryDocument; a: Problem; b: Problem }> {
  const doc = buildMemoryDocument(TEXT.map((text) => ({ text })));
  const a = note(0, "A.");
  const b = note(1, "B.");
  await addFindingComments(memoryWordRunner(doc), reporting(a, b));
  const onA = memoryComments(doc).find((c) => c.content.includes("A."))!;
  addMemoryReply(doc, onA, "Done: I have added the staff survey here.", LEARNER);
  const p = doc.paragraphs[2]!;
  addMemoryComment(doc, { start: p, so: 0, end: p, eo: 5 }, "Expand this.", { name: "Dr Tutor", email: "" });
  return { doc, a, b };
}

describe("the add-in's comments someone has replied to", () => {
  test("a fixed problem's comment with a reply is resolved and kept, with the reply; one without replies goes", async () => {
    const { doc, b } = await replied();
    const word = memoryWordRunner(doc);
    const text = snapshot(doc);
    const theirs = others(doc);

    // "A." is fixed; so is "B.", whose comment has no reply.
    const result = await addFindingComments(word, reporting());
    expect(result).toMatchObject({ added: 0, removed: 1, resolved: 1, kept: 0 });
    expect(result.message).toBe("Removed 1 comment whose problem is fixed, resolved 1 with replies, whose problem is fixed.");
    expect(ours(doc)).toEqual([
      expect.objectContaining({ resolved: true, replies: [{ author: LEARNER.name, content: "Done: I have added the staff survey here." }] }),
    ]);
    expect(ours(doc)[0]!.content).toContain("A.");
    expect(others(doc)).toEqual(theirs);
    expect(snapshot(doc)).toEqual(text);
    // Still the add-in's, in its list: run again, nothing changes and nothing is duplicated.
    const store = await readStore(word);
    expect((store[COMMENTS_KEY] as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([ours(doc)[0]!.id]);
    const again = await addFindingComments(word, reporting());
    expect(again).toMatchObject({ added: 0, removed: 0, resolved: 0 });
    expect(ours(doc)).toHaveLength(1);

    // The problem comes back: its comment is the same one, not a second.
    const back = await addFindingComments(word, reporting(note(0, "A."), b));
    expect(back).toMatchObject({ added: 1, kept: 1 });
    expect(ours(doc)).toHaveLength(2);
  });

  test("a thread the tutor had already resolved is left as it is", async () => {
    const { doc } = await replied();
    const onA = memoryComments(doc).find((c) => c.content.includes("A."))!;
    onA.resolved = true;
    const result = await addFindingComments(memoryWordRunner(doc), reporting(note(1, "B.")));
    expect(result).toMatchObject({ removed: 0, resolved: 0, kept: 1 });
    expect(ours(doc).find((c) => c.content.includes("A."))).toMatchObject({ resolved: true, replies: [expect.objectContaining({ author: LEARNER.name })] });
  });

  test("'Remove the add-in's comments' deletes those without replies and resolves the one with, keeping its reply", async () => {
    const { doc } = await replied();
    const word = memoryWordRunner(doc);
    const text = snapshot(doc);
    const theirs = others(doc);

    const result = await removeFindingComments(word);
    expect(result).toEqual({
      removed: 1,
      keptForReplies: 1,
      message: "Removed the add-in's 1 comment; the one with replies is kept, marked resolved, so the replies are not lost; everyone else's comments are untouched.",
    });
    expect(ours(doc)).toEqual([expect.objectContaining({ resolved: true, replies: [expect.objectContaining({ content: "Done: I have added the staff survey here." })] })]);
    expect(others(doc)).toEqual(theirs);
    expect(snapshot(doc)).toEqual(text);

    expect(await removeFindingComments(word)).toEqual({
      removed: 0,
      keptForReplies: 1,
      message: "The add-in's 1 comment has replies, so it is kept, marked resolved, rather than deleted with the replies; everyone else's comments are untouched.",
    });
    expect(ours(doc)).toHaveLength(1);
  });
});
