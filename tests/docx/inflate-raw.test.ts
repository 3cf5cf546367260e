/**
 * inflateRaw() (src/docx/inflate-raw.ts, Node's zlib): a draft's parts unpack whole, whichever
 * program deflated them; a part past its allowance stops there; a damaged one is reported.
 * The zip reader's refusals built on it are in tests/hostile/docx.test.ts.
 */
import { deflateSync as fflateDeflate } from "fflate";
import { deflateRawSync } from "zlib";
import { InflateDamagedError, inflateRaw } from "../../src/docx/inflate-raw";

const text = (n: number) => new TextEncoder().encode("<w:p><w:r><w:t>An answer of my own.</w:t></w:r></w:p>".repeat(n));
const raw = (bytes: Uint8Array) => new Uint8Array(deflateRawSync(bytes));
const ONE_MB = text(20_000); // about 1 MB of XML, a few KB compressed
const ZEROS = new Uint8Array(5_000_000); // 5 MB that compress to about 5 KB: the shape of a zip bomb

type Case = { name: string; data: () => Uint8Array; max: number; expect: "bytes" | "tooLarge" | "damaged"; bytes?: () => Uint8Array };

const CASES: Case[] = [
  { name: "a part of the learner's text", data: () => raw(ONE_MB), max: 100_000_000, expect: "bytes", bytes: () => ONE_MB },
  { name: "an empty part", data: () => raw(new Uint8Array()), max: 100, expect: "bytes", bytes: () => new Uint8Array() },
  { name: "exactly the allowance", data: () => raw(ONE_MB), max: ONE_MB.length, expect: "bytes", bytes: () => ONE_MB },
  { name: "one byte over the allowance", data: () => raw(ONE_MB), max: ONE_MB.length - 1, expect: "tooLarge" },
  { name: "a bomb far past the allowance", data: () => raw(ZEROS), max: 1_000_000, expect: "tooLarge" },
  { name: "nothing allowed, something inside", data: () => raw(text(1)), max: 0, expect: "tooLarge" },
  { name: "nothing allowed, one byte inside", data: () => raw(new Uint8Array([65])), max: 0, expect: "tooLarge" },
  { name: "written by another deflater (fflate's)", data: () => fflateDeflate(ONE_MB), max: 100_000_000, expect: "bytes", bytes: () => ONE_MB },
  { name: "cut short", data: () => raw(ONE_MB).subarray(0, 200), max: 100_000_000, expect: "damaged" },
  // Not a valid DEFLATE stream, but read as an empty part, as the reader always has.
  { name: "no compressed bytes at all", data: () => new Uint8Array(), max: 100, expect: "bytes", bytes: () => new Uint8Array() },
  { name: "not DEFLATE data (a reserved block type)", data: () => new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), max: 100, expect: "damaged" },
];

describe("inflateRaw", () => {
  test.each(CASES)("$name", (c) => {
    if (c.expect === "damaged") {
      expect(() => inflateRaw(c.data(), c.max)).toThrow(InflateDamagedError);
      return;
    }
    const out = inflateRaw(c.data(), c.max);
    if (c.expect === "tooLarge") {
      expect(out).toEqual({ tooLarge: true });
      return;
    }
    expect(out.tooLarge).toBeUndefined();
    expect(Buffer.from(out.bytes!).equals(Buffer.from(c.bytes!()))).toBe(true);
  });
});
