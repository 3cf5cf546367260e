/**
 * Defect 9 of issue 10: the add-in's custom XML part on every platform. Word on the web reports no
 * matching part as `items` undefined (office-js #6673); a part updated with an XML declaration is
 * left unchanged (office-js #1643). Saving must work when the part already exists, is damaged, or
 * was written by an older version of the add-in (which wrote a declaration).
 */
import { STORE_NAMESPACE, loadTicks, readStore, saveTicks } from "../../src/word/doc-store";
import { MemoryDocument, memoryWordRunner } from "../../src/word-memory/memory-word";
import { setup } from "./helpers";

const OLD_VERSION_PART = `<?xml version="1.0" encoding="UTF-8"?><store xmlns="${STORE_NAMESPACE}" version="1"><entry key="ticks">{"1.1":[0]}</entry><entry key="sources">{"items":[]}</entry></store>`;

function withPart(xml: string, platform: "desktop" | "web" = "desktop") {
  const doc = new MemoryDocument({ platform });
  doc.appendParagraph({ text: "x" });
  doc.addXmlPart(xml);
  return { doc, word: memoryWordRunner(doc) };
}

describe("document store across platforms and versions (defect 9)", () => {
  test("Word on the web, no part yet: reads nothing and creates the part on the first save", async () => {
    const { doc, word } = setup([{ text: "x" }], { platform: "web" });
    expect(await readStore(word)).toEqual({});
    expect(await loadTicks(word)).toEqual({});
    expect(await saveTicks(word, { "1.1": [2] })).toBe(true);
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(await loadTicks(word)).toEqual({ "1.1": [2] });
  });

  test("a part written by an older version (with an XML declaration) is updated, its other entries kept", async () => {
    const { doc, word } = withPart(OLD_VERSION_PART);
    await saveTicks(word, { "1.1": [0, 3] });
    expect(await readStore(word)).toEqual({ ticks: { "1.1": [0, 3] }, sources: { items: [] } });
    expect(doc.liveXmlParts()).toHaveLength(1);
    expect(doc.liveXmlParts()[0]!.xml.startsWith("<?xml")).toBe(false);
  });

  test("a damaged entry is dropped, the rest kept, and the part saved whole again", async () => {
    const { doc, word } = withPart(`<store xmlns="${STORE_NAMESPACE}" version="1"><entry key="ticks">{"1.1":[0</entry><entry key="template">{"unit":"8580-500"}</entry></store>`);
    expect(await readStore(word)).toEqual({ template: { unit: "8580-500" } });
    await saveTicks(word, { "2.1": [1] });
    expect(await readStore(word)).toEqual({ template: { unit: "8580-500" }, ticks: { "2.1": [1] } });
    expect(doc.liveXmlParts()).toHaveLength(1);
  });

  test("Word on the web with the part already there: saved in place", async () => {
    const { doc, word } = withPart(OLD_VERSION_PART, "web");
    await saveTicks(word, { "1.2": [1] });
    expect(await loadTicks(word)).toEqual({ "1.2": [1] });
    expect(doc.liveXmlParts()).toHaveLength(1);
  });
});
