/**
 * Placeholder text is not the learner's answer. A host flags a content control
 * still showing its placeholder (`DocParagraph.placeholder`); the prompts Word
 * and centre templates put in answer boxes as ordinary text are recognised
 * here by their words, when they are the whole paragraph.
 */
import type { DocParagraph } from "../model/document";

/** Word's own placeholders (every control type) and the prompts centre templates type in answer boxes. */
const PROMPTS = new Set([
  "click or tap here to enter text",
  "click here to enter text",
  "click or tap to enter a date",
  "click here to enter a date",
  "choose an item",
  "choose a building block",
  "enter text here",
  "enter text",
  "type text",
  "type here",
  "type your answer here",
  "type your text here",
  "enter your answer here",
  "insert your answer here",
  "write your answer here",
  "add your answer here",
  "start typing here",
  "your answer here",
  "answer here",
]);

function foldPrompt(text: string): string {
  return text
    .toLowerCase()
    .replace(/[[\](){}<>«»"“”'‘’.…:;!]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether the paragraph holds placeholder text rather than the learner's words. */
export function isPlaceholder(p: DocParagraph): boolean {
  if (p.placeholder) return true;
  const t = p.text;
  // Prompts are short: skip the fold for anything longer than the longest one.
  if (t.length > 60 || t.trim() === "") return false;
  return PROMPTS.has(foldPrompt(t));
}
