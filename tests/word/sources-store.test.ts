import { addSource, emptyLibrary } from "../../src/harvard/library/library";
import { readStore, saveTicks, loadTicks, STORE_NAMESPACE } from "../../src/word/doc-store";
import { loadSources, saveSources, SOURCES_STORE_MESSAGE } from "../../src/word/sources-store";
import { buildMemoryDocument, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { SOURCES } from "../harvard/library/fixtures/sources";

const learnerDoc = (n: number, requirements?: Record<string, string>) =>
  buildMemoryDocument(
    [
      { text: "My assignment", style: "Title" },
      ...Array.from({ length: n }, (_, i) => ({ text: `Learner paragraph ${i} with “quotes” & tabs\tand more.` })),
    ],
    requirements ? { requirements } : {},
  );

describe("source library stored in the document", () => {
  it("starts empty, saves, and loads back exactly, leaving the learner's text alone", async () => {
    const doc = learnerDoc(5);
    const word = memoryWordRunner(doc);
    const before = snapshot(doc);
    expect(await loadSources(word)).toEqual(emptyLibrary());
    const lib = { version: 1 as const, items: SOURCES };
    await saveSources(word, lib);
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(doc.liveXmlParts()[0].namespaceUri).toBe(STORE_NAMESPACE);
    expect(await loadSources(word)).toEqual(lib);
    expect(snapshot(doc)).toEqual(before);
  });

  it("shares the add-in's one part with the other stored data, each kept when the other is saved", async () => {
    const doc = learnerDoc(2);
    const word = memoryWordRunner(doc);
    await saveTicks(word, { "1.1": [0, 2] });
    await saveSources(word, { version: 1, items: SOURCES.slice(0, 2) });
    await saveTicks(word, { "1.1": [1] });
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(await loadTicks(word)).toEqual({ "1.1": [1] });
    expect((await loadSources(word)).items).toEqual(SOURCES.slice(0, 2));
    expect(Object.keys(await readStore(word)).sort()).toEqual(["sources", "ticks"]);
  });

  it("updates in place on later saves", async () => {
    const doc = learnerDoc(2);
    const word = memoryWordRunner(doc);
    await saveSources(word, { version: 1, items: SOURCES.slice(0, 2) });
    const id = doc.liveXmlParts()[0].id;
    const { library } = addSource(await loadSources(word), { type: "book", title: "New" });
    await saveSources(word, library);
    expect(doc.liveXmlParts().map((p) => p.id)).toEqual([id]);
    expect((await loadSources(word)).items.map((x) => x.title)).toEqual([SOURCES[0].title, SOURCES[1].title, "New"]);
  });

  it("uses a fixed number of syncs (2 to load, 3 to save), however long the document or library", async () => {
    const counts: number[][] = [];
    for (const [paras, items] of [[3, 1], [300, SOURCES.length]] as const) {
      const doc = learnerDoc(paras);
      const word = memoryWordRunner(doc);
      const t0 = doc.syncTotal;
      await saveSources(word, { version: 1, items: SOURCES.slice(0, items) });
      const t1 = doc.syncTotal;
      await loadSources(word);
      counts.push([t1 - t0, doc.syncTotal - t1]);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0][0]).toBeLessThanOrEqual(3);
    expect(counts[0][1]).toBeLessThanOrEqual(2);
  });

  it("says clearly when Word cannot store data in the document (no WordApi 1.4)", async () => {
    const word = memoryWordRunner(learnerDoc(1, { WordApi: "1.3" }));
    await expect(loadSources(word)).rejects.toThrow(SOURCES_STORE_MESSAGE);
    await expect(saveSources(word, emptyLibrary())).rejects.toThrow(SOURCES_STORE_MESSAGE);
  });

  it("reports a damaged sources entry in one sentence", async () => {
    const doc = learnerDoc(1);
    doc.addXmlPart(`<store xmlns="${STORE_NAMESPACE}" version="1"><entry key="sources">{"format":"csl-json","version":1,"items":[{"title":"x"}]}</entry></store>`);
    await expect(loadSources(memoryWordRunner(doc))).rejects.toThrow("The sources saved in this document are damaged and could not be read.");
  });

  it("reports a read-only document in one sentence", async () => {
    const doc = buildMemoryDocument([{ text: "x" }], { readOnly: true });
    await expect(saveSources(memoryWordRunner(doc), emptyLibrary())).rejects.toThrow(/read-only or locked/);
  });
});
