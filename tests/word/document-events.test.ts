/**
 * Defect 8 of issue 10: a handler is removed in the request context it was added in
 * (Word.run(handle.context, ...)), or handlers pile up; and footnote reference marks, which Word
 * puts in `text` as a control character (U+0002, office-js #2749), are stripped before headings are matched.
 */
import { analyse } from "../../src/check/analyse";
import { readDocument } from "../../src/word/read-document";
import { watchWordChanges } from "../../src/word/document-events";
import { fireParagraphEvent } from "../../src/word-memory/memory-word";
import { setup, unit } from "./helpers";

describe("events (defect 8)", () => {
  test("stopping the watch removes every handler it added", async () => {
    const { doc, word } = setup([{ text: "x" }], { requirements: { WordApi: "1.6" } });
    let calls = 0;
    const stop = await watchWordChanges(word, () => calls++);
    expect(stop).not.toBeNull();
    expect(doc.events.handlers).toHaveLength(3);
    await fireParagraphEvent(doc, "ParagraphChanged");
    expect(calls).toBe(1);
    await stop!();
    expect(doc.events.handlers).toHaveLength(0);
    await fireParagraphEvent(doc, "ParagraphChanged");
    expect(calls).toBe(1);
  });

  test("watching twice and stopping twice leaves nothing behind", async () => {
    const { doc, word } = setup([{ text: "x" }], { requirements: { WordApi: "1.6" } });
    const a = await watchWordChanges(word, () => undefined);
    const b = await watchWordChanges(word, () => undefined);
    await a!();
    await b!();
    expect(doc.events.handlers).toHaveLength(0);
  });
});

describe("footnote marks in headings (defect 8)", () => {
  test("a side-heading with a footnote reference is matched exactly", async () => {
    const u = unit("8580-500");
    const c = u.criteria[0]!;
    const { word } = setup([{ text: `${c.id} ${c.wording}\u0002`, style: "Heading2" }, { text: "My answer." }]);
    const doc = await readDocument(word);
    expect(doc.paragraphs[0]!.text).toBe(`${c.id} ${c.wording}`);
    const report = analyse(doc, { unit: u.id });
    expect(report.problems.filter((p) => p.ac === c.id && p.code === "ac-heading-altered")).toEqual([]);
  });
});
