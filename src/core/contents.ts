/**
 * Table-of-contents entries ("1.1 Define what coaching ...<tab>4") repeat the
 * headings with a page number. They are neither answer words nor side-headings
 * (a bold contents entry would otherwise look like a second 1.1). An entry is
 * recognised by its text, not its style name (style names are localised): a
 * heading's text, a tab, and a page number.
 */
import type { DocParagraph } from "../model/document";
import { trimEndWhere } from "../shared/text/trim";
import { isWordSpace } from "../shared/text/spaces";

const isDigit = (c: number) => c >= 48 && c <= 57;
/** i v x l c, either case: roman page numbers of front matter. */
const isRoman = (c: number) => "ivxlcIVXLC".includes(String.fromCharCode(c));
const isLeader = (c: number) => c !== 9 && (isWordSpace(c) || c === 0x2e || c === 0x2026);

/**
 * Where the entry's text ends, when the paragraph ends in a tab and a page
 * number ("Introduction\t3", "1.1 Define ...\t....\t12"); else -1.
 * Scans back from the end once, so it is linear.
 */
function entryEnd(text: string): number {
  let i = text.length;
  while (i > 0 && isWordSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 9) i--;
  const numberEnd = i;
  while (i > 0 && isDigit(text.charCodeAt(i - 1)) && numberEnd - i < 4) i--;
  if (i === numberEnd) while (i > 0 && isRoman(text.charCodeAt(i - 1)) && numberEnd - i < 6) i--;
  if (i === numberEnd) return -1;
  while (i > 0 && isLeader(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 9 ? i - 1 : -1;
}

function foldEntry(text: string): string {
  const folded = text.toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
  return trimEndWhere(folded, (c) => isWordSpace(c) || c === 0x2e || c === 0x2026);
}

/** For each paragraph (by position), whether it is an entry of a table of contents. */
export function contentsEntries(paragraphs: readonly DocParagraph[]): boolean[] {
  // The headings are folded only once a paragraph looks like an entry: most drafts have no contents list.
  let headings: Set<string> | null = null;
  return paragraphs.map((p) => {
    if (p.headingLevel > 0 || !p.text.includes("\t")) return false;
    const end = entryEnd(p.text);
    if (end < 0) return false;
    if (!headings) {
      headings = new Set<string>();
      // Headings typed as bold text count too: a contents list typed by hand lists them.
      for (const q of paragraphs) if (q.headingLevel > 0 || q.isTitle || (q.bold && !q.text.includes("\t"))) headings.add(foldEntry(q.text));
    }
    // Some entries carry a tab between number and text ("1.1\tDefine ...\t4").
    const entry = foldEntry(p.text.slice(0, end).replace(/\t/g, " "));
    return headings.has(entry);
  });
}
