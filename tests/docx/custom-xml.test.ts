/** The custom XML parts of a .docx, where the add-in keeps its document store, in Word's order. */
import { customXmlParts } from "../../src/docx/custom-xml";
import { serializeStore, storeFromParts } from "../../src/model/document-store";
import { makeDocx, para, r } from "./helpers/make-docx";

describe("customXmlParts", () => {
  const bibliography = `<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`;
  const store = serializeStore({ marking: { version: 1 } });

  test("every customXml/itemN.xml, by number (item10 after item2), wherever the package keeps them", () => {
    const bytes = makeDocx({
      body: para(r("Text.")),
      parts: { "customXml/item10.xml": "<ten/>", "customXml/item2.xml": bibliography, "word/customXml/item1.xml": store, "customXml/itemProps2.xml": "<props/>" },
    });
    expect(customXmlParts(bytes)).toEqual([store, bibliography, "<ten/>"]);
    expect(storeFromParts(customXmlParts(bytes))).toEqual({ marking: { version: 1 } });
  });

  test("none, or not a zip at all: an empty list", () => {
    expect(customXmlParts(makeDocx({ body: para(r("Text.")) }))).toEqual([]);
    expect(customXmlParts(new TextEncoder().encode("not a zip"))).toEqual([]);
  });
});
