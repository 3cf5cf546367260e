import { strToU8, zipSync } from "fflate";

/**
 * Builds a minimal .docx in memory for reader tests that need markup no
 * word processor we can run writes for us (content-control tags, moves,
 * mc:AlternateContent text, odd fields). Real files are in tests/fixtures.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NAMESPACES = [
  `xmlns:w="${W_NS}"`,
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
  `xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"`,
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
  `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`,
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`,
].join(" ");

export interface DocxParts {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:styles (omit for a package without styles.xml). */
  styles?: string;
  /** Override any part, e.g. a damaged word/document.xml. */
  parts?: Record<string, string>;
  /** Parts that are not text (an embedded .docx, a picture). */
  binary?: Record<string, Uint8Array>;
}

export function makeDocx({ body, styles, parts = {}, binary = {} }: DocxParts): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
      styles === undefined
        ? ""
        : `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
    }</Relationships>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES} mc:Ignorable="w14"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  if (styles !== undefined) {
    files["word/styles.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${styles}</w:styles>`;
  }
  Object.assign(files, parts);
  const zipped: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) zipped[name] = strToU8(text);
  Object.assign(zipped, binary);
  return zipSync(zipped);
}

/** Shorthands for WordprocessingML in test tables. */
export const r = (text: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const para = (content: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
export const styled = (styleId: string, content: string) => para(content, `<w:pStyle w:val="${styleId}"/>`);
export const sdt = (tag: string, content: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

/** A Word-like style sheet: Normal, Heading 1–2 with outline levels, Title, a bold character style. */
export const WORD_STYLES = `
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`;

/** word/_rels/document.xml.rels with the styles part and `extra` relationships. */
export const RELS = (extra: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${extra}</Relationships>`;
/** One relationship of an officeDocument type ("footnotes", "aFChunk" ...). */
export const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
