/** What `text` holds besides the words: line and page breaks, footnote marks, hidden text. */
import { comparableText } from "../word-text";
import { addParagraphs, observe, paragraphTexts, show } from "./probe";
import type { DiagnosticCheck } from "./types";

const RANGE = "https://learn.microsoft.com/en-us/javascript/api/word/word.range";

export const TEXT_CHECKS: DiagnosticCheck[] = [
  {
    id: "line-break-in-text",
    assumption: "A manual line break is \"\\u000b\" in a paragraph's text; the add-in reads it as a new line.",
    source: `office-js #2792 (shows "\\u000b" in text); ${RANGE}#word-word-range-insertbreak-member(1)`,
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["one"]);
      p!.getRange("End").insertBreak("Line", "After");
      p!.insertText("two", "End");
      p!.load("text");
      await scratch.context.sync();
      return observe(p!.text === "one\u000btwo" && comparableText(p!.text) === "one\ntwo", `text ${show(p!.text)}`);
    },
  },
  {
    id: "page-break-in-text",
    assumption: "A page break shows in text as a form feed \"\\f\", which the add-in never treats as white space to delete.",
    source: "none found: no Word API page says how a page break appears in text; confirmed here",
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["before"]);
      p!.getRange("End").insertBreak("Page", "After");
      await scratch.context.sync();
      const texts = await paragraphTexts(scratch);
      return observe(texts.join("\r").includes("\f"), `paragraphs ${show(texts)}`);
    },
  },
  {
    id: "footnote-mark-in-text",
    assumption: "A footnote reference is one placeholder character in the paragraph's text (U+0002, or U+FFFD on some builds); the add-in strips it before matching headings.",
    source: `office-js #2749 (U+0002), #5027 and #6942 (U+FFFD); ${RANGE}#word-word-range-insertfootnote-member(1) (WordApi 1.5)`,
    requires: { set: "WordApi", version: "1.5" },
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Claim"]);
      p!.getRange("End").insertFootnote("Source.");
      p!.load("text");
      await scratch.context.sync();
      const extra = p!.text.slice("Claim".length);
      return observe(p!.text.startsWith("Claim") && extra.length === 1 && comparableText(p!.text) === "Claim", `text ${show(p!.text)}`);
    },
  },
  {
    id: "hidden-text-in-text",
    assumption: "Text formatted as hidden is still part of a paragraph's text.",
    source: "none found: https://learn.microsoft.com/en-us/javascript/api/word/word.font#word-word-font-hidden-member (WordApiDesktop 1.2) is silent on text; confirmed here",
    requires: { set: "WordApiDesktop", version: "1.2" },
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Shown"]);
      const secret = p!.insertText(" secret", "End");
      secret.font.hidden = true;
      p!.load("text");
      await scratch.context.sync();
      return observe(p!.text === "Shown secret", `text ${show(p!.text)}`);
    },
  },
  {
    id: "paragraph-end-before-mark",
    assumption: "getRange(\"End\") of a paragraph is before its paragraph mark: text inserted there joins the paragraph.",
    source: "https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation (\"For paragraph, it's the point before the EOP\")",
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Claim", "Next"]);
      p!.getRange("End").insertText(" (Covey, 1989)", "After");
      await scratch.context.sync();
      const texts = await paragraphTexts(scratch);
      return observe(texts[0] === "Claim (Covey, 1989)" && texts[1] === "Next", `paragraphs ${show(texts)}`);
    },
  },
  {
    id: "paragraph-after-is-next-paragraph",
    assumption: "getRange(\"After\") of a paragraph is past its mark, at the start of the next paragraph.",
    source: "https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation (\"after: The point after the object\")",
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Claim", "Next"]);
      p!.getRange("After").insertText("^", "Before");
      await scratch.context.sync();
      const texts = await paragraphTexts(scratch);
      return observe(texts[0] === "Claim" && texts[1] === "^Next", `paragraphs ${show(texts)}`);
    },
  },
];
