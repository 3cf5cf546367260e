import { STORE_NAMESPACE, loadTicks, parseStore, readStore, saveTicks, serializeStore, writeStore } from "../../src/word/doc-store";
import { WordActionError } from "../../src/word/host";
import { DOCUMENT_STORE_MESSAGE, missingFeatures } from "../../src/word/requirements";
import { memoryHost, MemoryDocument } from "../../src/word-memory/memory-word";
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
    const { doc, host } = setup([{ text: "x" }]);
    expect(await readStore(host)).toEqual({});
    await writeStore(host, { template: { unit: "8580-500" } });
    await writeStore(host, { ticks: { "1.1": [1] } });
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(doc.liveXmlParts()[0]!.namespaceUri).toBe(STORE_NAMESPACE);
    expect(await readStore(host)).toEqual({ template: { unit: "8580-500" }, ticks: { "1.1": [1] } });
    await writeStore(host, { template: undefined });
    expect(await readStore(host)).toEqual({ ticks: { "1.1": [1] } });
  });

  test("ticks round-trip; other add-ins' parts are left alone; duplicate copies are folded into one", async () => {
    const doc = new MemoryDocument();
    doc.appendParagraph({ text: "x" });
    doc.addXmlPart('<other xmlns="urn:someone-else">keep</other>');
    doc.addXmlPart(serializeStore({ ticks: { "2.1": [0] } }));
    doc.addXmlPart(serializeStore({ ticks: { "9.9": [9] } }));
    const host = memoryHost(doc);
    expect(await loadTicks(host)).toEqual({ "2.1": [0] });
    expect(await saveTicks(host, { "2.1": [0, 1] })).toBe(true);
    expect(await loadTicks(host)).toEqual({ "2.1": [0, 1] });
    expect(doc.liveXmlParts().map((p) => p.namespaceUri)).toEqual(["urn:someone-else", STORE_NAMESPACE]);
    expect(doc.liveXmlParts()[0]!.xml).toContain("keep");
  });

  test("on a WordApi 1.3 host: a clear message, no crash, nothing written", async () => {
    const { doc, host } = setup([{ text: "x" }], { requirements: { WordApi: "1.3" } });
    await expect(readStore(host)).rejects.toThrow(WordActionError);
    await expect(writeStore(host, { a: 1 })).rejects.toThrow(DOCUMENT_STORE_MESSAGE);
    expect(await loadTicks(host)).toBeNull();
    expect(await saveTicks(host, { "1.1": [0] })).toBe(false);
    expect(doc.xmlParts).toHaveLength(0);
    expect(doc.syncTotal).toBe(0);
    expect(missingFeatures(host).map((f) => f.consequence)).toEqual([DOCUMENT_STORE_MESSAGE]);
  });

  test("constant syncs: reading 2, writing 3, whatever the document's length", async () => {
    for (const n of [10, 2000]) {
      const { doc, host } = setup(prose(n));
      expect(await syncsOf(doc, () => writeStore(host, { ticks: {} }))).toBe(2);
      expect(await syncsOf(doc, () => writeStore(host, { ticks: { "1.1": [0] } }))).toBe(3);
      expect(await syncsOf(doc, () => readStore(host))).toBe(2);
    }
  });
});
