/**
 * What an OLE compound file ([MS-CFB]: the D0 CF 11 E0 container) holds, told apart by the names
 * of its streams, so a person is told the one thing to do:
 * - "EncryptedPackage": a .docx Word saved with a password ([MS-OFFCRYPTO] 2.3.4.4 puts the
 *   encrypted package in a compound file);
 * - "WordDocument": an old binary Word document (.doc, [MS-DOC] 2.1.1);
 * - anything else (an .xls, a .ppt, an Outlook message): not a Word document.
 *
 * The directory is not followed through the allocation table: its 128-byte entries ([MS-CFB]
 * 2.6) are looked for at every 128-byte boundary after the header, matching the name, its
 * length and the stream type together, which text inside a stream does not do by chance.
 * Linear in the file's size.
 */

export type CompoundFileKind = "encrypted" | "word-97" | "other";

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER = 512;
const ENTRY = 128;
const STREAM = 2;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

export function compoundFileKind(bytes: Uint8Array): CompoundFileKind {
  const encrypted = utf16("EncryptedPackage");
  const word = utf16("WordDocument");
  let sawWord = false;
  for (let at = HEADER; at + ENTRY <= bytes.length; at += ENTRY) {
    if (isStreamNamed(bytes, at, encrypted)) return "encrypted";
    if (!sawWord && isStreamNamed(bytes, at, word)) sawWord = true;
  }
  return sawWord ? "word-97" : "other";
}

/** A directory entry at `at`: name (UTF-16LE), its length in bytes with the terminating null, type. */
function isStreamNamed(b: Uint8Array, at: number, name: Uint8Array): boolean {
  if (b[at + 66] !== STREAM) return false;
  if ((b[at + 64]! | (b[at + 65]! << 8)) !== name.length + 2) return false;
  for (let i = 0; i < name.length; i++) if (b[at + i] !== name[i]) return false;
  return b[at + name.length] === 0 && b[at + name.length + 1] === 0;
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}
