import { addSource, emptyLibrary, LIBRARY_NAMESPACE } from "../../src/harvard/library/library";
import { loadSources, saveSources, SOURCES_STORE_MESSAGE } from "../../src/word/sources-store";
import { buildMemoryDocument, memoryHost, snapshot } from "../../src/word-memory";
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
    const host = memoryHost(doc);
    const before = snapshot(doc);
    expect(await loadSources(host)).toEqual(emptyLibrary());
    const lib = { version: 1 as const, items: SOURCES };
    await saveSources(host, lib);
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(doc.liveXmlParts()[0].namespaceUri).toBe(LIBRARY_NAMESPACE);
    expect(await loadSources(host)).toEqual(lib);
    expect(snapshot(doc)).toEqual(before);
  });

  it("updates the one part in place on later saves", async () => {
    const doc = learnerDoc(2);
    const host = memoryHost(doc);
    await saveSources(host, { version: 1, items: SOURCES.slice(0, 2) });
    const id = doc.liveXmlParts()[0].id;
    const { library } = addSource(await loadSources(host), { type: "book", title: "New" });
    await saveSources(host, library);
    expect(doc.liveXmlParts().map((p) => p.id)).toEqual([id]);
    expect((await loadSources(host)).items.map((x) => x.title)).toEqual([SOURCES[0].title, SOURCES[1].title, "New"]);
  });

  it("uses two syncs to load and two to save, however long the document or library", async () => {
    for (const [paras, items] of [[3, 1], [300, SOURCES.length]] as const) {
      const doc = learnerDoc(paras);
      const host = memoryHost(doc);
      const t0 = doc.syncTotal;
      await saveSources(host, { version: 1, items: SOURCES.slice(0, items) });
      expect(doc.syncTotal - t0).toBe(2);
      const t1 = doc.syncTotal;
      await loadSources(host);
      expect(doc.syncTotal - t1).toBe(2);
    }
  });

  it("says clearly when Word cannot store data in the document (no WordApi 1.4)", async () => {
    const host = memoryHost(learnerDoc(1, { WordApi: "1.3" }));
    await expect(loadSources(host)).rejects.toThrow(SOURCES_STORE_MESSAGE);
    await expect(saveSources(host, emptyLibrary())).rejects.toThrow(SOURCES_STORE_MESSAGE);
  });

  it("reports a damaged part in one sentence", async () => {
    const doc = learnerDoc(1);
    doc.addXmlPart(`<sources xmlns="${LIBRARY_NAMESPACE}">not json</sources>`);
    await expect(loadSources(memoryHost(doc))).rejects.toThrow("The sources saved in this document are damaged and could not be read.");
  });

  it("reports a read-only document in one sentence", async () => {
    const doc = buildMemoryDocument([{ text: "x" }], { readOnly: true });
    await expect(saveSources(memoryHost(doc), emptyLibrary())).rejects.toThrow(/read-only or locked/);
  });

  it("with two parts (content copied from another document), reads the first and leaves one after saving", async () => {
    const doc = learnerDoc(1);
    const host = memoryHost(doc);
    await saveSources(host, { version: 1, items: SOURCES.slice(0, 1) });
    doc.addXmlPart(doc.liveXmlParts()[0].xml.replace(SOURCES[0].title!, "Copied"));
    expect((await loadSources(host)).items[0].title).toBe(SOURCES[0].title);
    await saveSources(host, { version: 1, items: SOURCES.slice(0, 2) });
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect((await loadSources(host)).items).toHaveLength(2);
  });
});
