import { snapshot } from "../../src/word-memory/memory-word";
import { insertMissingSections } from "../../src/word/insert-missing";
import { LIST_INDENT_POINTS } from "../../src/core/template";
import { presentAcs } from "../../src/word/present-acs";
import { readDocument } from "../../src/word/read-document";
import type { Unit } from "../../src/units/types";
import type { MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { acHeadings, learnerText, setup, syncsOf, templateDraft, unit, uidsOf } from "./helpers";

const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };

function answers(per: number) {
  let n = 0;
  return (ac: string): MemoryParagraphSpec[] => Array.from({ length: per }, () => ({ text: `${ac}: ${learnerText(n++)}` }));
}

/** Every AC heading sits under its own outcome's Heading 1. */
function outcomeOfEachHeading(u: Unit, snap: ReturnType<typeof snapshot>): Record<string, string> {
  const out: Record<string, string> = {};
  let outcome = "";
  for (const p of snap) {
    const o = p.tags.find((t) => t.startsWith("ilm:outcome:"));
    if (o) outcome = o.slice("ilm:outcome:".length);
    const h = p.tags.find((t) => t.startsWith("ilm:heading:"));
    if (h) out[h.slice("ilm:heading:".length)] = outcome;
  }
  return out;
}

describe("insertMissingSections", () => {
  test("fills several gaps (first, middle, end of an outcome, and the last AC) in AC order, between locked headings", async () => {
    const u = unit("8580-500");
    const skip = ["1.1", "1.3", "2.5", "3.2"];
    const { doc, word } = setup(templateDraft(u, { ...OPTS, skip, answer: answers(3) }));
    const before = snapshot(doc);
    const uids = uidsOf(doc);

    const result = await insertMissingSections(word, u, { guidance: true, lockHeadings: true });
    expect(result.inserted).toEqual(skip);

    const after = snapshot(doc);
    expect(acHeadings(doc)).toEqual(u.criteria.map((c) => `${c.id} ${c.wording}`));
    // Every paragraph that was there is still there, identical and in the same relative order.
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
    // Each heading is under its own learning outcome (2.5 before outcome 3, 3.2 before References).
    const under = outcomeOfEachHeading(u, after);
    for (const c of u.criteria) expect([c.id, under[c.id]]).toEqual([c.id, c.outcome]);
    const refs = after.findIndex((p) => p.text === "References");
    expect(after.findIndex((p) => p.tags.includes("ilm:heading:3.2"))).toBeLessThan(refs);
    // A new heading is followed by its guidance and an empty answer paragraph, and is locked.
    const at = after.findIndex((p) => p.tags.includes("ilm:heading:1.3"));
    expect(after[at]).toMatchObject({ styleBuiltIn: "Heading2", text: `1.3 ${u.criteria[2]!.wording}` });
    expect(after[at + 1]!.tags).toEqual(["ilm:guidance:1.3"]);
    const answer = after.slice(at + 1).find((p) => !p.tags.includes("ilm:guidance:1.3"))!;
    expect(answer).toMatchObject({ text: "", tags: [], styleBuiltIn: "Normal" });
    expect(doc.allControls().find((c) => c.tag === "ilm:heading:1.3")).toMatchObject({ cannotEdit: true, cannotDelete: true });
    // New 1.1 comes after the introduction's answer and before 1.2; the learner's 1.2 answer follows 1.2.
    const h11 = after.findIndex((p) => p.tags.includes("ilm:heading:1.1"));
    const h12 = after.findIndex((p) => p.tags.includes("ilm:heading:1.2"));
    expect(after.slice(h11, h12).some((p) => uids.has(p.uid) && p.text.startsWith("1.2:"))).toBe(false);
    expect(after.slice(h11, h12).some((p) => uids.has(p.uid) && p.text.startsWith("intro:"))).toBe(false);

    const again = await readDocument(word);
    expect([...presentAcs(again, u).keys()]).toEqual(u.criteria.map((c) => c.id));
  });

  test("leaves the cursor at the first new side-heading (Word scrolls there), selecting nothing", async () => {
    const u = unit("8580-500");
    const { doc, word } = setup(templateDraft(u, { ...OPTS, skip: ["2.1", "3.2"], answer: answers(2) }));
    await insertMissingSections(word, u, { guidance: true, lockHeadings: true });
    const sel = doc.selection!;
    expect(sel.start.text).toBe(`2.1 ${u.criteria.find((c) => c.id === "2.1")!.wording}`);
    expect(sel.end).toBe(sel.start);
    expect([sel.startOffset, sel.endOffset]).toEqual([0, 0]);
  });

  test("new sections start flush even next to the learner's indented paragraphs, whose indents are kept", async () => {
    const u = unit("8580-500");
    const quote = (ac: string): MemoryParagraphSpec[] => [
      { text: `${ac}: ${learnerText(1)}` },
      { text: `${ac}: "a quotation set off as a block"`, leftIndent: 54, firstLineIndent: 0 },
      { text: `${ac}: ${learnerText(2)}`, leftIndent: 0, firstLineIndent: 18 },
    ];
    const specs = templateDraft(u, { ...OPTS, skip: ["1.2", "2.1", "3.2"], answer: quote });
    // Sections go in before the next heading: here the learner has indented their References heading.
    const refs = specs.find((p) => p.text === "References")!;
    refs.leftIndent = 36;
    const { doc, word } = setup(specs);
    const before = snapshot(doc);
    const uids = uidsOf(doc);

    await insertMissingSections(word, u, { guidance: true, lockHeadings: true });

    const after = snapshot(doc);
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
    const added = after.filter((p) => !uids.has(p.uid));
    expect(added.length).toBeGreaterThan(4);
    // Flush, but for the nested bullets of 1.2's guidance, one list step in.
    for (const p of added) expect([p.text, p.leftIndent, p.firstLineIndent]).toEqual([p.text, p.text.startsWith("\u25E6 ") ? LIST_INDENT_POINTS : 0, 0]);
    expect(added.filter((p) => p.leftIndent === LIST_INDENT_POINTS).length).toBe(3);
  });

  test("a draft with bold typed side-headings: the first and last AC missing, and a whole outcome", async () => {
    const u = unit("8580-503");
    const ids = u.criteria.map((c) => c.id);
    const first = ids[0]!;
    const last = ids[ids.length - 1]!;
    const outcome2 = u.criteria.filter((c) => c.outcome === "2").map((c) => c.id);
    const skip = new Set([first, last, ...outcome2]);
    const spec: MemoryParagraphSpec[] = [{ text: "Coaching report", style: "Title" }];
    let n = 0;
    for (const c of u.criteria) {
      if (skip.has(c.id)) continue;
      spec.push({ text: `${c.id} ${c.wording}`, bold: true });
      spec.push({ text: learnerText(n++) }, { text: learnerText(n++) });
    }
    spec.push({ text: "References", bold: true }, { text: "Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey." });
    const { doc, word } = setup(spec);
    const before = snapshot(doc);
    const uids = uidsOf(doc);

    const result = await insertMissingSections(word, u, { guidance: false, lockHeadings: false });
    expect(result.inserted).toEqual(ids.filter((id) => skip.has(id)));
    const after = snapshot(doc);
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);

    // Read back: every AC found, in order, and the last one before the reference list.
    const draft = await readDocument(word);
    expect([...presentAcs(draft, u).keys()]).toEqual(ids);
    const order = [...presentAcs(draft, u).values()].map((p) => p.heading);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const refs = after.findIndex((p) => p.text === "References");
    expect(presentAcs(draft, u).get(last)!.heading).toBeLessThan(refs);
    // New paragraphs do not inherit the bold of the typed headings they were inserted next to.
    const added = after.filter((p) => !uids.has(p.uid));
    expect(added.length).toBe(2 * skip.size);
    expect(added.every((p) => p.bold === false && p.italic === false)).toBe(true);
    expect(added.map((p) => p.styleBuiltIn)).toEqual([...skip].flatMap(() => ["Heading2", "Normal"]));
    // No guidance was asked for.
    expect(after.some((p) => p.tags.some((t) => t.startsWith("ilm:guidance")))).toBe(false);
    // The first AC went after the title, before the learner's first side-heading.
    expect(presentAcs(draft, u).get(first)!.heading).toBe(1);
  });

  test("answers kept in a table: new sections go just outside the table, which is left as it was", async () => {
    const u = unit("8580-501");
    const ids = u.criteria.map((c) => c.id);
    const spec: MemoryParagraphSpec[] = [{ text: "Assignment", style: "Title" }];
    ids.forEach((id, row) => {
      if (id === ids[1]) return;
      const c = u.criteria.find((x) => x.id === id)!;
      spec.push({ text: `${id} ${c.wording}`, table: { table: 0, row, cell: 0 } });
      spec.push({ text: learnerText(row), table: { table: 0, row, cell: 1 } });
    });
    spec.push({ text: "After the table" });
    const { doc, word } = setup(spec);
    const before = snapshot(doc);
    const uids = uidsOf(doc);
    const result = await insertMissingSections(word, u, { guidance: true, lockHeadings: true });
    expect(result.inserted).toEqual([ids[1]]);
    expect(result.besideTable).toEqual([ids[1]]);
    expect(result.message).toMatch(/table/);
    const after = snapshot(doc);
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
    expect(after.filter((p) => !uids.has(p.uid)).every((p) => p.table === undefined)).toBe(true);
  });

  test("with nothing missing, writes nothing", async () => {
    const u = unit("8581-700");
    const { doc, word } = setup(templateDraft(u, { ...OPTS, answer: answers(1) }));
    const before = snapshot(doc);
    const result = await insertMissingSections(word, u, { guidance: true, lockHeadings: true });
    expect(result.inserted).toEqual([]);
    expect(result.message).toMatch(/Nothing to insert/);
    expect(snapshot(doc)).toEqual(before);
  });

  test("the same number of syncs for a 10- and a 2,000-paragraph draft", async () => {
    const u = unit("8580-500");
    const keep = [u.criteria[1]!, u.criteria[u.criteria.length - 1]!];
    const draft = (per: number) => {
      const spec: MemoryParagraphSpec[] = [{ text: "Report", style: "Title" }];
      let n = 0;
      for (const c of keep) {
        spec.push({ text: `${c.id} ${c.wording}`, style: "Heading2" });
        for (let k = 0; k < per; k++) spec.push({ text: learnerText(n++) });
      }
      return setup(spec);
    };
    const small = draft(4);
    const large = draft(1000);
    expect(small.doc.paragraphs.length).toBeLessThanOrEqual(11);
    expect(large.doc.paragraphs.length).toBeGreaterThan(2000);
    const a = await syncsOf(small.doc, () => insertMissingSections(small.word, u, { guidance: true, lockHeadings: true }));
    const b = await syncsOf(large.doc, () => insertMissingSections(large.word, u, { guidance: true, lockHeadings: true }));
    expect(a).toBe(b);
    expect(a).toBeLessThanOrEqual(3);
    expect(acHeadings(large.doc)).toEqual(u.criteria.map((c) => `${c.id} ${c.wording}`));
  });
});
