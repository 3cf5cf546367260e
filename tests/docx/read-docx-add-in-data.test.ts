/**
 * The add-in's data part in a saved .docx (customXml/itemN.xml, as Word saves the part the add-in
 * adds through Office.js): the reader hands it to analyse() as `addInData`. Other add-ins' parts and
 * damaged ones are passed over; the draft is read all the same.
 */
import { readDocx } from "../../src/docx/read-docx";
import { serializeStore } from "../../src/word/doc-store";
import { makeDocx, para, r } from "./helpers/make-docx";

const body = para(r("A draft."));

test("the add-in's part is found among others, whatever its number", () => {
  const doc = readDocx(
    makeDocx({
      body,
      parts: {
        "customXml/item1.xml": '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
        "customXml/item2.xml": serializeStore({ centreTemplate: { id: "x" }, ticks: { "1.1": [0] } }),
      },
    }),
  );
  expect(doc.addInData).toEqual({ centreTemplate: { id: "x" }, ticks: { "1.1": [0] } });
  expect(doc.paragraphs.map((p) => p.text)).toEqual(["A draft."]);
});

test("no part, a foreign part, a damaged part or a damaged entry: nothing, or what can be read", () => {
  expect(readDocx(makeDocx({ body })).addInData).toBeUndefined();
  expect(readDocx(makeDocx({ body, parts: { "customXml/item1.xml": "<other xmlns='urn:else'/>" } })).addInData).toBeUndefined();
  expect(readDocx(makeDocx({ body, parts: { "customXml/item1.xml": "<store xmlns='urn:ilm-assignment-assistant:document-store:1'><entry" } })).addInData).toBeUndefined();
  const partly = serializeStore({ ticks: { "1.1": [1] } }).replace("</store>", '<entry key="centreTemplate">{not json</entry></store>');
  expect(readDocx(makeDocx({ body, parts: { "customXml/item1.xml": partly } })).addInData).toEqual({ ticks: { "1.1": [1] } });
});
