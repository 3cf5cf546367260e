import { STORE_NAMESPACE, loadTicks, parseStore, readStore, saveTicks, serializeStore, writeStore } from "../../src/word/doc-store";
import { WordActionError } from "../../src/word/word-runner";
import { DOCUMENT_STORE_MESSAGE, missingFeatures } from "../../src/word/requirements";
import { memoryWordRunner, MemoryDocument } from "../../src/word-memory/memory-word";
import { prose, setup, syncsOf } from "./helpers";

describe("document store (custom XML part)", () => {
  test("serialises to namespaced XML and back, escaping what XML needs", () => {
    const data = { ticks: { "1.1": [0, 2] }, note: 'a <tag> & "quotes"' };
    const xml = serializeStore(data);
    expect(xml).toContain(`xmlns="${STORE_NAMESPACE}"`);
    expect(parseStore(xml)).toEqual(data);
    expect(parseStore("<not-ours/>")).toEqual({});
    expect(parseStore("not xml at all <")).toEqual({});
  });

  test("find-or-create: the first write adds one part, later writes merge into it", async () => {
    const { doc, word } = setup([{ text: "x" }]);
    expect(await readStore(word)).toEqual({});
    await writeStore(word, { template: { unit: "8580-500" } });
    await writeStore(word, { ticks: { "1.1": [1] } });
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(doc.liveXmlParts()[0]!.namespaceUri).toBe(STORE_NAMESPACE);
    expect(await readStore(word)).toEqual({ template: { unit: "8580-500" }, ticks: { "1.1": [1] } });
    await writeStore(word, { template: undefined });
    expect(await readStore(word)).toEqual({ ticks: { "1.1": [1] } });
  });

  test("ticks round-trip; other add-ins' parts are left alone; duplicate copies are folded into one", async () => {
    const doc = new MemoryDocument();
    doc.appendParagraph({ text: "x" });
    doc.addXmlPart('<other xmlns="urn:someone-else">keep</other>');
    doc.addXmlPart(serializeStore({ ticks: { "2.1": [0] } }));
    doc.addXmlPart(serializeStore({ ticks: { "9.9": [9] } }));
    const word = memoryWordRunner(doc);
    expect(await loadTicks(word)).toEqual({ "2.1": [0] });
    expect(await saveTicks(word, { "2.1": [0, 1] })).toBe(true);
    expect(await loadTicks(word)).toEqual({ "2.1": [0, 1] });
    expect(doc.liveXmlParts().map((p) => p.namespaceUri)).toEqual(["urn:someone-else", STORE_NAMESPACE]);
    expect(doc.liveXmlParts()[0]!.xml).toContain("keep");
  });

  test("on a WordApi 1.3 word: a clear message, no crash, nothing written", async () => {
    const { doc, word } = setup([{ text: "x" }], { requirements: { WordApi: "1.3" } });
    await expect(readStore(word)).rejects.toThrow(WordActionError);
    await expect(writeStore(word, { a: 1 })).rejects.toThrow(DOCUMENT_STORE_MESSAGE);
    expect(await loadTicks(word)).toBeNull();
    expect(await saveTicks(word, { "1.1": [0] })).toBe(false);
    expect(doc.xmlParts).toHaveLength(0);
    expect(doc.syncTotal).toBe(0);
    expect(missingFeatures(word).map((f) => f.consequence)).toEqual([DOCUMENT_STORE_MESSAGE]);
  });

  test("ticks edited by hand or by another tool: only whole, non-negative numbers under each AC are kept", async () => {
    const stored = (ticks: string) => {
      const doc = new MemoryDocument();
      doc.appendParagraph({ text: "x" });
      doc.addXmlPart(`<store xmlns="${STORE_NAMESPACE}" version="1"><entry key="ticks">${ticks}</entry></store>`);
      return loadTicks(memoryWordRunner(doc));
    };
    expect(await stored('{"1.1":[0,-1,1.5,"2",3,null],"1.2":"0","1.3":null,"2.1":[]}')).toEqual({ "1.1": [0, 3], "2.1": [] });
    expect(await stored("null")).toEqual({});
    expect(await stored('"1.1"')).toEqual({});
    expect(await stored("7")).toEqual({});
  });

  test("constant syncs: reading 2, writing 3, whatever the document's length", async () => {
    for (const n of [10, 2000]) {
      const { doc, word } = setup(prose(n));
      expect(await syncsOf(doc, () => writeStore(word, { ticks: {} }))).toBe(2);
      expect(await syncsOf(doc, () => writeStore(word, { ticks: { "1.1": [0] } }))).toBe(3);
      expect(await syncsOf(doc, () => readStore(word))).toBe(2);
    }
  });
});
