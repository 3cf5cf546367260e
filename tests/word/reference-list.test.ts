import { Tags } from "../../src/model/document";
import { createFormatter } from "../../src/harvard/format/harvard-format";
import { HANGING_INDENT_POINTS, readTypedReferences, updateReferenceList } from "../../src/word/reference-list";
import { sourcesFromTypedList } from "../../src/harvard/library/from-typed";
import { buildMemoryDocument, controlsSnapshot, memoryWordRunner, snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import type { MemoryDocument } from "../../src/word-memory/memory-word";
import { SOURCES } from "../harvard/library/fixtures/sources";

const entries = createFormatter(SOURCES.slice(0, 6)).bibliography();
const fewer = createFormatter(SOURCES.slice(0, 3)).bibliography();

function essay(extra: MemoryParagraphSpec[] = [], bodyParas = 4): MemoryParagraphSpec[] {
  return [
    { text: "Unit 8580-500 assignment", style: "Title" },
    { text: "1.1 Explain the purpose of coaching", style: "Heading2" },
    ...Array.from({ length: bodyParas }, (_, i) => ({ text: `Learner's answer ${i}: coaching “works” (Covey, 1989) – see\ttable.` })),
    ...extra,
  ];
}

/** The learner's paragraphs (outside the add-in's controls), by identity and content. */
const learner = (doc: MemoryDocument) => snapshot(doc).filter((p) => !p.tags.includes(Tags.references));
const listTexts = (doc: MemoryDocument) => snapshot(doc).filter((p) => p.tags.includes(Tags.references)).map((p) => p.text);

describe("update reference list", () => {
  it("adds a References heading at the end and the list under it in a tagged control", async () => {
    const doc = buildMemoryDocument(essay());
    const before = learner(doc);
    const r = await updateReferenceList(memoryWordRunner(doc), entries);
    expect(r).toMatchObject({ status: "created", headingAdded: true, entries: entries.length });
    const snap = snapshot(doc);
    const h = snap.findIndex((p) => p.text === "References");
    expect(snap[h].styleBuiltIn).toBe("Heading1");
    expect(snap.slice(h + 1).map((p) => p.text)).toEqual(entries.map((e) => e.text));
    expect(snap.slice(h + 1).every((p) => p.styleBuiltIn === "Normal" && p.tags.join() === Tags.references)).toBe(true);
    expect(learner(doc).filter((p) => p.text !== "References")).toEqual(before);
    expect(controlsSnapshot(doc).filter((c) => c.tag === Tags.references)).toHaveLength(1);
  });

  it("puts a new References heading before the Appendices", async () => {
    const doc = buildMemoryDocument(essay([{ text: "Appendices", style: "Heading1" }, { text: "Appendix A: my coaching log" }]));
    await updateReferenceList(memoryWordRunner(doc), entries);
    const texts = snapshot(doc).map((p) => p.text);
    expect(texts.indexOf("References")).toBeLessThan(texts.indexOf("Appendices"));
    expect(texts.indexOf(entries[entries.length - 1].text)).toBe(texts.indexOf("Appendices") - 1);
    expect(texts[texts.length - 1]).toBe("Appendix A: my coaching log");
  });

  it("uses the learner's own empty References heading", async () => {
    const doc = buildMemoryDocument(essay([{ text: "Reference list", style: "Heading1" }, { text: "" }, { text: "Appendix 1", style: "Heading1" }]));
    const r = await updateReferenceList(memoryWordRunner(doc), entries);
    expect(r).toMatchObject({ status: "created", headingAdded: false });
    const texts = snapshot(doc).map((p) => p.text);
    expect(texts.filter((t) => /^references?$|^reference list$/i.test(t))).toEqual(["Reference list"]);
    expect(texts[texts.indexOf("Reference list") + 1]).toBe(entries[0].text);
  });

  it("takes the place of the empty lines under the heading (the template's answer slot), so none is left after the list", async () => {
    const doc = buildMemoryDocument(
      essay([{ text: "References", style: "Heading1" }, { text: "" }, { text: "" }, { text: "Appendices", style: "Heading1" }, { text: "" }]),
    );
    await updateReferenceList(memoryWordRunner(doc), entries);
    const texts = snapshot(doc).map((p) => p.text);
    const h = texts.indexOf("References");
    expect(texts.slice(h + 1, texts.indexOf("Appendices"))).toEqual(entries.map((e) => e.text));
    // The document's last paragraph stays: Word keeps one after everything.
    expect(texts[texts.length - 1]).toBe("");
  });

  it("keeps the document's last paragraph when the list is the last thing in it", async () => {
    const doc = buildMemoryDocument(essay([{ text: "References", style: "Heading1" }, { text: "" }]));
    await updateReferenceList(memoryWordRunner(doc), entries);
    const texts = snapshot(doc).map((p) => p.text);
    expect(texts.slice(texts.indexOf("References") + 1)).toEqual([...entries.map((e) => e.text), ""]);
  });

  it("leaves the cursor at the start of the list (Word scrolls there), selecting nothing", async () => {
    const doc = buildMemoryDocument(essay([{ text: "Appendices", style: "Heading1" }]));
    await updateReferenceList(memoryWordRunner(doc), entries);
    expect(doc.selection).toMatchObject({ startOffset: 0, endOffset: 0 });
    expect(doc.selection!.start.text).toBe(entries[0].text);
    expect(doc.selection!.end).toBe(doc.selection!.start);
  });

  it("updates in place: only the control's content changes", async () => {
    const doc = buildMemoryDocument(essay([{ text: "Appendices", style: "Heading1" }]));
    const word = memoryWordRunner(doc);
    await updateReferenceList(word, entries);
    const outside = learner(doc);
    const r = await updateReferenceList(word, fewer);
    expect(r).toMatchObject({ status: "updated", headingAdded: false, entries: fewer.length });
    expect(r.diff).toBeUndefined();
    expect(listTexts(doc)).toEqual(fewer.map((e) => e.text));
    expect(learner(doc)).toEqual(outside);
    // One list control, holding exactly the new entries (Word would drop a control whose edge paragraph
    // is deleted, office-js #4975, so the old one is unwrapped and a new one made).
    expect(controlsSnapshot(doc).filter((c) => c.tag === Tags.references).map((c) => c.paragraphs)).toEqual([fewer.length]);
  });

  it("never touches a typed list unasked: returns the diff and writes nothing", async () => {
    const typed = [
      "Covey, Stephen R. (1989) The 7 Habits of Highly Effective People. Simon & Schuster UK",
      "Rogers, J; Gilbert A, Whittleworth K (2012) The Manager as Coach. McGraw Hill.",
      "Downey, M. (2003) Effective coaching. London: Texere.",
    ];
    const doc = buildMemoryDocument(essay([{ text: "References", style: "Heading1" }, ...typed.map((text) => ({ text }))]));
    const before = snapshot(doc);
    const r = await updateReferenceList(memoryWordRunner(doc), entries);
    expect(r.status).toBe("typed-list-found");
    expect(r.diff!.onlyTyped).toEqual([typed[2]]);
    const generatedOnly = entries.map((e) => e.text).filter((t) => !/^(Covey|Rogers)/.test(t));
    expect(r.diff!.onlyGenerated).toEqual(generatedOnly);
    expect(snapshot(doc)).toEqual(before);
  });

  it("replaces the typed list only when asked", async () => {
    const typed = ["Covey, S. (1989) Seven habits. London.", "Downey, M. (2003) Effective coaching. London: Texere."];
    const doc = buildMemoryDocument(
      essay([{ text: "References", style: "Heading1" }, ...typed.map((text) => ({ text })), { text: "Appendices", style: "Heading1" }]),
    );
    const keep = learner(doc).filter((p) => !typed.includes(p.text));
    const r = await updateReferenceList(memoryWordRunner(doc), entries, { replaceTyped: true });
    expect(r.status).toBe("replaced-typed");
    expect(r.diff!.onlyTyped).toEqual([typed[1]]);
    const texts = snapshot(doc).map((p) => p.text);
    for (const t of typed) expect(texts).not.toContain(t);
    expect(listTexts(doc)).toEqual(entries.map((e) => e.text));
    expect(learner(doc)).toEqual(keep);
  });

  it("leaves typed lines next to an existing generated list alone, and reports them", async () => {
    const doc = buildMemoryDocument(essay());
    const word = memoryWordRunner(doc);
    await updateReferenceList(word, fewer);
    doc.appendParagraph({ text: "Downey, M. (2003) Effective coaching. London: Texere." });
    const r = await updateReferenceList(word, entries);
    expect(r.status).toBe("updated");
    expect(r.diff!.onlyTyped).toEqual(["Downey, M. (2003) Effective coaching. London: Texere."]);
    expect(snapshot(doc).map((p) => p.text)).toContain("Downey, M. (2003) Effective coaching. London: Texere.");
  });

  it("uses the same number of syncs however long the document", async () => {
    const runs: number[][] = [];
    for (const n of [2, 400]) {
      const counts: number[] = [];
      runs.push(counts);
      const doc = buildMemoryDocument(essay([{ text: "Appendices", style: "Heading1" }], n));
      const word = memoryWordRunner(doc);
      let t = doc.syncTotal;
      await updateReferenceList(word, entries);
      counts.push(doc.syncTotal - t);
      t = doc.syncTotal;
      await updateReferenceList(word, fewer);
      counts.push(doc.syncTotal - t);
    }
    // Create (the read skips its second sync when there are no controls yet), then update: at most 3 each.
    expect(runs[1]).toEqual(runs[0]);
    for (const c of runs[0]) expect(c).toBeLessThanOrEqual(3);
    expect(runs[0][1]).toBe(3);
  });

  it("asks for sources when the library is empty", async () => {
    await expect(updateReferenceList(memoryWordRunner(buildMemoryDocument(essay())), [])).rejects.toThrow(
      "Add at least one source before updating the reference list.",
    );
  });

  it("reads the typed list (not the generated one, not the next section) for import into the library", async () => {
    const typed = ["Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.", "Downey, M. (2003) Effective coaching. London: Texere."];
    const doc = buildMemoryDocument(
      essay([{ text: "References", style: "Heading1" }, ...typed.map((text) => ({ text })), { text: "" }, { text: "Appendices", style: "Heading1" }, { text: "Smith (2020) log." }]),
    );
    const word = memoryWordRunner(doc);
    const t0 = doc.syncTotal;
    const lines = await readTypedReferences(word);
    expect(doc.syncTotal - t0).toBeLessThanOrEqual(2);
    expect(lines).toEqual(typed);
    expect(sourcesFromTypedList(lines).map((s) => s.item.id)).toEqual(["covey1989", "downey2003"]);
  });

  it("reports a read-only document in one sentence and changes nothing", async () => {
    const doc = buildMemoryDocument(essay(), { readOnly: true });
    const before = snapshot(doc);
    await expect(updateReferenceList(memoryWordRunner(doc), entries)).rejects.toThrow(/read-only or locked/);
    expect(snapshot(doc)).toEqual(before);
  });

  it("writes titles in italics and the rest upright, even after an italic paragraph", async () => {
    const doc = buildMemoryDocument(essay([{ text: "A closing quotation in italics.", italic: true }]));
    doc.paragraphs[doc.paragraphs.length - 1].color = "#595959";
    await updateReferenceList(memoryWordRunner(doc), entries);
    const heading = doc.paragraphs.find((p) => p.text === "References")!;
    expect(heading.italic).toBe(false);
    const covey = doc.paragraphs.find((p) => p.text.startsWith("Covey"))!;
    expect(covey.color).toBe("#000000");
    expect((covey.runs ?? []).map((r) => ({ text: r.text, italic: r.italic }))).toEqual([
      { text: "Covey, S.R. (1989) ", italic: false },
      { text: "The 7 habits of highly effective people", italic: true },
      { text: ". London: Simon & Schuster.", italic: false },
    ]);
  });

  describe("hanging indent", () => {
    const hanging = { leftIndent: HANGING_INDENT_POINTS, firstLineIndent: -HANGING_INDENT_POINTS };
    const listIndents = (doc: MemoryDocument) =>
      snapshot(doc)
        .filter((p) => p.tags.includes(Tags.references))
        .map(({ leftIndent, firstLineIndent }) => ({ leftIndent, firstLineIndent }));
    // The learner's own indents: a block quotation and a first-line indent, last before where References goes.
    const indented: MemoryParagraphSpec[] = [
      { text: "First-line indented paragraph of my answer.", firstLineIndent: 18 },
      { text: "“A long quotation, indented as the learner set it.” (Whitmore, 2017, p. 12)", leftIndent: 54, firstLineIndent: 0 },
    ];

    it("is set on every entry of a new list, and the learner's indents stay as they were", async () => {
      const doc = buildMemoryDocument(essay(indented));
      const before = learner(doc);
      await updateReferenceList(memoryWordRunner(doc), entries);
      expect(hanging.leftIndent).toBeGreaterThan(0);
      expect(listIndents(doc)).toEqual(entries.map(() => hanging));
      // The added heading follows the indented quotation but is not indented itself.
      expect(snapshot(doc).find((p) => p.text === "References")).toMatchObject({ leftIndent: 0, firstLineIndent: 0 });
      expect(learner(doc).filter((p) => p.text !== "References")).toEqual(before);
      const quote = snapshot(doc).find((p) => p.text.startsWith("“A long quotation"))!;
      expect(quote).toMatchObject({ leftIndent: 54, firstLineIndent: 0 });
      expect(snapshot(doc).find((p) => p.text.startsWith("First-line"))).toMatchObject({ leftIndent: 0, firstLineIndent: 18 });
    });

    it("is set under the learner's own (indented) References heading, which keeps its indent", async () => {
      const doc = buildMemoryDocument(
        essay([...indented, { text: "References", style: "Heading1", leftIndent: 12 }, { text: "Appendices", style: "Heading1" }]),
      );
      const before = learner(doc);
      const r = await updateReferenceList(memoryWordRunner(doc), entries);
      expect(r).toMatchObject({ status: "created", headingAdded: false });
      expect(listIndents(doc)).toEqual(entries.map(() => hanging));
      expect(learner(doc)).toEqual(before);
    });

    it("is put right on update, whatever indent the old list had", async () => {
      // A list written before the indent existed (none), and a last entry the learner re-indented by hand.
      const doc = buildMemoryDocument(
        essay([
          { text: "References", style: "Heading1" },
          { text: "Old entry one", controls: [Tags.references] },
          { text: "Old entry two", controls: [Tags.references], leftIndent: 72, firstLineIndent: 10 },
          { text: "Appendices", style: "Heading1", firstLineIndent: 6 },
        ]),
      );
      const before = learner(doc);
      const r = await updateReferenceList(memoryWordRunner(doc), fewer);
      expect(r.status).toBe("updated");
      expect(listTexts(doc)).toEqual(fewer.map((e) => e.text));
      expect(listIndents(doc)).toEqual(fewer.map(() => hanging));
      expect(learner(doc)).toEqual(before);
    });

    it("is set when a typed list is replaced, and what follows keeps its own indent", async () => {
      const typed = ["Covey, S. (1989) Seven habits. London.", "Downey, M. (2003) Effective coaching. London: Texere."];
      const doc = buildMemoryDocument(
        essay([
          { text: "References", style: "Heading1" },
          ...typed.map((text) => ({ text, leftIndent: 20, firstLineIndent: -20 })),
          { text: "Appendices", style: "Heading1" },
          { text: "Appendix A: my coaching log", leftIndent: 30 },
        ]),
      );
      const keep = learner(doc).filter((p) => !typed.includes(p.text));
      await updateReferenceList(memoryWordRunner(doc), entries, { replaceTyped: true });
      expect(listIndents(doc)).toEqual(entries.map(() => hanging));
      expect(learner(doc)).toEqual(keep);
    });
  });
});
