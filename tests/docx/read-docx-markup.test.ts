/**
 * The reader on WordprocessingML constructs, one table row each. The
 * packages are built in memory (helpers/make-docx.ts) because several of
 * these (tagged content controls, moves, mc:AlternateContent text) are not
 * written by LibreOffice; the real-file tests are in read-docx-fixtures.test.ts.
 */
import { readDocx } from "../../src/docx/read-docx";
import type { DocParagraph } from "../../src/model/document";
import { makeDocx, para, r, sdt, styled, WORD_STYLES } from "./helpers/make-docx";

const read = (body: string, styles: string | undefined = WORD_STYLES) => readDocx(makeDocx({ body, styles })).paragraphs;
const texts = (body: string) => read(body).map((p) => p.text);

const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instr = (code: string) => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;
const del = (text: string) => `<w:del w:id="1" w:author="T"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const ins = (text: string) => `<w:ins w:id="2" w:author="T">${r(text)}</w:ins>`;

describe("text as Word shows it", () => {
  const cases: Array<[string, string, string[]]> = [
    ["plain runs join", para(r("Hello ") + r("world")), ["Hello world"]],
    ["tracked deletion gone, insertion kept", para(r("I ") + del("never ") + ins("always ") + r("agree")), ["I always agree"]],
    [
      "moved-from text gone, moved-to text kept",
      para(`<w:moveFrom w:id="3" w:author="T">${r("OLD PLACE ")}</w:moveFrom>`) +
        para(r("Start ") + `<w:moveTo w:id="4" w:author="T">${r("moved here")}</w:moveTo>`),
      ["", "Start moved here"],
    ],
    ["a stray w:delText outside w:del is still not shown", para(`<w:r><w:delText>gone</w:delText><w:t>kept</w:t></w:r>`), ["kept"]],
    ["line break, carriage return and tab", para(`<w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c</w:t><w:tab/><w:t>d</w:t></w:r>`), ["a\nb\nc\td"]],
    ["page break inside a paragraph reads as a line break", para(`<w:r><w:t>a</w:t><w:br w:type="page"/><w:t>b</w:t></w:r>`), ["a\nb"]],
    ["soft hyphens dropped (element and character)", para(`<w:r><w:t>co</w:t><w:softHyphen/><w:t>ordinate in\u00ADdividual</w:t></w:r>`), ["coordinate individual"]],
    ["non-breaking hyphen is a hyphen", para(`<w:r><w:t>self</w:t><w:noBreakHyphen/><w:t>aware</w:t></w:r>`), ["self-aware"]],
    ["w:sym gives its character", para(`<w:r><w:t>tick </w:t><w:sym w:font="Wingdings" w:char="2713"/></w:r>`), ["tick \u2713"]],
    [
      "field: instruction dropped, result kept",
      para(r("Page ") + fld("begin") + instr(" PAGE ") + fld("separate") + r("3") + fld("end") + r(" of 9")),
      ["Page 3 of 9"],
    ],
    [
      "nested fields keep only results",
      para(
        fld("begin") + instr(" IF ") + fld("begin") + instr(" DATE ") + fld("separate") + r("inner") + fld("end") +
          fld("separate") + r("outer result") + fld("end"),
      ),
      ["outer result"],
    ],
    ["field with no result shows nothing", para(r("a") + fld("begin") + instr(" XE \"entry\" ") + fld("end") + r("b")), ["ab"]],
    [
      "field spanning paragraphs (a table of contents)",
      para(fld("begin") + instr(" TOC \\o ") + fld("separate") + r("1.1 Define\t3")) + para(r("1.2 Explain\t4")) + para(fld("end")) + para(r("After")),
      ["1.1 Define\t3", "1.2 Explain\t4", "", "After"],
    ],
    ["simple field keeps its result", para(`<w:fldSimple w:instr=" PAGE ">${r("7")}</w:fldSimple>`), ["7"]],
    ["hyperlink text kept", para(r("See ") + `<w:hyperlink r:id="rId9">${r("the site")}</w:hyperlink>`), ["See the site"]],
    ["smart tags and custom XML wrap text", para(`<w:smartTag w:element="place">${r("London")}</w:smartTag><w:customXml w:element="x">${r(" town")}</w:customXml>`), ["London town"]],
    [
      "mc:AlternateContent read once, from mc:Choice",
      para(`<mc:AlternateContent><mc:Choice Requires="w14">${r("CHOICE")}</mc:Choice><mc:Fallback>${r("FALLBACK")}</mc:Fallback></mc:AlternateContent>`),
      ["CHOICE"],
    ],
    [
      "mc:AlternateContent without a choice uses mc:Fallback",
      para(`<mc:AlternateContent><mc:Fallback>${r("FALLBACK")}</mc:Fallback></mc:AlternateContent>`),
      ["FALLBACK"],
    ],
    [
      // Word's Word Count includes text boxes: read once (the mc:Choice), after the body, anchored to its paragraph.
      "a text box is read once, as a paragraph after the body",
      para(
        r("Before ") +
          `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${para(r("BOX"))}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${para(r("BOX"))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
          r("after"),
      ),
      ["Before after", "BOX"],
    ],
    ["hidden text (w:vanish) is not shown", para(r("shown ") + r("HIDDEN ", "<w:vanish/>") + r("text")), ["shown text"]],
    ["math text reads inline", para(r("x is ") + `<m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath>`), ["x is a+b"]],
    ["footnote marks add nothing", para(r("Claim") + `<w:r><w:footnoteReference w:id="2"/></w:r>` + r(".")), ["Claim."]],
    ["empty paragraphs are kept", para("") + para(r("x")), ["", "x"]],
  ];
  test.each(cases)("%s", (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe("tracked paragraph marks", () => {
  test("a paragraph whose mark was deleted joins the next one, which keeps its style", () => {
    const ps = read(
      para(del("Deleted paragraph. "), `<w:rPr><w:del w:id="5" w:author="T"/></w:rPr>`) +
        styled("Heading2", r("1.1 Heading")) +
        para(r("Half ") + del("gone"), `<w:rPr><w:del w:id="6" w:author="T"/></w:rPr>`) +
        para(r("joined")),
    );
    expect(ps.map((p) => [p.text, p.headingLevel, p.index])).toEqual([
      ["1.1 Heading", 2, 0],
      ["Half joined", 0, 1],
    ]);
  });

  test("several paragraphs with deleted marks join in order", () => {
    const gone = `<w:rPr><w:del w:id="8" w:author="T"/></w:rPr>`;
    const ps = read(para(r("one "), gone) + para(r("two ", "<w:b/>"), gone) + para(r("three "), gone) + para(r("four")));
    expect(ps.map((p) => [p.text, p.bold])).toEqual([["one two three four", false]]);
  });

  test("formatting changes: the current properties count, not the recorded old ones", () => {
    const ps = read(
      para(
        `<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="T"><w:rPr><w:b w:val="0"/></w:rPr></w:rPrChange></w:rPr><w:t>now bold</w:t></w:r>`,
        `<w:pStyle w:val="Heading1"/><w:pPrChange w:id="2" w:author="T"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange>`,
      ),
    );
    expect(ps.map((p) => [p.text, p.headingLevel, p.bold])).toEqual([["now bold", 1, true]]);
  });

  test("a deleted mark on the last paragraph of a cell does not leak into the next cell", () => {
    const cell = (c: string) => `<w:tc>${c}</w:tc>`;
    const ps = read(
      `<w:tbl><w:tr>${cell(para(r("A"), `<w:rPr><w:del w:id="7" w:author="T"/></w:rPr>`))}${cell(para(r("B")))}</w:tr></w:tbl>`,
    );
    expect(ps.map((p) => [p.text, p.table?.cell])).toEqual([
      ["A", 0],
      ["B", 1],
    ]);
  });
});

describe("content controls", () => {
  const pick = (p: DocParagraph) => ({ text: p.text, tags: p.tags, role: p.role });
  test.each<[string, string, Array<ReturnType<typeof pick>>]>([
    ["block control", sdt("ilm:heading:1.1", styled("Heading2", r("1.1 Define"))), [{ text: "1.1 Define", tags: ["ilm:heading:1.1"], role: "body" }]],
    [
      "nested controls, outermost first",
      sdt("ilm:template:8580-503", sdt("ilm:guidance:1.1", para(r("Write about...")))) + para(r("Mine")),
      [
        { text: "Write about...", tags: ["ilm:template:8580-503", "ilm:guidance:1.1"], role: "guidance" },
        { text: "Mine", tags: [], role: "body" },
      ],
    ],
    ["cover sheet", sdt("ilm:cover", para(r("Learner name"))), [{ text: "Learner name", tags: ["ilm:cover"], role: "cover" }]],
    ["control without a tag adds none", `<w:sdt><w:sdtPr/><w:sdtContent>${para(r("x"))}</w:sdtContent></w:sdt>`, [{ text: "x", tags: [], role: "body" }]],
    [
      "inline control around all of a paragraph's text encloses it",
      para(sdt("ilm:guidance:2.1", r("Guidance text"))),
      [{ text: "Guidance text", tags: ["ilm:guidance:2.1"], role: "guidance" }],
    ],
    [
      "inline control around part of the text does not",
      para(r("Learner words ") + sdt("ilm:guidance:2.1", r("guidance"))),
      [{ text: "Learner words guidance", tags: [], role: "body" }],
    ],
    [
      "inline control with only spaces outside still encloses",
      para(r(" ") + sdt("ilm:heading:1.2", r("1.2 Explain"))),
      [{ text: " 1.2 Explain", tags: ["ilm:heading:1.2"], role: "body" }],
    ],
  ])("%s", (_name, body, expected) => {
    expect(read(body).map(pick)).toEqual(expected);
  });
});

describe("tables", () => {
  const cell = (c: string) => `<w:tc><w:tcPr/>${c}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;
  test("cells in document order, nested tables numbered separately, deleted rows skipped", () => {
    const inner = `<w:tbl>${row(para(r("I1")), para(r("I2")))}</w:tbl>`;
    const body =
      para(r("before")) +
      `<w:tbl>${row(para(r("1.1 Define")), para(r("Answer a")) + para(r("Answer b")))}` +
      `<w:tr><w:trPr><w:del w:id="9" w:author="T"/></w:trPr>${cell(para(r("DELETED ROW")))}</w:tr>` +
      sdt("ilm:row", row(para(r("1.2 Explain")), para(r("x")) + inner + para(r("y")))) +
      `</w:tbl>` +
      `<w:tbl>${row(para(r("second table")))}</w:tbl>` +
      para(r("after"));
    expect(read(body).map((p) => [p.text, p.table ?? null, p.tags])).toEqual([
      ["before", null, []],
      ["1.1 Define", { table: 0, row: 0, cell: 0 }, []],
      ["Answer a", { table: 0, row: 0, cell: 1 }, []],
      ["Answer b", { table: 0, row: 0, cell: 1 }, []],
      ["1.2 Explain", { table: 0, row: 1, cell: 0 }, ["ilm:row"]],
      ["x", { table: 0, row: 1, cell: 1 }, ["ilm:row"]],
      ["I1", { table: 1, row: 0, cell: 0 }, ["ilm:row"]],
      ["I2", { table: 1, row: 0, cell: 1 }, ["ilm:row"]],
      ["y", { table: 0, row: 1, cell: 1 }, ["ilm:row"]],
      ["second table", { table: 2, row: 0, cell: 0 }, []],
      ["after", null, []],
    ]);
  });
});

describe("headings and titles from styles", () => {
  const extraStyles =
    WORD_STYLES +
    `<w:style w:type="paragraph" w:styleId="MyAcHeading"><w:name w:val="My AC heading"/><w:basedOn w:val="Heading2"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="berschrift3"><w:name w:val="Überschrift 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Custom4"><w:name w:val="Heading 4"/><w:basedOn w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading9x"><w:name w:val="Body text level"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Subtitleish"><w:name w:val="Cover title"/><w:basedOn w:val="Title"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="Loop A"/><w:basedOn w:val="LoopB"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="Loop B"/><w:basedOn w:val="LoopA"/></w:style>`;
  const pick = (p: DocParagraph) => [p.text, p.headingLevel, p.isTitle, p.style];
  test.each<[string, string, Array<ReturnType<typeof pick>>, "no styles"?]>([
    ["built-in Heading 1", styled("Heading1", r("Task 1")), [["Task 1", 1, false, "heading 1"]], undefined],
    ["a style based on Heading 2 inherits its level", styled("MyAcHeading", r("1.1")), [["1.1", 2, false, "My AC heading"]], undefined],
    ["a localised name with an outline level", styled("berschrift3", r("x")), [["x", 3, false, "Überschrift 3"]], undefined],
    ["a custom id whose name is a built-in heading name", styled("Custom4", r("x")), [["x", 4, false, "Heading 4"]], undefined],
    ["outline level 9 is body text", styled("Heading9x", r("x")), [["x", 0, false, "Body text level"]], undefined],
    ["direct outline level on a Normal paragraph", para(r("x"), `<w:outlineLvl w:val="1"/>`), [["x", 2, false, "Normal"]], undefined],
    [
      "direct outline level 9 overrides a heading style",
      para(r("x"), `<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>`),
      [["x", 0, false, "heading 1"]],
    ],
    ["Title style", styled("Title", r("My essay")), [["My essay", 0, true, "Title"]], undefined],
    ["a style based on Title", styled("Subtitleish", r("x")), [["x", 0, true, "Cover title"]], undefined],
    ["no paragraph style uses the default (Normal)", para(r("x")), [["x", 0, false, "Normal"]], undefined],
    ["an unknown style id falls back to the default", styled("Missing", r("x")), [["x", 0, false, "Normal"]], undefined],
    ["a basedOn loop does not hang", styled("LoopA", r("x")), [["x", 0, false, "Loop A"]], undefined],
    ["without styles.xml, a HeadingN id still counts", styled("Heading3", r("x")), [["x", 3, false, "Heading3"]], "no styles"],
  ])("%s", (...[, body, expected, noStyles]) => {
    expect(read(body, noStyles ? undefined : extraStyles).map(pick)).toEqual(expected);
  });
});

describe("bold", () => {
  const boldDefaults = `<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>${WORD_STYLES.replace(/<w:docDefaults>.*?<\/w:docDefaults>/s, "")}`;
  test.each<[string, string, boolean, string?]>([
    ["direct w:b on every run", para(r("AC 1.1 ", "<w:b/>") + r("Define", "<w:b/>")), true, undefined],
    ["one run not bold", para(r("AC 1.1 ", "<w:b/>") + r("Define")), false, undefined],
    ['w:b w:val="0"', para(r("x", `<w:b w:val="0"/>`)), false, undefined],
    ['w:b w:val="false"', para(r("x", `<w:b w:val="false"/>`)), false, undefined],
    ['w:b w:val="1"', para(r("x", `<w:b w:val="1"/>`)), true, undefined],
    ["spaces in a plain run do not count", para(r("AC 1.1", "<w:b/>") + r(" ") + r("Define", "<w:b/>")), true, undefined],
    ["bold from a character style", para(r("x", `<w:rStyle w:val="Strong"/>`)), true, undefined],
    ["bold from the paragraph style", styled("Heading1", r("Task 1")), true, undefined],
    ["paragraph style bold, run sets it off", styled("Heading1", r("Task 1", `<w:b w:val="0"/>`)), false, undefined],
    ["bold style inside a bold paragraph style toggles off, as in Word", styled("Heading1", r("x", `<w:rStyle w:val="Strong"/>`)), false, undefined],
    ["document defaults", para(r("x")), true, boldDefaults],
    ["an empty paragraph is not bold", para(""), false, undefined],
    ["a paragraph with only a bold tab is not bold", para(`<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>`), false, undefined],
    ["hidden plain text does not spoil bold", para(r("x", "<w:b/>") + r("hidden", "<w:vanish/>")), true, undefined],
    ["deleted plain text does not spoil bold", para(r("x", "<w:b/>") + del("deleted")), true, undefined],
  ])("%s", (...[, body, bold, styles]) => {
    expect(read(body, styles ?? WORD_STYLES)[0].bold).toBe(bold);
  });
});

describe("document shape", () => {
  test("indexes run 0..n-1 and the source is kept", () => {
    const doc = readDocx(makeDocx({ body: para(r("a")) + para(r("b")) + para(r("c")), styles: WORD_STYLES }), "essay.docx");
    expect(doc.source).toBe("essay.docx");
    expect(doc.paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  test("the strict OOXML namespace reads the same", () => {
    const strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const bytes = makeDocx({
      body: "",
      parts: {
        "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="${strict}"><w:body><w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Strict</w:t></w:r></w:p></w:body></w:document>`,
      },
    });
    const [p] = readDocx(bytes).paragraphs;
    expect([p.text, p.headingLevel, p.bold]).toEqual(["Strict", 1, true]);
  });
});
