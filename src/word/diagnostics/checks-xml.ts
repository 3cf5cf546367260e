/** Custom XML parts, where the add-in keeps ticks and sources in the document. */
import { observe, show } from "./probe";
import type { DiagnosticCheck, Scratch } from "./types";

const PARTS = "https://learn.microsoft.com/en-us/javascript/api/word/word.customxmlpartcollection";
const NS = "urn:ilm-assignment-assistant:diagnostics";

async function addPart(scratch: Scratch, body: string) {
  const part = scratch.customXmlParts.add(`<probe xmlns="${NS}">${body}</probe>`);
  await scratch.context.sync();
  return part;
}

async function partsInNamespace(scratch: Scratch) {
  const scoped = scratch.customXmlParts.getByNamespace(NS).load("items/id");
  await scratch.context.sync();
  return scoped.items ?? [];
}

const XML = { set: "WordApi", version: "1.4" };

export const XML_CHECKS: DiagnosticCheck[] = [
  {
    id: "xml-round-trip",
    assumption: "A custom XML part added with a namespace is found by getByNamespace, reads back with getXml, and goes with delete.",
    source: `${PARTS}#word-word-customxmlpartcollection-add-member(1), getByNamespace; https://learn.microsoft.com/en-us/javascript/api/word/word.customxmlpart`,
    requires: XML,
    async run(scratch) {
      const part = await addPart(scratch, "<entry>1</entry>");
      const found = await partsInNamespace(scratch);
      const xml = part.getXml();
      await scratch.context.sync();
      part.delete();
      await scratch.context.sync();
      const after = await partsInNamespace(scratch);
      return observe(found.length === 1 && xml.value.includes("<entry>1</entry>") && after.length === 0, `found ${found.length}, xml ${show(xml.value)}, after delete ${after.length}`);
    },
  },
  {
    id: "xml-set-replaces",
    assumption: "setXml without an XML declaration replaces a part's content.",
    source: "https://learn.microsoft.com/en-us/javascript/api/word/word.customxmlpart#word-word-customxmlpart-setxml-member(1)",
    requires: XML,
    async run(scratch) {
      const part = await addPart(scratch, "<entry>old</entry>");
      part.setXml(`<probe xmlns="${NS}"><entry>new</entry></probe>`);
      const xml = part.getXml();
      await scratch.context.sync();
      part.delete();
      await scratch.context.sync();
      return observe(xml.value.includes("new") && !xml.value.includes("old"), `xml ${show(xml.value)}`);
    },
  },
  {
    id: "xml-declaration-not-updated",
    assumption: "setXml with an XML declaration leaves the part as it was, so the add-in writes no declaration.",
    source: "office-js #1643",
    requires: XML,
    async run(scratch) {
      const part = await addPart(scratch, "<entry>old</entry>");
      part.setXml(`<?xml version="1.0" encoding="UTF-8"?><probe xmlns="${NS}"><entry>new</entry></probe>`);
      const xml = part.getXml();
      await scratch.context.sync();
      part.delete();
      await scratch.context.sync();
      return observe(xml.value.includes("old"), `xml ${show(xml.value)}`);
    },
  },
  {
    id: "xml-no-match",
    assumption: "getByNamespace for a namespace no part has gives no parts: Word on the web may give items as undefined rather than [].",
    source: "office-js #6673",
    requires: XML,
    async run(scratch) {
      const scoped = scratch.customXmlParts.getByNamespace("urn:ilm-assignment-assistant:nothing-here").load("items/id");
      await scratch.context.sync();
      const items = scoped.items;
      return observe(items === undefined || items.length === 0, `items ${items === undefined ? "undefined" : `an array of ${items.length}`}`);
    },
  },
];
