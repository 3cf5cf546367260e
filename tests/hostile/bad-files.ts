/**
 * Hostile files, built in memory: what a careless or malicious file can hold. Shared by the
 * hostile-input tables (tests/hostile/) and the bench (bench/run.ts: the big-but-honest files).
 *
 * The zip writer here is the tests' own, because the point is to write what a good writer never
 * would: sizes that lie, DEFLATE streams that expand a thousandfold.
 */
import { deflateSync, strToU8 } from "fflate";
import { makeDocx, para, r, WORD_STYLES, W_NS } from "../docx/helpers/make-docx";

// ---------------------------------------------------------------- DEFLATE that expands

/** Writes bits least significant first, as DEFLATE packs them (RFC 1951, 3.1.1). */
class BitWriter {
  private readonly out: number[] = [];
  private acc = 0;
  private n = 0;
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >>> i) & 1) << this.n;
      if (++this.n === 8) {
        this.out.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  /** A Huffman code, which DEFLATE writes most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >>> i) & 1, 1);
  }
  aligned(): boolean {
    return this.n === 0;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.n ? [...this.out, this.acc] : this.out);
  }
}

/** A byte as a fixed-Huffman literal (RFC 1951, 3.2.6): 0-143 in 8 bits, 144-255 in 9. */
function literal(w: BitWriter, byte: number): void {
  if (byte < 144) w.code(0x30 + byte, 8);
  else w.code(0x190 + byte - 144, 9);
}

/**
 * A raw DEFLATE stream that inflates to `prefix`, then `size` bytes of "a", then `suffix`: one
 * literal "a", then copies of 258 bytes at distance 1, in fixed Huffman codes: 13 bits for every
 * 258 bytes, so 2 GiB fit in some 13 MB. Once the copies start on a byte boundary, every eight
 * of them are the same 13 bytes, which are copied rather than written bit by bit, so it is quick.
 */
export function deflateBomb(size: number, prefix = "", suffix = ""): Uint8Array {
  const copy = (w: BitWriter) => {
    w.code(0b11000101, 8); // length code 285: 258 bytes (codes 280-287 are 0xC0 + n - 280, 8 bits)
    w.code(0, 5); // distance code 0: 1 byte back
  };
  let copies = size > 0 ? Math.floor((size - 1) / 258) : 0;
  const literals = size > 0 ? size - 1 - copies * 258 : 0;
  const head = new BitWriter();
  head.bits(1, 1); // BFINAL
  head.bits(1, 2); // BTYPE 01: fixed Huffman codes
  for (const b of strToU8(prefix)) literal(head, b);
  if (size > 0) literal(head, 0x61);
  // 13 is odd, so within eight copies one ends on a byte boundary.
  while (copies > 0 && !head.aligned()) {
    copy(head);
    copies--;
  }
  const groupWriter = new BitWriter();
  for (let i = 0; i < 8; i++) copy(groupWriter);
  const group = groupWriter.bytes();
  const groups = head.aligned() ? Math.floor(copies / 8) : 0;
  copies -= groups * 8;
  const tail = head.aligned() ? new BitWriter() : head;
  for (; copies > 0; copies--) copy(tail);
  for (let i = 0; i < literals; i++) literal(tail, 0x61);
  for (const b of strToU8(suffix)) literal(tail, b);
  tail.code(0, 7); // end of block (256: 7 zero bits)
  const first = head === tail ? new Uint8Array(0) : head.bytes();
  const last = tail.bytes();
  const out = new Uint8Array(first.length + groups * group.length + last.length);
  out.set(first);
  for (let g = 0; g < groups; g++) out.set(group, first.length + g * group.length);
  out.set(last, first.length + groups * group.length);
  return out;
}

// ---------------------------------------------------------------- a zip writer that can lie

export interface RawEntry {
  name: string;
  /** What is stored: raw DEFLATE when method is 8. */
  data: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the zip declares (honest by default for stored entries). */
  declaredSize?: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
}

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of these entries, with the sizes they declare (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16). */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 0;
    const declared = e.declaredSize ?? (method === 0 ? e.data.length : 0);
    const crc = method === 0 ? crc32(e.data) : 0;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, (e.flags ?? 0) | 0x800, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, declared >>> 0, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, (e.flags ?? 0) | 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, declared >>> 0, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...locals, ...centrals, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// ---------------------------------------------------------------- .docx packages

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="${REL}/endnotes" Target="endnotes.xml"/><Relationship Id="rId5" Type="${REL}/aFChunk" Target="chunk.htm"/></Relationships>`;
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:r="${REL}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** Every part the reader reads from a .docx, with a short honest body; the hostile tables replace one. */
export function docxParts(): Record<string, string> {
  return {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "word/_rels/document.xml.rels": DOCUMENT_RELS,
    "word/document.xml": documentXml(`${para(r("An answer of my own."))}<w:altChunk r:id="rId5"/>`),
    "word/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${WORD_STYLES}</w:styles>`,
    "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}"/>`,
    "word/footnotes.xml": `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W_NS}"/>`,
    "word/endnotes.xml": `<?xml version="1.0" encoding="UTF-8"?><w:endnotes xmlns:w="${W_NS}"/>`,
    "word/chunk.htm": "<html><body><p>Embedded answer.</p></body></html>",
    "word/media/image1.png": "not really a picture",
  };
}

/** The parts of docxParts() the reader inflates (a picture is never read). */
export const PARTS_READ = Object.keys(docxParts()).filter((p) => !p.startsWith("word/media/"));

/**
 * A .docx whose part `bomb` is a DEFLATE stream inflating to `size` bytes; the other parts are
 * honest. `declared` is the size the zip says the part has (the truth by default; a liar says less).
 */
export function docxWithBomb(bomb: string, size: number, declared = size): Uint8Array {
  const entries: RawEntry[] = Object.entries(docxParts()).map(([name, text]) => {
    const data = strToU8(text);
    return { name, data: deflateSync(data), method: 8, declaredSize: data.length };
  });
  const at = entries.findIndex((e) => e.name === bomb);
  entries[at] = { name: bomb, data: deflateBomb(size), method: 8, declaredSize: Math.min(declared, 0xffffffff) };
  return writeZip(entries);
}

/** A .docx of honest parts, replacing some (by name) with this text. */
export function docxWith(replace: Record<string, string>): Uint8Array {
  const parts = { ...docxParts(), ...replace };
  return writeZip(
    Object.entries(parts).map(([name, text]) => {
      const data = strToU8(text);
      return { name, data: deflateSync(data), method: 8, declaredSize: data.length };
    }),
  );
}

/**
 * Three well-formed parts of 90 MB each (text straight inside the root element, which the reader
 * passes over): every one within the part limit, together past the package's.
 */
export function docxPastPackageLimit(): Uint8Array {
  const mb90 = 90_000_000;
  const decl = `<?xml version="1.0" encoding="UTF-8"?>`;
  const big: Record<string, [string, string]> = {
    "word/document.xml": [`${decl}<w:document xmlns:w="${W_NS}"><w:body>${para(r("Text."))}</w:body>`, "</w:document>"],
    "word/styles.xml": [`${decl}<w:styles xmlns:w="${W_NS}">`, "</w:styles>"],
    "word/numbering.xml": [`${decl}<w:numbering xmlns:w="${W_NS}">`, "</w:numbering>"],
  };
  const entries: RawEntry[] = Object.entries(docxParts()).map(([name, text]) => {
    const wrap = big[name];
    if (wrap) return { name, data: deflateBomb(mb90, wrap[0], wrap[1]), method: 8, declaredSize: mb90 };
    const data = strToU8(text);
    return { name, data: deflateSync(data), method: 8, declaredSize: data.length };
  });
  return writeZip(entries);
}

// ---------------------------------------------------------------- hostile XML

/** "Billion laughs": ten entities of ten, nine deep (ISO/IEC and OWASP's classic). */
export const ENTITY_BOMB_DOCUMENT = (() => {
  let dtd = `<!DOCTYPE w:document [<!ENTITY lol "lol">`;
  let prev = "lol";
  for (let i = 1; i <= 9; i++) {
    dtd += `<!ENTITY lol${i} "${`&${prev};`.repeat(10)}">`;
    prev = `lol${i}`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>${dtd}]><w:document xmlns:w="${W_NS}"><w:body>${para(r(`&${prev};`))}</w:body></w:document>`;
})();

export const EXTERNAL_ENTITY_DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W_NS}"><w:body>${para(r("&secret;"))}</w:body></w:document>`;

/** `levels` nested content controls' worth of elements around one paragraph. */
export function deeplyNestedDocument(levels: number): string {
  return documentXml(`${"<w:customXml>".repeat(levels)}${para(r("Deep."))}${"</w:customXml>".repeat(levels)}`);
}

/** Styles that inherit from each other in a loop (A from B, B from C, C from A), used by a heading. */
export const STYLE_LOOP = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">
<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>
<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="C"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="C"><w:name w:val="C"/><w:basedOn w:val="A"/></w:style>
<w:style w:type="paragraph" w:styleId="Self"><w:name w:val="Self"/><w:basedOn w:val="Self"/></w:style>
</w:styles>`;

// ---------------------------------------------------------------- big but honest

/** A .docx of `n` empty paragraphs. */
export function emptyParagraphsDocx(n: number): Uint8Array {
  return makeDocx({ body: "<w:p/>".repeat(n) });
}

/** A .docx of one paragraph of `chars` characters (words of five letters and a space). */
export function longParagraphDocx(chars: number): Uint8Array {
  return makeDocx({ body: para(r("word ".repeat(Math.ceil(chars / 5)).slice(0, chars))) });
}

// ---------------------------------------------------------------- OLE compound files

/**
 * A minimal compound file ([MS-CFB]) holding these streams (each 4,096 bytes, so none is in the
 * mini stream): a FAT sector, a directory sector, then the streams' sectors.
 * A password-protected .docx holds "EncryptionInfo" and "EncryptedPackage" ([MS-OFFCRYPTO] 2.3.4.4).
 */
export function compoundFile(streams: string[]): Uint8Array {
  const SECTOR = 512;
  const perStream = 4096 / SECTOR;
  const dataSectors = streams.length * perStream;
  const sectors = 2 + dataSectors;
  const out = new Uint8Array(SECTOR * (1 + sectors));
  const v = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(24, 0x3e, true); // minor version
  v.setUint16(26, 3, true); // major version 3: 512-byte sectors
  v.setUint16(28, 0xfffe, true); // little-endian
  v.setUint16(30, 9, true); // sector shift
  v.setUint16(32, 6, true); // mini sector shift
  v.setUint32(44, 1, true); // FAT sectors
  v.setUint32(48, 1, true); // first directory sector
  v.setUint32(56, 4096, true); // mini stream cutoff
  v.setUint32(60, 0xfffffffe, true); // no mini FAT
  v.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  v.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) v.setUint32(76 + i * 4, 0xffffffff, true);
  const sectorAt = (n: number) => SECTOR * (n + 1);
  // FAT: sector 0 is the FAT, 1 the directory, then each stream's chain.
  const fat = sectorAt(0);
  for (let i = 0; i < SECTOR / 4; i++) v.setUint32(fat + i * 4, 0xffffffff, true);
  v.setUint32(fat, 0xfffffffd, true);
  v.setUint32(fat + 4, 0xfffffffe, true);
  for (let s = 0; s < streams.length; s++) {
    for (let k = 0; k < perStream; k++) {
      const n = 2 + s * perStream + k;
      v.setUint32(fat + n * 4, k === perStream - 1 ? 0xfffffffe : n + 1, true);
    }
  }
  const entry = (index: number, name: string, type: number, start: number, size: number, child = 0xffffffff, right = 0xffffffff) => {
    const at = sectorAt(1) + index * 128;
    for (let i = 0; i < name.length; i++) v.setUint16(at + i * 2, name.charCodeAt(i), true);
    v.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    v.setUint32(at + 68, 0xffffffff, true);
    v.setUint32(at + 72, right, true);
    v.setUint32(at + 76, child, true);
    v.setUint32(at + 116, start, true);
    v.setUint32(at + 120, size, true);
  };
  entry(0, "Root Entry", 5, 0xfffffffe, 0, streams.length ? 1 : 0xffffffff);
  streams.forEach((name, s) => entry(1 + s, name, 2, 2 + s * perStream, 4096, 0xffffffff, s + 2 <= streams.length ? s + 2 : 0xffffffff));
  return out;
}
