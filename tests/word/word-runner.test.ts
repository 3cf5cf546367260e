import { runInWord, toWordActionError, WordActionError } from "../../src/word/word-runner";
import { insertTemplate } from "../../src/word/insert-template";
import { insertMissingSections } from "../../src/word/insert-missing";
import { readDocument } from "../../src/word/read-document";
import { BASELINE_MESSAGE, missingFeatures } from "../../src/word/requirements";
import { selectParagraph, selectParagraphs } from "../../src/word/select";
import { snapshot } from "../../src/word-memory/memory-word";
import { prose, setup, syncsOf, unit } from "./helpers";

const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };

describe("Word word: errors a learner can act on", () => {
  test("a read-only document: one sentence naming the problem and the way out, nothing written", async () => {
    const { doc, word } = setup([], { readOnly: true });
    const error = await insertTemplate(word, unit("8580-500"), OPTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    const e = error as WordActionError;
    expect(e.reason).toBe("read-only");
    expect(e.officeCode).toBe("AccessDenied");
    expect(e.message).toMatch(/^Word would not let the add-in insert the template because .*read-only.*try again\.$/);
    expect(e.message.split(/\.\s/)).toHaveLength(1);
    expect(snapshot(doc).map((p) => p.text)).toEqual([""]);
  });

  test("a Word without WordApi 1.3 is refused before any call, with the baseline message", async () => {
    const { doc, word } = setup(prose(3), { requirements: { WordApi: "1.2" } });
    await expect(readDocument(word)).rejects.toThrow(BASELINE_MESSAGE);
    await expect(insertMissingSections(word, unit("8580-500"), OPTS)).rejects.toThrow(BASELINE_MESSAGE);
    expect(doc.runCount).toBe(0);
    expect(missingFeatures(word)).toHaveLength(1);
  });

  test("an unsupported API reached anyway (no feature check) becomes 'update Word', not a stack trace", async () => {
    const { word } = setup([{ text: "x" }], { requirements: { WordApi: "1.3" } });
    const error = await runInWord(word, "save your ticks", async (context) => {
      context.document.customXmlParts.add('<a xmlns="urn:x"/>');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "unsupported", message: "This version of Word cannot save your ticks: update Word, or use Word on the web." });
  });

  test("unknown failures still give one sentence, keeping Word's code for support", () => {
    expect(toWordActionError(new Error("boom"), "read the document").message).toBe("Word could not read the document: save the document, then try again.");
    expect(toWordActionError({ code: "GeneralException" }, "read the document").message).toContain("(GeneralException)");
    const own = new WordActionError("Mine.", "changed");
    expect(toWordActionError(own, "x")).toBe(own);
  });

  test("a full-featured Word reports no missing features", () => {
    expect(missingFeatures(setup([]).word)).toEqual([]);
  });
});

describe("select", () => {
  test("selects a paragraph, or a section as one range", async () => {
    const { doc, word } = setup(prose(5));
    await selectParagraph(word, 2);
    expect(doc.selection!.start).toBe(doc.paragraphs[2]);
    expect(doc.selection!.end).toBe(doc.paragraphs[2]);
    await selectParagraphs(word, 1, 3);
    expect([doc.selection!.start, doc.selection!.end]).toEqual([doc.paragraphs[1], doc.paragraphs[3]]);
  });

  test("an index that no longer fits the document says so instead of selecting something else", async () => {
    const { doc, word } = setup(prose(5));
    await expect(selectParagraph(word, 9)).rejects.toMatchObject({ reason: "changed" });
    await expect(selectParagraph(word, 1, "some other text")).rejects.toThrow(/changed since it was last checked/);
    expect(doc.selection).toBeNull();
  });

  test("two syncs for 10 and for 2,000 paragraphs", async () => {
    const small = setup(prose(10));
    const large = setup(prose(2000));
    expect(await syncsOf(small.doc, () => selectParagraphs(small.word, 2, 5))).toBe(2);
    expect(await syncsOf(large.doc, () => selectParagraphs(large.word, 1500, 1990))).toBe(2);
  });
});
