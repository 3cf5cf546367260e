/**
 * The add-in's data in the document at its edges: what a failure says it was doing (reading or
 * saving the data, saving the grades), what a save hands back once an entry is removed, and a
 * centre template asked for in a Word that cannot keep data in the document.
 */
import type { Marking } from "../../src/marking/marking";
import { loadCentreTemplate, saveCentreTemplate } from "../../src/word/centre-store";
import { readStore, writeStore } from "../../src/word/doc-store";
import { saveMarking } from "../../src/word/marking-store";
import { WordActionError, type WordRunner } from "../../src/word/word-runner";
import { setup } from "./helpers";

const MARKING: Marking = { unit: "8581-700", tutor: "Dr A. Tutor", date: "2025-03-04", grades: { "1.1": { mark: 9, rationale: "Clear." } } };

describe("a failure names what was being done", () => {
  test.each([
    ["reading the data", /read the add-in's data in this document/, (w: WordRunner) => readStore(w)],
    ["saving the data", /save the add-in's data in this document/, (w: WordRunner) => writeStore(w, { ticks: {} })],
    ["saving the grades", /save the grades in this document/, (w: WordRunner) => saveMarking(w, MARKING)],
  ])("%s", async (_name, said, run) => {
    const { doc, word } = setup([{ text: "My answer." }]);
    doc.syncFault = { at: doc.syncTotal + 1, lost: "request" };
    const failed = await run(word).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(WordActionError);
    expect((failed as Error).message).toMatch(said);
  });
});

test("a save that removes an entry hands back the data without it, not with it left undefined", async () => {
  const { word } = setup([{ text: "My answer." }]);
  await writeStore(word, { template: { unit: "8580-500" }, ticks: { "1.1": [0] } });
  const saved = await writeStore(word, { template: undefined });
  expect(Object.keys(saved)).toEqual(["ticks"]);
  expect(await readStore(word)).toStrictEqual({ ticks: { "1.1": [0] } });
});

test("a centre template in a Word without WordApi 1.4: not known (undefined), not saved, and Word is not asked", async () => {
  const { doc, word } = setup([{ text: "My answer." }], { requirements: { WordApi: "1.3" } });
  expect(await loadCentreTemplate(word)).toBeUndefined();
  expect(await saveCentreTemplate(word, { unit: "8580-500" })).toBe(false);
  expect(doc.syncTotal).toBe(0);
  // with WordApi 1.4 and nothing recorded, the answer is null: the two are told apart
  const { word: current } = setup([{ text: "My answer." }]);
  expect(await loadCentreTemplate(current)).toBeNull();
});
