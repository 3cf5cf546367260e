/**
 * One zip part's DEFLATE data inflated, stopping once more than `maxBytes` would come out.
 *
 * Node's own zlib: native code with nothing to load or warm up as a check starts, where fflate's
 * JavaScript inflater (used before) was a good part of a one-file check's start-up and kept V8's
 * compiler busy on a folder. `maxOutputLength` makes zlib stop, and throw, once its output would
 * pass the limit (Node's zlib reference, "Class: Options"), so no more than the allowance is ever
 * held. Only ilm-check and the tests read .docx files; the pane reads the document through Word.
 */
import { inflateRawSync } from "zlib";

export type Inflated = { bytes: Uint8Array; tooLarge?: undefined } | { tooLarge: true; bytes?: undefined };

/** The compressed data is not a whole DEFLATE stream (cut short, or damaged). */
export class InflateDamagedError extends Error {
  override name = "InflateDamagedError";
  constructor() {
    super("The compressed data is damaged or incomplete.");
  }
}

export function inflateRaw(data: Uint8Array, maxBytes: number): Inflated {
  // No compressed bytes at all is read as an empty part, as the reader always has (zlib calls it cut short).
  if (data.length === 0) return { bytes: new Uint8Array() };
  try {
    // zlib gives up to maxOutputLength bytes and throws past it, but the length must be at least 1.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    if (out.length > maxBytes) return { tooLarge: true };
    return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.length) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return { tooLarge: true };
    throw new InflateDamagedError();
  }
}
