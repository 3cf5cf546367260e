/**
 * List numbers counted as Word displays them (src/docx/numbering.ts), on
 * numbering.xml written as Word writes it, and read through paragraphs.
 */
import { readDocx } from "../../src/docx/read-docx";
import { formatNumber, Numbering } from "../../src/docx/numbering";
import { parseXml } from "../../src/docx/xml";
import { makeDocx, para, r, W_NS, WORD_STYLES } from "./helpers/make-docx";

const lvl = (i: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const numberingXml = (inner: string) => parseXml(`<w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`, "numbering.xml");

describe("number formats", () => {
  test.each([
    [4, "decimal", "4"],
    [4, "upperRoman", "IV"],
    [14, "lowerRoman", "xiv"],
    [3, "upperLetter", "C"],
    [28, "lowerLetter", "bb"],
    [7, "decimalZero", "07"],
    [2, "ordinal", "2nd"],
    [13, "ordinal", "13th"],
    [3, "cardinalText", "Three"],
    [1, "ordinalText", "First"],
    [5, "someFormatWordRarelyUses", "5"],
  ])("%i as %s is %s", (n, fmt, shown) => {
    expect(formatNumber(n, fmt)).toBe(shown);
  });
});

describe("counting as Word does", () => {
  const multilevel = `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2")}${lvl(2, "lowerLetter", "(%3)")}</w:abstractNum>`;

  test("levels count on, deeper levels restart when a higher one is used", () => {
    const n = new Numbering(numberingXml(`${multilevel}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`));
    const next = (ilvl: number) => n.next({ numId: "1", ilvl }, null);
    expect([next(0), next(1), next(1), next(2), next(2), next(1), next(0), next(1), next(2)]).toEqual([
      "1.", "1.1", "1.2", "(a)", "(b)", "1.3", "2.", "2.1", "(a)",
    ]);
  });

  test("a level used before the one above it shows that one as 0, as Word does", () => {
    const n = new Numbering(numberingXml(`${multilevel}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`));
    expect(n.next({ numId: "1", ilvl: 1 }, null)).toBe("0.1");
  });

  test("instances of one list continue it; an instance with a start override restarts and counts on its own", () => {
    const n = new Numbering(
      numberingXml(
        `${multilevel}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
          `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`,
      ),
    );
    expect(n.next({ numId: "1", ilvl: 0 }, null)).toBe("1.");
    expect(n.next({ numId: "2", ilvl: 0 }, null)).toBe("2.");
    expect(n.next({ numId: "3", ilvl: 0 }, null)).toBe("5.");
    expect(n.next({ numId: "3", ilvl: 0 }, null)).toBe("6.");
    expect(n.next({ numId: "1", ilvl: 0 }, null)).toBe("3.");
  });

  test("lvlRestart 0 never restarts; isLgl shows every level as a decimal", () => {
    const n = new Numbering(
      numberingXml(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%1.%2", '<w:lvlRestart w:val="0"/><w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      ),
    );
    const next = (ilvl: number) => n.next({ numId: "1", ilvl }, null);
    expect([next(0), next(1), next(0), next(1)]).toEqual(["I.", "1.1", "II.", "2.2"]);
  });

  test("numId 0, an unknown list or a level that shows nothing give no number", () => {
    const n = new Numbering(numberingXml(`<w:abstractNum w:abstractNumId="0">${lvl(0, "none", "")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`));
    expect(n.next({ numId: "0", ilvl: 0 }, null)).toBeNull();
    expect(n.next({ numId: "9", ilvl: 0 }, null)).toBeNull();
    expect(n.next({ numId: "1", ilvl: 0 }, null)).toBeNull();
  });
});

describe("list numbers on paragraphs", () => {
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">
    <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Headings"/>${lvl(0, "decimal", "%1.", '<w:pStyle w:val="Heading1"/>')}${lvl(1, "decimal", "%1.%2", '<w:pStyle w:val="Heading2"/>')}</w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Headings"/></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  </w:numbering>`;
  // Heading styles carry the list (numId only: the level is the one attached to the style, as Word writes it).
  const styles = WORD_STYLES.replace(/<w:outlineLvl w:val="0"\/>/, '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>')
    .replace(/<w:outlineLvl w:val="1"\/>/, '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>') +
    `<w:style w:type="numbering" w:styleId="Headings"><w:name w:val="Headings"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`;
  const read = (body: string) =>
    readDocx(
      makeDocx({
        body,
        styles,
        parts: {
          "word/numbering.xml": numbering,
          "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
        },
      }),
    ).paragraphs;
  const h = (level: number, text: string, pPr = "") => para(r(text), `<w:pStyle w:val="Heading${level}"/>${pPr}`);

  test("numbering attached to heading styles through a numbering style, a heading taken out with numId 0", () => {
    const ps = read(
      h(1, "Introduction", '<w:numPr><w:numId w:val="0"/></w:numPr>') + h(1, "Task") + h(2, "Define coaching") + para(r("Answer.")) + h(2, "Explain") + h(1, "Next") + h(2, "Review"),
    );
    expect(ps.map((p) => [p.text, p.listNumber ?? null])).toEqual([
      ["Introduction", null],
      ["Task", "1."],
      ["Define coaching", "1.1"],
      ["Answer.", null],
      ["Explain", "1.2"],
      ["Next", "2."],
      ["Review", "2.1"],
    ]);
  });

  test("a paragraph's own w:numPr wins over its style's", () => {
    const ps = read(h(2, "Direct", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'));
    expect(ps[0]!.listNumber).toBe("1.");
  });

  test("a file without numbering.xml has no list numbers", () => {
    const ps = readDocx(makeDocx({ body: para(r("x"), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'), styles: WORD_STYLES })).paragraphs;
    expect(ps[0]!.listNumber).toBeUndefined();
  });
});
