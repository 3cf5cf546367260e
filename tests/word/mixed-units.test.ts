/**
 * One document, one unit: after the 8581-700 template, picking 8580-503 and inserting its
 * template or its "missing" sections used to splice 8580-503's side-headings between
 * 8581-700's (they share the numbers 1.1, 1.2, 2.1, 3.1 and 3.2, never the wording).
 */
import { buildSampleDraft, SAMPLE_UNIT } from "../../src/preview/sample-draft";
import { otherUnitOf } from "../../src/core/document-unit";
import { UNITS } from "../../src/units/catalogue";
import { memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { insertMissingSections } from "../../src/word/insert-missing";
import { insertTemplate } from "../../src/word/insert-template";
import { readDocument } from "../../src/word/read-document";
import { removeGuidance } from "../../src/word/remove-guidance";
import { acHeadings, prose, setup, unit } from "./helpers";

const ALL = { guidance: true, coverSheet: true, lockHeadings: true };

async function with700() {
  const { doc, word } = setup(prose(3));
  await insertTemplate(word, unit("8581-700"), ALL);
  return { doc, word, before: snapshot(doc) };
}

describe("a document of one unit refuses another unit's side-headings", () => {
  test("the template of another unit is refused, naming both units, and nothing changes", async () => {
    const { doc, word, before } = await with700();
    const result = await insertTemplate(word, unit("8580-503"), ALL);
    expect(result).toEqual({
      outcome: "refused",
      message:
        "This document has the side-headings of unit 8581-700, so the template of unit 8580-503 was not inserted: the two units' side-headings would be mixed. Choose unit 8581-700 to carry on with this document, or start a new document for unit 8580-503.",
    });
    expect(result.message).not.toMatch(/Insert missing sections/);
    expect(snapshot(doc)).toEqual(before);
  });

  test("another unit's missing sections are refused, and nothing changes", async () => {
    const { doc, word, before } = await with700();
    const result = await insertMissingSections(word, unit("8580-503"), ALL);
    expect(result).toMatchObject({ refused: true, inserted: [] });
    expect(result.message).toBe(
      "This document has the side-headings of unit 8581-700, so the missing sections of unit 8580-503 were not inserted: the two units' side-headings would be mixed. Choose unit 8581-700 to carry on with this document, or start a new document for unit 8580-503.",
    );
    expect(snapshot(doc)).toEqual(before);
  });

  test("a draft whose unit is known only from its headings' wording is protected too", async () => {
    const doc = await buildSampleDraft();
    const word = memoryWordRunner(doc);
    const before = snapshot(doc);
    const result = await insertMissingSections(word, unit("8580-503"), ALL);
    expect(result.refused).toBe(true);
    expect(result.message).toMatch(/^This document has the side-headings of unit 8580-500, /);
    expect(snapshot(doc)).toEqual(before);
    // Its own unit still gets its missing section.
    expect((await insertMissingSections(word, unit(SAMPLE_UNIT), ALL)).inserted).toEqual(["1.4"]);
  });

  test("the same unit's refusal names the unit it recommends Insert missing sections for", async () => {
    const { word } = await with700();
    const result = await insertTemplate(word, unit("8581-700"), ALL);
    expect(result.outcome).toBe("refused");
    expect(result.message).toMatch(/of unit 8581-700, so nothing was inserted: use "Insert missing sections"/);
  });

  test("removing guidance goes by the document's unit: none of it is kept as the learner's text", async () => {
    const { doc, word } = await with700();
    const headings = acHeadings(doc);
    const result = await removeGuidance(word, unit("8580-503"));
    expect(result.keptParagraphs).toBe(0);
    expect(result.unwrapped).toBe(0);
    expect(snapshot(doc).some((p) => p.tags.some((t) => t.startsWith("ilm:guidance:")))).toBe(false);
    expect(acHeadings(doc)).toEqual(headings);
  });
});

describe("otherUnitOf", () => {
  test("a blank document or prose without side-headings belongs to no unit yet", async () => {
    const blank = setup([]);
    const prosy = setup(prose(8));
    for (const { word } of [blank, prosy]) {
      const doc = await readDocument(word);
      for (const u of UNITS) expect(otherUnitOf(doc, u, UNITS)).toBeNull();
    }
  });

  test("names the template's unit for every other unit, and nothing for its own", async () => {
    const { word } = await with700();
    const doc = await readDocument(word);
    for (const u of UNITS) expect(otherUnitOf(doc, u, UNITS)?.id ?? null).toBe(u.id === "8581-700" ? null : "8581-700");
  });

  test("goes by the headings' wording when there is no template tag", async () => {
    const doc = await readDocument(memoryWordRunner(await buildSampleDraft()));
    const others = UNITS.filter((u) => u.id !== SAMPLE_UNIT).map((u) => otherUnitOf(doc, u, UNITS)?.id);
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(others)).toEqual(new Set([SAMPLE_UNIT]));
    expect(otherUnitOf(doc, unit(SAMPLE_UNIT), UNITS)).toBeNull();
  });
});
