/** A minimal but real .docx (document, styles, relationships) from generated lines, for timing ilm-check. */
import { strToU8, zipSync } from "fflate";
import type { GeneratedLine } from "./generate";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(l: GeneratedLine): string {
  const style = l.isTitle ? "Title" : l.headingLevel ? `Heading${l.headingLevel}` : "";
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${esc(l.text)}</w:t></w:r></w:p>`;
}

function style(id: string, name: string, outline?: number): string {
  const ppr = outline !== undefined ? `<w:pPr><w:outlineLvl w:val="${outline}"/></w:pPr>` : "";
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${ppr}</w:style>`;
}

export function makeDocx(lines: readonly GeneratedLine[]): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${lines.map(paragraph).join("")}<w:sectPr/></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${style("Normal", "Normal")}${style("Title", "Title")}${style("Heading1", "heading 1", 0)}${style("Heading2", "heading 2", 1)}</w:styles>`;
  const files = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(document),
    "word/styles.xml": strToU8(styles),
  };
  return zipSync(files);
}
