/**
 * Comments written into a .docx (src/docx/write-comments.ts): anchored on the characters or
 * paragraph asked for, runs split without changing a character or its formatting, the comments
 * part with its relationship and content type, other people's comments (and their replies)
 * kept, and every part that is not changed copied byte for byte.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { strFromU8 } from "fflate";
import { readDocx, readDocxTraced } from "../../src/docx/read-docx";
import { isBodyParagraph } from "../../src/model/document";
import { openDocxComments, type CommentChanges } from "../../src/docx/write-comments";
import { commentedText, commentsIn, markerCounts, partsOf, W, xmlOf } from "./helpers/comments";
import { makeDocx, para, r, sdt, styled, WORD_STYLES } from "./helpers/make-docx";

const BY = { author: "ILM Assignment Assistant", initials: "ILM", date: "2025-03-04T10:00:00Z" };

function annotate(bytes: Uint8Array, changes: Partial<CommentChanges>) {
  const opened = openDocxComments(bytes);
  const written = opened.write({ ...BY, ...changes });
  return { ...written, doc: opened.doc, before: opened.comments };
}

/** The paragraph text, run by run, with bold and italic, ignoring runs without text. */
function runsOf(bytes: Uint8Array): Array<[string, boolean, boolean]> {
  const doc = xmlOf(bytes, "word/document.xml")!;
  const runs = doc.getElementsByTagNameNS(W, "r");
  const out: Array<[string, boolean, boolean]> = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs.item(i)!;
    const ts = run.getElementsByTagNameNS(W, "t");
    if (ts.length === 0) continue;
    out.push([ts.item(0)!.textContent ?? "", run.getElementsByTagNameNS(W, "b").length > 0, run.getElementsByTagNameNS(W, "i").length > 0]);
  }
  return out;
}

const textOf = (bytes: Uint8Array) => readDocx(bytes).paragraphs;

describe("anchors on characters", () => {
  test("a range across two runs splits each at the edge and keeps its formatting", () => {
    const input = makeDocx({ body: para(r("See ") + r("(Smi", "<w:i/>") + r("th, 2020) now", "<w:b/>")) });
    const out = annotate(input, { insert: [{ text: "Cited but not listed.", target: { paragraph: 0, start: 4, end: 17 } }] });
    expect(out.inserted).toBe(1);
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect([...commentedText(out.bytes)]).toEqual([["0", "(Smith, 2020)"]]);
    expect(runsOf(out.bytes)).toEqual([
      ["See ", false, false],
      ["(Smi", false, true],
      ["th, 2020)", true, false],
      [" now", true, false],
    ]);
    expect(commentsIn(out.bytes)).toEqual([{ id: "0", author: BY.author, text: "Cited but not listed." }]);
  });

  test("two ranges in one run, and two comments on the same characters", () => {
    const input = makeDocx({ body: para(r("A (X, 2001) and (Y, 2002) end.", "<w:b/>")) });
    const out = annotate(input, {
      insert: [
        { text: "one", target: { paragraph: 0, start: 2, end: 11 } },
        { text: "two", target: { paragraph: 0, start: 16, end: 25 } },
        { text: "three", target: { paragraph: 0, start: 16, end: 25 } },
      ],
    });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "(X, 2001)", "1": "(Y, 2002)", "2": "(Y, 2002)" });
    // Every piece is still bold.
    expect(runsOf(out.bytes).every(([, b]) => b)).toBe(true);
    expect(runsOf(out.bytes).map(([t]) => t).join("")).toBe("A (X, 2001) and (Y, 2002) end.");
    for (const c of markerCounts(out.bytes).values()) expect(c).toEqual({ start: 1, end: 1, reference: 1 });
  });

  test("a range at the very start and end of a paragraph, and leading spaces kept", () => {
    const input = makeDocx({ body: para(r("(Kolb, 1984)") + r("  two spaces")) });
    const out = annotate(input, {
      insert: [
        { text: "a", target: { paragraph: 0, start: 0, end: 12 } },
        { text: "b", target: { paragraph: 0, start: 14, end: 17 } },
      ],
    });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "(Kolb, 1984)", "1": "two" });
  });

  test("soft hyphens, which the reader drops, stay in the text and do not shift the range", () => {
    const input = makeDocx({ body: para(r("co\u00ADoperation (Smith, 2020)")) });
    expect(textOf(input)[0]!.text).toBe("cooperation (Smith, 2020)");
    const out = annotate(input, { insert: [{ text: "x", target: { paragraph: 0, start: 12, end: 25 } }] });
    expect(commentedText(out.bytes).get("0")).toBe("(Smith, 2020)");
    expect(runsOf(out.bytes).map(([t]) => t).join("")).toBe("co\u00ADoperation (Smith, 2020)");
  });

  test("a citation in a field (Word's own citations) is taken whole, so updating the field keeps the comment", () => {
    const field = (result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> CITATION Smi20 \\l 2057 </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const citation = `<w:sdt><w:sdtPr><w:citation/></w:sdtPr><w:sdtContent>${field("(Smith, 2020)")}</w:sdtContent></w:sdt>`;
    const input = makeDocx({ body: para(r("As shown ") + citation + r(" here.")) + para(r("Plain ") + field("(Jones, 2019)") + r(".")) });
    const out = annotate(input, {
      insert: [
        { text: "in a control", target: { paragraph: 0, start: 10, end: 18 } },
        { text: "in a field", target: { paragraph: 1, start: 6, end: 19 } },
      ],
    });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    const doc = xmlOf(out.bytes, "word/document.xml")!;
    const starts = doc.getElementsByTagNameNS(W, "commentRangeStart");
    // Before the citation's content control, and before the run that begins the field.
    expect(starts.item(0)!.nextSibling!.nodeName).toBe("w:sdt");
    const next = starts.item(1)!.nextSibling as Element;
    expect(next.getElementsByTagNameNS(W, "fldChar").item(0)!.getAttributeNS(W, "fldCharType")).toBe("begin");
    const ends = doc.getElementsByTagNameNS(W, "commentRangeEnd");
    expect(ends.item(0)!.previousSibling!.nodeName).toBe("w:sdt");
    expect((ends.item(1)!.previousSibling as Element).getElementsByTagNameNS(W, "fldChar").item(0)!.getAttributeNS(W, "fldCharType")).toBe("end");
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "(Smith, 2020)", "1": "(Jones, 2019)" });
  });

  test("a range in a hyperlink or a tracked insertion: the reference run goes after it, outside", () => {
    const input = makeDocx({
      body:
        para(r("Read ") + `<w:hyperlink r:id="rId9">${r("(Grant, 2014)")}</w:hyperlink>` + r(".")) +
        para(`<w:ins w:id="7" w:author="L" w:date="2025-01-01T00:00:00Z">${r("New (Day, 2001) text")}</w:ins>`),
    });
    const out = annotate(input, {
      insert: [
        { text: "a", target: { paragraph: 0, start: 5, end: 18 } },
        { text: "b", target: { paragraph: 1, start: 4, end: 15 } },
      ],
    });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "(Grant, 2014)", "1": "(Day, 2001)" });
    const refs = xmlOf(out.bytes, "word/document.xml")!.getElementsByTagNameNS(W, "commentReference");
    for (let i = 0; i < refs.length; i++) expect(refs.item(i)!.parentNode!.parentNode!.nodeName).toBe("w:p");
  });
});

describe("anchors on paragraphs", () => {
  test("a whole paragraph: after its properties, to its end; a heading in a content control", () => {
    const input = makeDocx({
      body: sdt("ilm:heading:1.1", styled("Heading2", r("1.1 Explain the purpose"))) + para(r("Answer."), '<w:jc w:val="both"/>'),
      styles: WORD_STYLES,
    });
    const out = annotate(input, {
      insert: [
        { text: "heading", target: { paragraph: 0 } },
        { text: "answer", target: { paragraph: 1 } },
      ],
    });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "1.1 Explain the purpose", "1": "Answer." });
    const ps = xmlOf(out.bytes, "word/document.xml")!.getElementsByTagNameNS(W, "p");
    for (let i = 0; i < ps.length; i++) expect((ps.item(i)!.firstChild as Element).localName).toBe("pPr");
  });

  test("a footnote's paragraph is commented on the body paragraph holding its mark", () => {
    const footnotes = `<?xml version="1.0"?><w:footnotes xmlns:w="${W}"><w:footnote w:id="2"><w:p>${r("See (Smith, 2020).")}</w:p></w:footnote></w:footnotes>`;
    const input = makeDocx({
      body: para(r("First.")) + para(r("Claim") + `<w:r><w:footnoteReference w:id="2"/></w:r>` + r(".")),
      parts: {
        "word/footnotes.xml": footnotes,
        "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
      },
    });
    const doc = readDocx(input);
    const note = doc.paragraphs.find((p) => p.part === "footnote")!;
    expect(note.anchor).toBe(1);
    const out = annotate(input, { insert: [{ text: "in the note", target: { paragraph: note.index, start: 4, end: 17 } }] });
    expect(commentedText(out.bytes).get("0")).toBe("Claim.");
    expect(strFromU8(partsOf(out.bytes)["word/footnotes.xml"]!)).toBe(footnotes);
  });

  test("paragraphs joined by a deleted paragraph mark: the comment spans both", () => {
    const input = makeDocx({
      body: para(r("One "), '<w:rPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr>') + para(r("two.")),
    });
    expect(textOf(input).map((p) => p.text)).toEqual(["One two."]);
    const out = annotate(input, { insert: [{ text: "x", target: { paragraph: 0, start: 2, end: 6 } }, { text: "y", target: { paragraph: 0 } }] });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "e tw", "1": "One two." });
  });
});

describe("the package", () => {
  const input = makeDocx({ body: para(r("Answer (Smith, 2020).")), styles: WORD_STYLES, binary: { "word/media/image1.png": new Uint8Array([137, 80, 78, 71, 1, 2, 3]) } });

  test("a comments part with its relationship and content type; every other part byte for byte, in order", () => {
    const out = annotate(input, { insert: [{ text: "x", target: { paragraph: 0, start: 7, end: 20 } }] });
    const before = partsOf(input);
    const after = partsOf(out.bytes);
    const changed = ["word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"];
    expect(Object.keys(after)).toEqual([...Object.keys(before), "word/comments.xml"]);
    for (const name of Object.keys(before)) if (!changed.includes(name)) expect(after[name]).toEqual(before[name]);
    expect(strFromU8(after["word/_rels/document.xml.rels"]!)).toMatch(
      /<Relationship Id="rId2" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"\/>/,
    );
    expect(strFromU8(after["[Content_Types].xml"]!)).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    // Namespaces declared once, on the root, as Word writes them.
    const comments = strFromU8(after["word/comments.xml"]!);
    expect(comments).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\r\n<w:comments xmlns:w="[^"]+">/);
    expect(comments.match(/xmlns:w=/g)).toHaveLength(1);
    expect(strFromU8(after["word/document.xml"]!).match(/xmlns:w=/g)).toHaveLength(1);
    expect(comments).toContain('<w:comment w:id="0" w:author="ILM Assignment Assistant" w:date="2025-03-04T10:00:00Z" w:initials="ILM">');
  });

  test("nothing to add: no comments part, and the input is not changed", () => {
    const copy = new Uint8Array(input);
    const out = annotate(input, {});
    expect(partsOf(out.bytes)["word/comments.xml"]).toBeUndefined();
    expect(strFromU8(partsOf(out.bytes)["word/_rels/document.xml.rels"]!)).not.toContain("comments");
    expect(input).toEqual(copy);
  });

  test("write() is called once", () => {
    const opened = openDocxComments(input);
    opened.write(BY);
    expect(() => opened.write(BY)).toThrow(/once/);
  });
});

describe("comments already there", () => {
  const para14 = (id: string, text: string) => `<w:p w14:paraId="${id}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${r(text)}</w:p>`;
  const comment = (id: string, author: string, paraId: string, text: string) =>
    `<w:comment w:id="${id}" w:author="${author}" w:date="2025-01-01T00:00:00Z" w:initials="X">${para14(paraId, text)}</w:comment>`;
  const anchored = (id: string, text: string) =>
    `<w:commentRangeStart w:id="${id}"/>${r(text)}<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
  const REL = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
  const CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
  const CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
  const input = makeDocx({
    body: para(anchored("0", "Tutor's point.") + r(" ") + anchored("1", "(Old, 1999)") + r(" end.")),
    parts: {
      "word/comments.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${comment("0", "Dr A. Tutor", "0000000A", "Expand this.")}${comment(
        "1",
        "ILM Assignment Assistant",
        "0000000B",
        "ILM Assignment Assistant: old finding.",
      )}${comment("2", "Dr A. Tutor", "0000000C", "A reply to the add-in.")}</w:comments>`,
      "word/commentsExtended.xml": `<?xml version="1.0"?><w15:commentsEx xmlns:w15="${W15}"><w15:commentEx w15:paraId="0000000A" w15:done="0"/><w15:commentEx w15:paraId="0000000B" w15:done="0"/><w15:commentEx w15:paraId="0000000C" w15:paraIdParent="0000000B" w15:done="0"/></w15:commentsEx>`,
      "word/commentsIds.xml": `<?xml version="1.0"?><w16cid:commentsIds xmlns:w16cid="${CID}"><w16cid:commentId w16cid:paraId="0000000A" w16cid:durableId="1111"/><w16cid:commentId w16cid:paraId="0000000B" w16cid:durableId="2222"/><w16cid:commentId w16cid:paraId="0000000C" w16cid:durableId="3333"/></w16cid:commentsIds>`,
      "word/commentsExtensible.xml": `<?xml version="1.0"?><w16cex:commentsExtensible xmlns:w16cex="${CEX}"><w16cex:commentExtensible w16cex:durableId="1111" w16cex:dateUtc="2025-01-01T00:00:00Z"/><w16cex:commentExtensible w16cex:durableId="2222" w16cex:dateUtc="2025-01-01T00:00:00Z"/><w16cex:commentExtensible w16cex:durableId="3333" w16cex:dateUtc="2025-01-01T00:00:00Z"/></w16cex:commentsExtensible>`,
      "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${REL(
        "rId1",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
        "comments.xml",
      )}${REL("rId2", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml")}${REL(
        "rId3",
        "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
        "commentsIds.xml",
      )}${REL("rId4", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible", "commentsExtensible.xml")}</Relationships>`,
    },
  });

  test("they are listed with their author and text", () => {
    expect(openDocxComments(input).comments).toEqual([
      { id: "0", author: "Dr A. Tutor", text: "Expand this." },
      { id: "1", author: "ILM Assignment Assistant", text: "ILM Assignment Assistant: old finding." },
      { id: "2", author: "Dr A. Tutor", text: "A reply to the add-in." },
    ]);
  });

  test("removing one takes its markers, reference run and Word's extra entries; the others stay, a reply with them", () => {
    const out = annotate(input, { remove: ["1"], insert: [{ text: "new", target: { paragraph: 0, start: 15, end: 26 } }] });
    expect(textOf(out.bytes)).toEqual(textOf(input));
    expect(commentsIn(out.bytes)).toEqual([
      { id: "0", author: "Dr A. Tutor", text: "Expand this." },
      { id: "2", author: "Dr A. Tutor", text: "A reply to the add-in." },
      { id: "3", author: BY.author, text: "new" },
    ]);
    expect(Object.fromEntries(commentedText(out.bytes))).toEqual({ "0": "Tutor's point.", "3": "(Old, 1999)" });
    expect([...markerCounts(out.bytes).keys()].sort()).toEqual(["0", "3"]);
    const parts = partsOf(out.bytes);
    const ex = strFromU8(parts["word/commentsExtended.xml"]!);
    expect(ex).not.toContain('w15:paraId="0000000B"');
    expect(ex).toContain('<w15:commentEx w15:paraId="0000000C" w15:done="0"/>');
    expect(strFromU8(parts["word/commentsIds.xml"]!)).not.toContain("2222");
    expect(strFromU8(parts["word/commentsIds.xml"]!)).toContain("3333");
    expect(strFromU8(parts["word/commentsExtensible.xml"]!)).not.toContain("2222");
    // No second comments part or relationship.
    expect(Object.keys(parts).filter((n) => /comments\d*\.xml$/.test(n))).toEqual(["word/comments.xml"]);
    expect(strFromU8(parts["word/_rels/document.xml.rels"]!).match(/relationships\/comments"/g)).toHaveLength(1);
  });

  test("updating one replaces its text and keeps its paragraph id (Word's replies and resolved state refer to it)", () => {
    const out = annotate(input, { update: [{ id: "1", text: "ILM Assignment Assistant: new wording." }] });
    expect(commentsIn(out.bytes)[1]).toEqual({ id: "1", author: "ILM Assignment Assistant", text: "ILM Assignment Assistant: new wording." });
    expect(strFromU8(partsOf(out.bytes)["word/comments.xml"]!)).toContain('w14:paraId="0000000B"');
    expect(partsOf(out.bytes)["word/commentsExtended.xml"]).toEqual(partsOf(input)["word/commentsExtended.xml"]);
  });
});

describe("where each paragraph came from (the reader's origins)", () => {
  const FIXTURES = join(__dirname, "..", "fixtures");
  const files = readdirSync(FIXTURES).filter((f) => /\.(docx|docm|dotx|dotm)$/.test(f) && !/not-a-docx|truncated/.test(f));

  test.each(files)("%s: the same document as readDocx, and each paragraph's pieces spell its text", (name) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    const traced = readDocxTraced(bytes, name);
    expect(traced.doc).toEqual(readDocx(bytes, name));
    let mapped = 0;
    for (const p of traced.doc.paragraphs) {
      const origin = traced.origins[p.index];
      if (!origin) continue;
      mapped++;
      expect(origin.pieces.map((x) => x.text).join("")).toBe(p.text);
      expect(origin.elements.length).toBeGreaterThan(0);
    }
    expect(mapped).toBeGreaterThan(0);
  });

  test("every fixture annotated on every paragraph and on a stretch of each: text unchanged", () => {
    for (const name of files) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
      const { doc, origins } = readDocxTraced(bytes);
      const insert = doc.paragraphs.flatMap((p) => {
        const whole = { text: `p${p.index}`, target: { paragraph: p.index } };
        if (p.text.length < 6) return [whole];
        const start = Math.floor(p.text.length / 3);
        return [whole, { text: `s${p.index}`, target: { paragraph: p.index, start, end: start + 4 } }];
      });
      const out = annotate(bytes, { insert });
      expect({ name, paragraphs: readDocx(out.bytes).paragraphs }).toEqual({ name, paragraphs: doc.paragraphs });
      expect(out.inserted).toBe(insert.length);
      const before = openDocxComments(bytes).comments.length;
      expect(commentsIn(out.bytes)).toHaveLength(before + insert.length);
      // Each stretch's comment covers its characters (a field around them is taken whole).
      const covered = commentedText(out.bytes);
      for (const c of commentsIn(out.bytes)) {
        const m = /^s(\d+)$/.exec(c.text);
        if (!m) continue;
        const p = doc.paragraphs[Number(m[1])]!;
        const start = Math.floor(p.text.length / 3);
        const slice = p.text.slice(start, start + 4);
        // Text boxes and notes hang on their anchor, an embedded document's paragraphs on a neighbour.
        if (/[\t\n]/.test(slice) || !isBodyParagraph(p) || !origins[p.index]) continue;
        expect({ name, slice, covered: (covered.get(c.id) ?? "").replace(/\u00AD/g, "").includes(slice) }).toEqual({ name, slice, covered: true });
      }
    }
  });
});
