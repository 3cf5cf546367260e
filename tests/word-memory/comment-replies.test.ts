/**
 * Comment threads in the in-memory Word, as WordApi 1.4 documents them: Comment.replies is a
 * collection whose items exist only after load and sync
 * (https://learn.microsoft.com/javascript/api/word/word.commentreplycollection), Comment.reply adds
 * one at the end of the thread signed by the user
 * (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-reply-member(1)),
 * and Comment.delete() "Deletes the comment and its replies".
 */
import { addMemoryComment, addMemoryReply, buildMemoryDocument, commentsSnapshot, memoryRun, setCommentUser } from "../../src/word-memory/memory-word";

function docWithComment() {
  const doc = buildMemoryDocument([{ text: "Coaching is a partnership." }]);
  const p = doc.paragraphs[0]!;
  const comment = addMemoryComment(doc, { start: p, so: 0, end: p, eo: 8 }, "Say who says so.", { name: "Dr Tutor", email: "" });
  return { doc, comment };
}

test("replies are read through the comment's collection, only once loaded and synced", async () => {
  const { doc, comment } = docWithComment();
  addMemoryReply(doc, comment, "Added (Starr, 2016).", { name: "Priya Shah", email: "" });
  await memoryRun(doc)(async (context) => {
    const comments = context.document.body.getComments();
    comments.load("items/id,items/replies/items/id,items/replies/items/content,items/replies/items/authorName");
    expect(() => comments.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    const replies = comments.items[0]!.replies.items;
    expect(replies.map((r) => [r.authorName, r.content])).toEqual([["Priya Shah", "Added (Starr, 2016)."]]);
    expect(() => replies[0]!.creationDate).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});

test("reply() adds one at the end of the thread, signed by the user, after the sync; an empty one fails", async () => {
  const { doc } = docWithComment();
  setCommentUser(doc, { name: "Priya Shah", email: "" });
  await memoryRun(doc)(async (context) => {
    const comments = context.document.body.getComments().load("items/id");
    await context.sync();
    comments.items[0]!.reply("Done.");
    expect(commentsSnapshot(doc)[0]!.replies).toEqual([]);
    await context.sync();
  });
  expect(commentsSnapshot(doc)[0]!.replies).toEqual([{ author: "Priya Shah", content: "Done." }]);
  await expect(
    memoryRun(doc)(async (context) => {
      const comments = context.document.body.getComments().load("items/id");
      await context.sync();
      comments.items[0]!.reply("  ");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("delete() takes the replies with the comment", async () => {
  const { doc, comment } = docWithComment();
  addMemoryReply(doc, comment, "Added (Starr, 2016).");
  await memoryRun(doc)(async (context) => {
    const comments = context.document.body.getComments().load("items/id");
    await context.sync();
    comments.items[0]!.delete();
    await context.sync();
  });
  expect(commentsSnapshot(doc)).toEqual([]);
});
