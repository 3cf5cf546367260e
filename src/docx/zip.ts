/**
 * The zip container of a .docx, read part by part with a limit on what each part, and the file
 * as a whole, may unpack to, enforced while inflating.
 *
 * Why not fflate's unzipSync: it trusts the sizes a zip declares. It allocates each part's
 * declared size up front (a part declaring 2 GiB took ilm-check down with a V8 fatal error),
 * and a part that declares less than it holds still inflates to its end. fflate's streaming
 * Unzip reads local headers front to back and finds the end of an entry written with a data
 * descriptor by scanning for a signature, which compressed data can contain. So the directory
 * at the end of the zip (APPNOTE.TXT 4.3.12, 4.3.16; zip64 in 4.3.14, 4.3.15, 4.5.3) is read
 * here, and each part is inflated by inflateRaw() (Node's zlib), which stops once the part
 * would pass what it may still unpack to: the file is then refused.
 *
 * Parts are inflated only when asked for: pictures, macros and embedded objects, never read,
 * are never inflated, whatever they hold.
 */
import { InflateDamagedError, inflateRaw } from "./inflate-raw";
import { DocxReadError, DocxRefusedError } from "./docx-read-error";
import { megabytes, PACKAGE_LIMIT_BYTES, PART_LIMIT_BYTES, type UnpackBudget } from "./limits";

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const DAMAGED = "The Word document is damaged: it cannot be unzipped (the file may be incomplete).";

interface Entry {
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();

  /** Reads the zip's directory; throws DocxReadError when there is none (not a zip, or cut short). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly budget: UnpackBudget,
  ) {
    for (const [name, entry] of readDirectory(bytes)) this.entries.set(name, entry);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Every part's name, in the directory's order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * The part's bytes, inflated now, or null when the zip has no such part. Throws
   * DocxRefusedError past a limit and DocxReadError when the part's data is damaged.
   */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.flags & 1) {
      throw new DocxReadError(`The Word document cannot be read: ${name} is encrypted inside the zip, which Word never does.`);
    }
    const data = this.compressed(entry);
    if (entry.method === STORED) {
      this.count(name, data.length);
      return data.slice();
    }
    if (entry.method !== DEFLATED) {
      throw new DocxReadError(`The Word document is damaged: ${name} is compressed in a way Word never uses.`);
    }
    return this.inflate(name, data);
  }

  private compressed(entry: Entry): Uint8Array {
    const b = this.bytes;
    const at = entry.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) throw new DocxReadError(DAMAGED);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new DocxReadError(DAMAGED);
    return b.subarray(start, end);
  }

  private inflate(name: string, data: Uint8Array): Uint8Array {
    // The most this part may unpack to: its own limit, or what is left of the file's.
    const allowed = Math.max(0, Math.min(PART_LIMIT_BYTES, this.budget.bytes));
    let out;
    try {
      out = inflateRaw(data, allowed);
    } catch (e) {
      if (!(e instanceof InflateDamagedError)) throw e;
      throw new DocxReadError(`The Word document is damaged: ${name} cannot be unpacked (the file may be incomplete).`);
    }
    // Past the allowance: counting one byte more than it throws the refusal that applies.
    this.count(name, out.tooLarge ? allowed + 1 : out.bytes.length);
    return out.bytes!;
  }

  /** Counts a part of `partSize` bytes against its limit and the file's. */
  private count(name: string, partSize: number): void {
    if (partSize > PART_LIMIT_BYTES) {
      throw new DocxRefusedError(
        `The Word document is refused: ${name} unpacks to more than ${megabytes(PART_LIMIT_BYTES)}, far more than any real document holds (a "zip bomb", or a damaged file).`,
      );
    }
    this.budget.bytes -= partSize;
    if (this.budget.bytes < 0) {
      throw new DocxRefusedError(
        `The Word document is refused: its parts unpack to more than ${megabytes(PACKAGE_LIMIT_BYTES)}, far more than any real document holds (a "zip bomb", or a damaged file).`,
      );
    }
  }
}

/** The central directory: each entry's name and where its data is. */
function readDirectory(b: Uint8Array): Map<string, Entry> {
  const eocd = findEocd(b);
  if (eocd < 0) throw new DocxReadError(DAMAGED);
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  let zip64 = false;
  if (count === 0xffff || offset === 0xffffffff) {
    // zip64: the real figures are in the zip64 end record, found through its locator.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== ZIP64_LOCATOR) throw new DocxReadError(DAMAGED);
    const end64 = u64(b, loc + 8);
    if (end64 + 56 > b.length || u32(b, end64) !== ZIP64_EOCD) throw new DocxReadError(DAMAGED);
    count = u64(b, end64 + 32);
    offset = u64(b, end64 + 48);
    zip64 = true;
  }
  const out = new Map<string, Entry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new DocxReadError(DAMAGED);
    const flags = u16(b, p + 8);
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    const nameStart = p + 46;
    if (nameStart + nameLength + extraLength > b.length) throw new DocxReadError(DAMAGED);
    const entry: Entry = { flags, method: u16(b, p + 10), compressedSize: u32(b, p + 20), localOffset: u32(b, p + 42) };
    if (zip64 || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      readZip64Extra(b, nameStart + nameLength, extraLength, entry, u32(b, p + 24) === 0xffffffff);
    }
    out.set(decodeName(b.subarray(nameStart, nameStart + nameLength), (flags & 0x800) !== 0), entry);
    p = nameStart + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The zip64 extended information extra field (id 1): 8-byte sizes and offset for those set to 0xFFFFFFFF. */
function readZip64Extra(b: Uint8Array, start: number, length: number, entry: Entry, sizeIn64: boolean): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = u16(b, p);
    const size = u16(b, p + 2);
    if (id === 1) {
      let q = p + 4;
      const end = q + size;
      const next = () => {
        if (q + 8 > end) throw new DocxReadError(DAMAGED);
        const v = u64(b, q);
        q += 8;
        return v;
      };
      if (sizeIn64) next(); // the uncompressed size: never trusted, so not kept
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    p += 4 + size;
  }
}

/** The end-of-central-directory record: in the last 22 bytes, or up to a 65,535-byte comment before them. */
function findEocd(b: Uint8Array): number {
  const last = b.length - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (u32(b, i) === EOCD) return i;
  }
  return -1;
}

/** Names are UTF-8 when flag bit 11 says so, otherwise (as fflate reads them) one character a byte. */
function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder("utf-8").decode(bytes);
  let s = "";
  for (const byte of bytes) s += String.fromCharCode(byte);
  return s;
}

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;
}

/** An 8-byte little-endian number; past 2^53 it is no real offset or size, so it fails the bounds checks. */
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}
