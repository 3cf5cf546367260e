/**
 * `Paragraph.getOoxml()` (WordApi 1.1) returns the paragraph as a Flat OPC package
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-getooxml-member(1)).
 * The in-memory Word writes just enough of one for the add-in to tell what a paragraph holds
 * besides text: pictures (w:drawing), anchored text boxes (w:txbxContent), page breaks
 * (w:br w:type="page") and section breaks (w:sectPr in the paragraph's properties), following
 * ECMA-376 Part 1 (17.3.1.30 sectPr, 17.3.3.1 br, 20.4 DrawingML anchors).
 */
import type { MemoryDocument, ParaData } from "./model";
import { shapesAnchoredIn } from "./shapes";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function runsXml(text: string): string {
  return text
    .split(/(\f|\u000b)/)
    .filter((t) => t !== "")
    .map((t) => (t === "\f" ? '<w:r><w:br w:type="page"/></w:r>' : t === "\u000b" ? "<w:r><w:br/></w:r>" : `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`))
    .join("");
}

const PICTURE = '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>';
const TEXT_BOX =
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p/></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>';

export function paragraphOoxml(doc: MemoryDocument, p: ParaData): string {
  // Shapes anchored here (shapes.ts) show in the OOXML as the same drawings.
  const anchored = shapesAnchoredIn(doc, p).map((s) => (s.type === "Picture" ? "picture" : "textBox"));
  const objects = [...(p.objects ?? []), ...anchored].map((o) => (o === "picture" ? PICTURE : TEXT_BOX)).join("");
  const pPr = `<w:pPr><w:pStyle w:val="${escapeXml(p.style.replace(/\s+/g, ""))}"/>${p.sectionBreak ? "<w:sectPr/>" : ""}</w:pPr>`;
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<w:body><w:p>${pPr}${runsXml(p.text)}${objects}</w:p></w:body></w:document>` +
    "</pkg:xmlData></pkg:part></pkg:package>"
  );
}
