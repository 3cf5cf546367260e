/** Lists: what `text` holds for a numbered paragraph, what Word displays, what insertParagraph inherits. */
import { listNumberFromListString } from "../word-text";
import { addParagraphs, observe, show } from "./probe";
import type { DiagnosticCheck, Scratch } from "./types";

const PARAGRAPH = "https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph";
const LIST = "https://learn.microsoft.com/en-us/javascript/api/word/word.list";
const LIST_ITEM = "https://learn.microsoft.com/en-us/javascript/api/word/word.listitem";

/** A numbered list: "Alpha" at level 0 ("1."), "Beta" at level 1 ("1.1"); Beta was inserted after Alpha. */
async function numbered(scratch: Scratch) {
  const [alpha] = await addParagraphs(scratch, ["Alpha"]);
  const list = alpha!.startNewList();
  list.setLevelNumbering(0, "Arabic", [0, "."]);
  list.setLevelNumbering(1, "Arabic", [0, ".", 1]);
  const beta = alpha!.insertParagraph("Beta", "After");
  await scratch.context.sync();
  beta.listItem.level = 1;
  await scratch.context.sync();
  return { alpha: alpha!, beta };
}

export const LIST_CHECKS: DiagnosticCheck[] = [
  {
    id: "list-number-not-in-text",
    assumption: "The number Word shows before a numbered paragraph is not part of the paragraph's text; isListItem is true.",
    source: `${PARAGRAPH}#word-word-paragraph-islistitem-member (WordApi 1.3)`,
    async run(scratch) {
      const { alpha } = await numbered(scratch);
      alpha.load(["text", "isListItem"]);
      await scratch.context.sync();
      return observe(alpha.text === "Alpha" && alpha.isListItem, `text ${show(alpha.text)}, isListItem ${alpha.isListItem}`);
    },
  },
  {
    id: "list-string-level-0",
    assumption: "listItemOrNullObject.listString gives the number Word displays: \"1.\" for the first item of a list numbered [0, \".\"].",
    source: `${LIST_ITEM}#word-word-listitem-liststring-member; ${LIST}#word-word-list-setlevelnumbering-member(1)`,
    async run(scratch) {
      const { alpha } = await numbered(scratch);
      const item = alpha.listItemOrNullObject.load("listString");
      await scratch.context.sync();
      return observe(!item.isNullObject && item.listString === "1.", `listString ${show(item.isNullObject ? null : item.listString)}`);
    },
  },
  {
    id: "list-string-multilevel",
    assumption: "A level-1 item of a list numbered [0, \".\", 1] shows \"1.1\", which the add-in reads as an AC number.",
    source: `${LIST_ITEM}#word-word-listitem-level-member; ${LIST}#word-word-list-setlevelnumbering-member(1)`,
    async run(scratch) {
      const { beta } = await numbered(scratch);
      const item = beta.listItemOrNullObject.load(["listString", "level"]);
      await scratch.context.sync();
      const number = item.isNullObject ? undefined : listNumberFromListString(item.listString);
      return observe(number === "1.1", `level ${item.isNullObject ? "-" : item.level}, listString ${show(item.isNullObject ? null : item.listString)}`);
    },
  },
  {
    id: "list-item-null-object",
    assumption: "For a paragraph in no list, listItemOrNullObject is a null object and isListItem is false.",
    source: `${PARAGRAPH}#word-word-paragraph-listitemornullobject-member`,
    async run(scratch) {
      const [plain] = await addParagraphs(scratch, ["Plain"]);
      plain!.load("isListItem");
      const item = plain!.listItemOrNullObject.load("listString");
      await scratch.context.sync();
      return observe(item.isNullObject && !plain!.isListItem, `isNullObject ${item.isNullObject}, isListItem ${plain!.isListItem}`);
    },
  },
  {
    id: "insert-after-list-item-inherits",
    assumption: "A paragraph inserted after a list item with insertParagraph is itself a list item (as pressing Enter is), so the add-in must detach what it inserts.",
    source: `${PARAGRAPH}#word-word-paragraph-insertparagraph-member(1) is silent on formatting; none found, confirmed here`,
    async run(scratch) {
      const [alpha] = await addParagraphs(scratch, ["Alpha"]);
      alpha!.startNewList();
      const next = alpha!.insertParagraph("Next", "After");
      next.load("isListItem");
      await scratch.context.sync();
      return observe(next.isListItem, `isListItem ${next.isListItem}`);
    },
  },
  {
    id: "detach-from-list",
    assumption: "detachFromList() takes a paragraph out of its list and leaves its text as it was.",
    source: `${PARAGRAPH}#word-word-paragraph-detachfromlist-member(1) (WordApi 1.3)`,
    async run(scratch) {
      const { beta } = await numbered(scratch);
      beta.detachFromList();
      beta.load(["isListItem", "text"]);
      await scratch.context.sync();
      return observe(!beta.isListItem && beta.text === "Beta", `isListItem ${beta.isListItem}, text ${show(beta.text)}`);
    },
  },
  {
    id: "detach-plain-paragraph",
    assumption: "detachFromList() on a paragraph in no list does nothing and does not fail, so the add-in may call it on every paragraph it inserts.",
    source: `${PARAGRAPH}#word-word-paragraph-detachfromlist-member(1): "Moves this paragraph out of its list, if the paragraph is a list item"`,
    async run(scratch) {
      const [plain] = await addParagraphs(scratch, ["Plain"]);
      plain!.detachFromList();
      plain!.load("text");
      await scratch.context.sync();
      return observe(plain!.text === "Plain", `text ${show(plain!.text)}`);
    },
  },
];
