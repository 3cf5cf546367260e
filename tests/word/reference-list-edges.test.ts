/**
 * Which heading is the learner's References, which lines under it are their typed list, and what
 * "Update reference list" says and leaves behind at the edges, always with the learner's own text
 * around it. Written against the mutants StrykerJS found surviving in src/word/reference-list.ts
 * (issue 14): headings that do or do not name the list, sub-headings and blank or white-space lines
 * under it, lines that belong to someone else (a table, another control, the tutor's mark sheet),
 * entries given without runs, Track Changes on with nothing to delete, and the exact sentence of a
 * refusal or a failure.
 */
import { Tags } from "../../src/model/document";
import { snapshot, type MemoryDocument, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { readTypedReferences, updateReferenceList } from "../../src/word/reference-list";
import { setup } from "./helpers";

const LINE = "Downey, M. (2003) Effective coaching. London: Texere.";
const ENTRIES = [{ text: "Alpha, A. (2001) First book. London: One." }, { text: "Beta, B. (2002) Second book. Leeds: Two." }];

const essay = (after: MemoryParagraphSpec[]): MemoryParagraphSpec[] => [
  { text: "Unit 8580-500 assignment", style: "Title" },
  { text: "1.1 Explain the purpose of coaching", style: "Heading2" },
  { text: "My answer: coaching works (Downey, 2003)." },
  ...after,
];

const texts = (doc: MemoryDocument) => snapshot(doc).map((p) => p.text);
const listTexts = (doc: MemoryDocument) => snapshot(doc).filter((p) => p.tags.includes(Tags.references)).map((p) => p.text);
const entryTexts = ENTRIES.map((e) => e.text);

describe("reference list: which heading is References", () => {
  const NAMES = ["References", "Reference", "REFERENCES", "Reference list", "List of references", "References:", "  References  "];

  test.each(NAMES)("a heading reading %j holds the learner's typed list: it is read, reported and left alone", async (name) => {
    const { doc, word } = setup(essay([{ text: name, style: "Heading1" }, { text: LINE }, { text: "Appendices", style: "Heading1" }]));
    expect(await readTypedReferences(word)).toEqual([LINE]);
    const before = snapshot(doc);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "typed-list-found", entries: 0, headingAdded: false });
    expect(r.diff!.onlyTyped).toEqual([LINE]);
    expect(snapshot(doc)).toEqual(before);
  });

  const NOT = [
    ["a heading that only starts with the word", "References to my own practice"],
    ["a heading that ends with it", "My references"],
    ["a heading about referencing", "Referencing"],
  ];

  test.each(NOT)("%s (%j) is the learner's section: a References heading and the list go at the end", async (_name, heading) => {
    const { doc, word } = setup(essay([{ text: heading, style: "Heading1" }, { text: LINE }]));
    const before = snapshot(doc);
    expect(await readTypedReferences(word)).toEqual([]);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "created", headingAdded: true, entries: 2 });
    expect(r.diff).toBeUndefined();
    expect(texts(doc)).toEqual([...before.map((p) => p.text), "References", ...entryTexts]);
    expect(snapshot(doc).slice(0, before.length)).toEqual(before);
  });

  test("a body paragraph reading 'References' is not the heading: one is added, and the learner's lines stay as they were", async () => {
    const { doc, word } = setup(essay([{ text: "References" }, { text: LINE }]));
    const before = snapshot(doc);
    expect(await readTypedReferences(word)).toEqual([]);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "created", headingAdded: true });
    expect(snapshot(doc).slice(0, before.length)).toEqual(before);
    expect(snapshot(doc).slice(before.length).map((p) => [p.text, p.styleBuiltIn])).toEqual([
      ["References", "Heading1"],
      ...entryTexts.map((t) => [t, "Normal"]),
    ]);
  });

  test("the word 'appendix' in the learner's text or headings does not move the list: it goes at the end", async () => {
    const { doc, word } = setup(
      essay([{ text: "Appendix 2 holds my coaching log." }, { text: "Using the appendices of my log", style: "Heading1" }, { text: "I kept notes." }]),
    );
    const before = snapshot(doc);
    await updateReferenceList(word, ENTRIES);
    expect(texts(doc)).toEqual([...before.map((p) => p.text), "References", ...entryTexts]);
  });

  test.each(["Appendix A", "Appendices", "Appendixes"])("a new References heading goes before a heading %j that opens the document's last part", async (heading) => {
    const { doc, word } = setup(essay([{ text: heading, style: "Heading1" }, { text: "My coaching log." }]));
    await updateReferenceList(word, ENTRIES);
    expect(texts(doc).slice(-5)).toEqual(["References", ...entryTexts, heading, "My coaching log."]);
  });
});

describe("reference list: which lines under References are the learner's typed list", () => {
  test("sub-headings under References are not entries, and lines under them are", async () => {
    const { word } = setup(
      essay([
        { text: "References", style: "Heading1" },
        { text: "Books", style: "Heading2" },
        { text: LINE },
        { text: "Websites", style: "Heading2" },
        { text: "CIPD (2021) Coaching. Available at: cipd.org (Accessed: 1 May 2021)." },
        { text: "Appendices", style: "Heading1" },
        { text: "Smith (2020) my log." },
      ]),
    );
    expect(await readTypedReferences(word)).toEqual([LINE, "CIPD (2021) Coaching. Available at: cipd.org (Accessed: 1 May 2021)."]);
  });

  test("a line of spaces under References is not a typed list: the list is written and the line stays", async () => {
    const { doc, word } = setup(essay([{ text: "References", style: "Heading1" }, { text: "   " }, { text: "Appendices", style: "Heading1" }]));
    expect(await readTypedReferences(word)).toEqual([]);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "created", headingAdded: false });
    expect(r.diff).toBeUndefined();
    expect(texts(doc).slice(-4)).toEqual([...entryTexts, "   ", "Appendices"]);
  });

  test("the tutor's mark sheet under References (its title deleted) is not a typed list, and stays", async () => {
    const sheet = [
      { text: "Criterion", table: { table: 0, row: 0, cell: 0 }, controls: [Tags.markSheet] },
      { text: "Grade", table: { table: 0, row: 0, cell: 1 }, controls: [Tags.markSheet] },
      { text: "Marked by J. Tutor", controls: [Tags.markSheet] },
    ];
    const { doc, word } = setup(essay([{ text: "References", style: "Heading1" }, ...sheet]));
    expect(await readTypedReferences(word)).toEqual([]);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "created", headingAdded: false });
    expect(snapshot(doc).slice(-5).map((p) => [p.text, p.tags])).toEqual([
      ...entryTexts.map((t) => [t, [Tags.references]]),
      ...sheet.map((p) => [p.text, [Tags.markSheet]]),
    ]);
  });

  test("empty lines under References that are someone else's (an empty table, another control) stay; the blank lines go", async () => {
    const { doc, word } = setup(
      essay([
        { text: "References", style: "Heading1" },
        { text: "" },
        { text: "", table: { table: 0, row: 0, cell: 0 } },
        { text: "", table: { table: 0, row: 0, cell: 1 } },
        { text: "", controls: ["other-add-in:notes"] },
        { text: "" },
        { text: "Appendices", style: "Heading1" },
      ]),
    );
    await updateReferenceList(word, ENTRIES);
    expect(snapshot(doc).slice(4).map((p) => [p.text, p.tags, p.table ? p.table.cell : null])).toEqual([
      ...entryTexts.map((t) => [t, [Tags.references], null]),
      ["", [], 0],
      ["", [], 1],
      ["", ["other-add-in:notes"], null],
      ["Appendices", [], null],
    ]);
  });
});

describe("reference list: what is written", () => {
  test("entries given as text alone, or with no runs, are written as their text", async () => {
    const { doc, word } = setup(essay([{ text: "References", style: "Heading1" }]));
    await updateReferenceList(word, [{ text: "Alpha, A. (2001) First book. London: One.", runs: [] }, { text: "Beta, B. (2002) Second book. Leeds: Two." }]);
    expect(listTexts(doc)).toEqual(entryTexts);
  });

  test("entries are not bold after a bold last paragraph (Word copies the neighbour's formatting)", async () => {
    const { doc, word } = setup(essay([{ text: "Signed: A. Learner", bold: true }]));
    await updateReferenceList(word, ENTRIES);
    expect(snapshot(doc).filter((p) => p.tags.includes(Tags.references)).map((p) => p.bold)).toEqual([false, false]);
    expect(snapshot(doc).find((p) => p.text === "Signed: A. Learner")!.bold).toBe(true);
  });

  test("the list's control is titled for the learner, who sees the title on its tab in Word", async () => {
    const { doc, word } = setup(essay([]));
    await updateReferenceList(word, ENTRIES);
    expect(doc.allControls().map((c) => [c.tag, c.title])).toEqual([[Tags.references, "Reference list (made by the ILM add-in: update it from the pane)"]]);
  });

  test("with Track Changes on and nothing to delete, the new list is a tracked insertion and the blank lines stay", async () => {
    const { doc, word } = setup(essay([{ text: "References", style: "Heading1" }, { text: "" }, { text: "Appendices", style: "Heading1" }]), {
      changeTrackingMode: "TrackAll",
    });
    // Asked to replace a typed list there is none of: nothing to delete, so nothing to ask about.
    const r = await updateReferenceList(word, ENTRIES, { replaceTyped: true });
    expect(r).toMatchObject({ status: "created", headingAdded: false, entries: 2 });
    expect(r.diff).toBeUndefined();
    const snap = snapshot(doc);
    expect(snap.slice(-4).map((p) => [p.text, !!p.trackedInsertion, !!p.trackedDeletion])).toEqual([
      ...entryTexts.map((t) => [t, true, false]),
      ["", false, false],
      ["Appendices", false, false],
    ]);
    expect(doc.changeTrackingMode).toBe("TrackAll");
  });
});

describe("reference list: what the learner is told", () => {
  test("a read-only document: the sentence names the action", async () => {
    const { word } = setup(essay([]), { readOnly: true });
    await expect(updateReferenceList(word, ENTRIES)).rejects.toThrow(
      "Word would not let the add-in update the reference list because the document, or the part being changed, is read-only or locked: choose Enable Editing (or open an editable copy, or turn off restrictions) and try again.",
    );
  });

  test("a failed read: the sentence names what was being read", async () => {
    const { doc, word } = setup(essay([{ text: "References", style: "Heading1" }, { text: LINE }]));
    doc.syncFault = { at: doc.syncTotal + 1, lost: "response" };
    await expect(readTypedReferences(word)).rejects.toThrow(/^Word could not read your reference list \(GeneralException\): save the document, then try again\.$/);
  });
});

describe("reference list: at the very top of the document", () => {
  test("a References heading that is the document's first paragraph holds the typed list", async () => {
    const { doc, word } = setup([{ text: "References", style: "Heading1" }, { text: LINE }, { text: "My essay starts here.", style: "Heading1" }]);
    expect(await readTypedReferences(word)).toEqual([LINE]);
    const before = snapshot(doc);
    expect((await updateReferenceList(word, ENTRIES)).status).toBe("typed-list-found");
    expect(snapshot(doc)).toEqual(before);
  });

  test("an empty References heading first in the document gets the list under it, and no second heading", async () => {
    const { doc, word } = setup([{ text: "References", style: "Heading1" }, { text: "" }, { text: "My essay", style: "Heading1" }, { text: "Text." }]);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "created", headingAdded: false });
    expect(texts(doc)).toEqual(["References", ...entryTexts, "My essay", "Text."]);
  });

  test("the add-in's list first in the document is updated in place, not written again at the end", async () => {
    const { doc, word } = setup([
      { text: "Old entry one", controls: [Tags.references] },
      { text: "Old entry two", controls: [Tags.references] },
      { text: "My essay", style: "Heading1" },
      { text: "Text." },
    ]);
    const r = await updateReferenceList(word, ENTRIES);
    expect(r).toMatchObject({ status: "updated", headingAdded: false });
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      ...entryTexts.map((t) => [t, [Tags.references]]),
      ["My essay", []],
      ["Text.", []],
    ]);
  });

  test("an Appendix heading first in the document: the new References heading and list go before it", async () => {
    const { doc, word } = setup([{ text: "Appendix A", style: "Heading1" }, { text: "My coaching log." }]);
    await updateReferenceList(word, ENTRIES);
    expect(texts(doc)).toEqual(["References", ...entryTexts, "Appendix A", "My coaching log."]);
  });
});

describe("reference list: replacing a typed list with Track Changes on", () => {
  const typed = ["Covey, S. (1989) Seven habits. London.", LINE];
  const tracked = () => setup(essay([{ text: "References", style: "Heading1" }, ...typed.map((text) => ({ text })), { text: "Appendices", style: "Heading1" }]), { changeTrackingMode: "TrackAll" });

  test("asks first, in a sentence that names the action, and changes nothing", async () => {
    const { doc, word } = tracked();
    const before = snapshot(doc);
    await expect(updateReferenceList(word, ENTRIES, { replaceTyped: true })).rejects.toThrow(
      'Track Changes is on, so Word would only mark what the add-in removes as deleted and leave it in place: choose "Go ahead with Track Changes off" to update the reference list with tracking off for this one change, or turn off Track Changes on the Review tab and try again.',
    );
    expect(snapshot(doc)).toEqual(before);
  });

  test("with tracking off for this one change, the typed lines really go and tracking is back on", async () => {
    const { doc, word } = tracked();
    const r = await updateReferenceList(word, ENTRIES, { replaceTyped: true, trackChangesOff: true });
    expect(r.status).toBe("replaced-typed");
    expect(snapshot(doc).slice(-3).map((p) => [p.text, !!p.trackedInsertion, !!p.trackedDeletion])).toEqual([
      ...entryTexts.map((t) => [t, false, false]),
      ["Appendices", false, false],
    ]);
    expect(doc.changeTrackingMode).toBe("TrackAll");
  });
});
