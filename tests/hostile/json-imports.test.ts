/**
 * Hostile JSON through every import that is not a reference file (tests/hostile/references.test.ts
 * has those): a centre template (src/centre/parse.ts), a comment bank (src/marking/comment-bank.ts),
 * and what a document stores, which anyone can write: the sources (src/harvard/library/library.ts),
 * and the store part itself (customXml/itemN.xml, src/model/document-store.ts) with the centre
 * template kept in it, as ilm-check reads it from a .docx. Each gets the rows of json-rows.ts.
 */
import { chooseCentre, type ChosenCentre } from "../../src/check/centre-options";
import { CentreTemplateError, parseCentreTemplate } from "../../src/centre/parse";
import type { CentreTemplate } from "../../src/centre/schema";
import { readDocx } from "../../src/docx/read-docx";
import type { SourceLibrary } from "../../src/harvard/library/library";
import { LibraryFormatError, libraryFromStored } from "../../src/harvard/library/library";
import { BANK_FORMAT, BANK_VERSION, BankImportError, bankFromStorage, parseBankFile, type CommentBank, type Snippet } from "../../src/marking/comment-bank";
import { parseStore, serializeStore, StoreKeys, type StoreData } from "../../src/model/document-store";
import { UNITS } from "../../src/units/catalogue";
import { commentOnSelection } from "../../src/word/comment-selection";
import { buildMemoryDocument, commentsSnapshot, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { NORTHGATE, NORTHGATE_TEXT } from "../centre/fixtures";
import { deeplyNestedDocument, docxWith, ENTITY_BOMB_DOCUMENT, EXTERNAL_ENTITY_DOCUMENT } from "./bad-files";
import { jsonRows, MARKUP, TEN_MB } from "./json-rows";
import { accepted, hostileTable, refused } from "./table";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const never = (_e: unknown): _e is Error => false;

// ---- Centre templates: refused in one sentence naming the field; markup is refused, never kept ----
hostileTable<string, CentreTemplate>(
  { name: "a centre template file (parseCentreTemplate)", read: (text) => parseCentreTemplate(text), isRefusal: (e): e is Error => e instanceof CentreTemplateError },
  [
    { name: "an empty file", input: () => "", expect: refused("The file is not a centre template: it is not valid JSON.") },
    { name: "the README's example is read", input: () => NORTHGATE_TEXT, expect: accepted((t) => expect(t.centre.name).toBe("Northgate College")) },
    {
      name: "a file larger than 20 MB",
      input: () => `${NORTHGATE_TEXT.trimEnd()}${" ".repeat(20_000_001)}`,
      expect: refused(/^The file is too large to be a centre template \(20,000,\d{3} characters; a template is a few thousand\)\.$/),
    },
    ...jsonRows<string, CentreTemplate>({
      valid: () => clone(NORTHGATE),
      textAt: ["centre", "name"],
      objectAt: ["centre"],
      encode: (value) => JSON.stringify(value),
      notJsonInput: () => "{ not json",
      expect: {
        notJson: refused("The file is not a centre template: it is not valid JSON."),
        wrongKind: refused("The file is not a centre template: it should hold one JSON object."),
        wrongType: refused(/^The centre template's "centre\.name" /),
        unknownField: refused('The centre template has a field it does not know: "centre.colour" (check its spelling against docs/centre-template.schema.json).'),
        tenMegabytes: refused(/^The centre template's "centre\.name" /),
        markup: refused(/^The centre template's "centre\.name" /),
        deepNesting: refused(/^The centre template's "centre\.name" /),
        protoKey: refused('The centre template has a field it does not know: "centre.__proto__" (check its spelling against docs/centre-template.schema.json).'),
      },
    }),
  ],
);

// ---- Comment banks: refused naming the field; markup is kept as text ----
const BANK = () => ({ format: BANK_FORMAT, version: BANK_VERSION, snippets: [{ text: "Good use of a published model.", unit: "8580-500", ac: "1.1" }] });
hostileTable<string, Snippet[]>(
  { name: "a comment bank file (parseBankFile)", read: (text) => parseBankFile(text, UNITS), isRefusal: (e): e is Error => e instanceof BankImportError },
  [
    { name: "an empty file", input: () => "", expect: refused("The comment bank was not imported: the file is not JSON (export a bank from the add-in to see the format). Nothing was imported.") },
    ...jsonRows<string, Snippet[]>({
      valid: BANK,
      textAt: ["snippets", 0, "text"],
      objectAt: ["snippets", 0],
      encode: (value) => JSON.stringify(value),
      notJsonInput: () => "{ not json",
      expect: {
        notJson: refused("The comment bank was not imported: the file is not JSON (export a bank from the add-in to see the format). Nothing was imported."),
        wrongKind: refused(/^The comment bank was not imported: the file .*\. Nothing was imported\.$/),
        wrongType: refused("The comment bank was not imported: snippets[0].text must be text. Nothing was imported."),
        unknownField: refused("The comment bank was not imported: snippets[0] has a field the comment bank does not know: colour. Nothing was imported."),
        tenMegabytes: refused("The comment bank was not imported: the file is larger than 2 MB, which is more than any comment bank needs. Nothing was imported."),
        markup: accepted((s) => expect(s.map((x) => x.text)).toEqual([MARKUP])),
        deepNesting: refused("The comment bank was not imported: snippets[0].text must be text. Nothing was imported."),
        protoKey: refused("The comment bank was not imported: snippets[0] has a field the comment bank does not know: __proto__. Nothing was imported."),
      },
    }),
  ],
);

describe("markup in an imported snippet stays text, all the way into a Word comment", () => {
  test("the comment holds the characters as typed and the learner's paragraphs are unchanged", async () => {
    const [snippet] = parseBankFile(JSON.stringify({ format: BANK_FORMAT, version: BANK_VERSION, snippets: [{ text: MARKUP }] }), UNITS);
    const doc = buildMemoryDocument([{ text: "1.1 Explain", style: "Heading2" }, { text: "My own answer, with <angle brackets> of my own." }]);
    const before = snapshot(doc);
    doc.select(doc.paragraphs[1]!, doc.paragraphs[1]!, 0, 6);
    await commentOnSelection(memoryWordRunner(doc), snippet!.text);
    expect(commentsSnapshot(doc).map((c) => c.content)).toEqual([MARKUP]);
    expect(snapshot(doc)).toEqual(before);
  });
});

// ---- The comment bank in the tutor's storage: lenient (a bad snippet is left out, the rest kept) ----
const twoSnippets = (bad: Record<string, unknown>) => ({ format: BANK_FORMAT, version: BANK_VERSION, snippets: [{ id: "s1", ...bad }, { id: "s2", text: "Kept." }] });
hostileTable<unknown, CommentBank | null>({ name: "the comment bank kept in storage (bankFromStorage)", read: (v) => bankFromStorage(v, UNITS), isRefusal: never }, [
  { name: "a number", input: () => 42, expect: accepted((b) => expect(b).toBeNull()) },
  { name: "a snippet of the wrong type is left out", input: () => twoSnippets({ text: 12345 }), expect: accepted((b) => expect(b!.snippets.map((s) => s.text)).toEqual(["Kept."])) },
  { name: "a 10 MB snippet is left out", input: () => twoSnippets({ text: TEN_MB }), expect: accepted((b) => expect(b!.snippets.map((s) => s.text)).toEqual(["Kept."])) },
  { name: "markup in a snippet is kept as text", input: () => twoSnippets({ text: MARKUP }), expect: accepted((b) => expect(b!.snippets.map((s) => s.text)).toEqual([MARKUP, "Kept."])) },
  {
    name: "200,000 levels of nested arrays for a snippet are left out",
    input: () => twoSnippets({ text: JSON.parse(`${"[".repeat(200_000)}${"]".repeat(200_000)}`) }),
    expect: accepted((b) => expect(b!.snippets.map((s) => s.text)).toEqual(["Kept."])),
  },
]);

// ---- The sources a document stores ----
const DAMAGED = "The sources saved in this document are damaged and could not be read.";
const STORED_LIBRARY = () => ({
  format: "csl-json",
  version: 1,
  items: [{ id: "covey1989", type: "book", title: "The 7 habits", author: [{ family: "Covey", given: "S.R." }], issued: { "date-parts": [[1989]] } }],
});
hostileTable<unknown, SourceLibrary>(
  { name: "the sources stored in a document (libraryFromStored)", read: (v) => libraryFromStored(v), isRefusal: (e): e is Error => e instanceof LibraryFormatError },
  jsonRows<unknown, SourceLibrary>({
    valid: STORED_LIBRARY,
    textAt: ["items", 0, "title"],
    objectAt: ["items", 0],
    encode: (value) => value,
    expect: {
      wrongKind: refused(DAMAGED),
      wrongType: refused(DAMAGED),
      // Kept: a newer add-in may store fields this one does not know.
      unknownField: accepted((lib) => expect(lib.items[0]).toMatchObject({ title: "The 7 habits", colour: "red" })),
      tenMegabytes: refused(DAMAGED),
      markup: accepted((lib) => expect(lib.items[0]!.title).toBe(MARKUP)),
      deepNesting: refused(DAMAGED),
      protoKey: accepted((lib) => {
        expect(lib.items[0]!.title).toBe("The 7 habits");
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      }),
    },
  }),
);

// ---- The store part itself (customXml/itemN.xml), as any program may have written it ----
const STORE_NS = "urn:ilm-assignment-assistant:document-store:1";
const storeWith = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><store xmlns="${STORE_NS}" version="1">${inner}</store>`;
hostileTable<string, StoreData>({ name: "the store part (parseStore)", read: (xml) => parseStore(xml), isRefusal: never }, [
  { name: "not XML", input: () => "{ not xml", expect: accepted((d) => expect(d).toEqual({})) },
  { name: "an empty part", input: () => "", expect: accepted((d) => expect(d).toEqual({})) },
  { name: "an entity-expansion bomb reads as empty", input: () => ENTITY_BOMB_DOCUMENT, expect: accepted((d) => expect(d).toEqual({})) },
  {
    name: "an external entity reads as empty",
    input: () => `<?xml version="1.0"?><!DOCTYPE store [<!ENTITY x SYSTEM "file:///etc/passwd">]><store xmlns="${STORE_NS}" version="1"><entry key="ticks">&x;</entry></store>`,
    expect: accepted((d) => expect(d).toEqual({})),
  },
  { name: "200,000 levels of nesting read as empty", input: () => storeWith(`${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}`), expect: accepted((d) => expect(d).toEqual({})) },
  { name: "an entry that is not JSON is dropped, the others kept", input: () => storeWith(`<entry key="a">{ no</entry><entry key="b">1</entry>`), expect: accepted((d) => expect(d).toEqual({ b: 1 })) },
  {
    name: 'an entry keyed "__proto__" is dropped',
    input: () => storeWith(`<entry key="__proto__">{"polluted":true}</entry><entry key="b">1</entry>`),
    expect: accepted((d) => {
      expect(d).toEqual({ b: 1 });
      expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    }),
  },
  { name: "markup in an entry is kept as text", input: () => serializeStore({ note: MARKUP }), expect: accepted((d) => expect(d).toEqual({ note: MARKUP })) },
  {
    name: "a 10 MB entry is read (within the part's limit)",
    input: () => serializeStore({ note: TEN_MB }),
    expect: accepted((d) => expect((d.note as string).length).toBe(TEN_MB.length)),
  },
]);

// ---- A .docx whose store part holds a centre template someone else wrote: the draft is still checked ----
const centreOf = (storeXml: string) => chooseCentre(readDocx(docxWith({ "customXml/item1.xml": storeXml })), undefined);
const NOT_USED = /^The centre template recorded in this document was not used: the centre template's "centre\.name" .+\.$/;
hostileTable<string, ChosenCentre>(
  { name: "a centre template stored in a .docx (readDocx + chooseCentre)", read: centreOf, isRefusal: never },
  [
    { name: "an entity-expansion bomb in the store part is passed over", input: () => ENTITY_BOMB_DOCUMENT, expect: accepted((c) => expect(c).toEqual({ template: null })) },
    { name: "an external entity in the store part is passed over", input: () => EXTERNAL_ENTITY_DOCUMENT, expect: accepted((c) => expect(c).toEqual({ template: null })) },
    { name: "200,000 levels of nesting in the store part are passed over", input: () => deeplyNestedDocument(200_000), expect: accepted((c) => expect(c).toEqual({ template: null })) },
    ...jsonRows<string, ChosenCentre>({
      valid: () => clone(NORTHGATE),
      textAt: ["centre", "name"],
      objectAt: ["centre"],
      encode: (value) => serializeStore({ [StoreKeys.centreTemplate]: value }),
      // The JSON sits in the entry's text, where quotes need no escaping.
      editText: (xml, edit) => edit(xml.replace(/&quot;/g, '"')),
      expect: {
        wrongKind: accepted((c) => {
          expect(c.template).toBeNull();
          expect(c.notice).toBe("The centre template recorded in this document was not used: the file is not a centre template: it should hold one JSON object.");
        }),
        wrongType: accepted((c) => expect(c.notice).toMatch(NOT_USED)),
        unknownField: accepted((c) => expect(c.notice).toMatch(/^The centre template recorded in this document was not used: .*colour/)),
        tenMegabytes: accepted((c) => expect(c.notice).toMatch(NOT_USED)),
        markup: accepted((c) => expect(c.notice).toMatch(NOT_USED)),
        deepNesting: accepted((c) => expect(c.notice).toMatch(NOT_USED)),
        protoKey: accepted((c) => expect(c.notice).toMatch(/^The centre template recorded in this document was not used: .*__proto__/)),
      },
    }),
  ],
);
