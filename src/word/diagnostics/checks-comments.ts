/** Comment threads: what the add-in's "Remove the add-in's comments" must not take with it. */
import { addParagraphs, observe } from "./probe";
import type { DiagnosticCheck } from "./types";

const COMMENT = "https://learn.microsoft.com/en-us/javascript/api/word/word.comment";

export const COMMENT_CHECKS: DiagnosticCheck[] = [
  {
    id: "comment-delete-takes-replies",
    assumption:
      "Comment.replies lists a thread's replies, and Comment.delete() deletes the replies with the comment, so the add-in resolves a comment of its own that someone has replied to rather than deleting it.",
    source: `${COMMENT}#word-word-comment-delete-member(1) ("Deletes the comment and its replies"); ${COMMENT}#word-word-comment-replies-member`,
    requires: { set: "WordApi", version: "1.4" },
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Commented on"]);
      const comment = p!.getRange("Content").insertComment("Diagnostics comment.");
      comment.reply("Diagnostics reply.");
      await scratch.context.sync();
      const before = scratch.body.getComments().load("items/id,items/replies/items/content");
      await scratch.context.sync();
      const replies = before.items.map((c) => c.replies.items.map((r) => r.content));
      before.items[0]?.delete();
      await scratch.context.sync();
      const after = scratch.body.getComments().load("items/id");
      await scratch.context.sync();
      return observe(
        replies.length === 1 && replies[0]!.length === 1 && replies[0]![0] === "Diagnostics reply." && after.items.length === 0,
        `replies before ${JSON.stringify(replies)}, comments after delete ${after.items.length}`,
      );
    },
  },
];
