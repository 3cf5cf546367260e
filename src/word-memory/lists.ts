/**
 * Lists in the in-memory Word: bulleted and numbered lists, multilevel numbering and numbering
 * attached to paragraph styles (Word's "Heading 1 / 1.1" outline numbering).
 *
 * What Word documents, and this models:
 * - the number or bullet is not part of `Paragraph.text`; `Paragraph.isListItem` says the paragraph
 *   is in a list and `Paragraph.listItemOrNullObject.listString` gives what Word displays
 *   (WordApi 1.3: https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-islistitem-member,
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.listitem#word-word-listitem-liststring-member);
 * - `Paragraph.detachFromList()` moves a paragraph out of its list
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-detachfromlist-member(1));
 * - `Paragraph.startNewList()` fails when the paragraph is already a list item (same page; office-js #2307);
 * - `List.setLevelNumbering(level, numbering, formatString)` where the format mixes level indexes and
 *   text, e.g. [0, ".", 1] for "1.1" (https://learn.microsoft.com/en-us/javascript/api/word/word.list#word-word-list-setlevelnumbering-member(1)).
 * Counting follows Word's numbering: an item counts at its level, and a shallower item restarts
 * the deeper levels (ECMA-376 Part 1, 17.9 "Numbering").
 */
import { MemoryOfficeError } from "./office-error";
import type { MemoryDocument, ParaData } from "./model";

export type ListNumbering = "None" | "Arabic" | "UpperRoman" | "LowerRoman" | "UpperLetter" | "LowerLetter" | "Bullet";

export interface ListLevel {
  numbering: ListNumbering;
  /** Level indexes and literal text: [0, ".", 1] renders "1.1". Ignored for bullets. */
  format: Array<string | number>;
}

export interface ListData {
  readonly id: number;
  levels: ListLevel[];
}

export interface ListRef {
  list: ListData;
  level: number;
}

/** What Word shows for a bullet; the real glyph depends on the bullet's font (no source gives the string Word reports). */
export const BULLET = "\u2022";

/** Word's default multilevel numbering: "1.", "1.1", "1.1.1" ... */
export function defaultLevels(kind: "number" | "bullet" = "number"): ListLevel[] {
  return Array.from({ length: 9 }, (_, level) =>
    kind === "bullet"
      ? { numbering: "Bullet" as const, format: [] }
      : { numbering: "Arabic" as const, format: level === 0 ? [0, "."] : Array.from({ length: level + 1 }, (_, i) => i).flatMap((i) => (i === 0 ? [i] : [".", i])) },
  );
}

export function createList(doc: MemoryDocument, levels: ListLevel[] = defaultLevels()): ListData {
  const list: ListData = { id: doc.nextListId++, levels };
  doc.lists.push(list);
  return list;
}

/** The list a paragraph is in: its own, else its style's; none once detached. */
export function listOf(doc: MemoryDocument, p: ParaData): ListRef | null {
  if (p.list === null) return null;
  return p.list ?? doc.styleNumbering.get(p.style) ?? null;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past Z: 27 is "AA", 28 "BB".
  if (n <= 0) return "";
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function render(n: number, numbering: ListNumbering): string {
  switch (numbering) {
    case "Arabic":
      return String(n);
    case "UpperRoman":
      return roman(n);
    case "LowerRoman":
      return roman(n).toLowerCase();
    case "UpperLetter":
      return letters(n);
    case "LowerLetter":
      return letters(n).toLowerCase();
    default:
      return "";
  }
}

/** The string Word displays before the paragraph ("1.1", "a)", a bullet), or "" when it is in no list. */
export function listStringOf(doc: MemoryDocument, p: ParaData): string {
  const own = listOf(doc, p);
  if (!own) return "";
  const counters: number[] = [];
  for (const q of doc.paragraphs) {
    const ref = listOf(doc, q);
    if (!ref || ref.list !== own.list) {
      if (q === p) break;
      continue;
    }
    counters[ref.level] = (counters[ref.level] ?? 0) + 1;
    counters.length = ref.level + 1;
    if (q === p) break;
  }
  const level = own.list.levels[own.level] ?? { numbering: "Arabic" as const, format: [own.level] };
  if (level.numbering === "Bullet") return BULLET;
  if (level.numbering === "None") return "";
  return level.format
    .map((part) => (typeof part === "number" ? render(counters[part] ?? 0, own.list.levels[part]?.numbering ?? "Arabic") : part))
    .join("");
}

/** Paragraph.startNewList: a new numbered list holding this paragraph; fails on a list item (office-js #2307). */
export function startNewList(doc: MemoryDocument, p: ParaData): ListData {
  doc.indexOf(p);
  doc.assertEditable(p.controls);
  if (listOf(doc, p)) throw new MemoryOfficeError("InvalidArgument", "The paragraph is already a list item: detach it first.");
  const list = createList(doc);
  p.list = { list, level: 0 };
  return list;
}

export function detachFromList(doc: MemoryDocument, p: ParaData): void {
  doc.indexOf(p);
  doc.assertEditable(p.controls);
  // Detaching also overrides numbering that comes with the style (numId 0 in the file).
  p.list = null;
}

export function setLevel(doc: MemoryDocument, p: ParaData, level: number): void {
  doc.indexOf(p);
  doc.assertEditable(p.controls);
  const ref = listOf(doc, p);
  if (!ref) throw new MemoryOfficeError("ItemNotFound", "The paragraph is not a list item.");
  if (!Number.isInteger(level) || level < 0 || level > 8) throw new MemoryOfficeError("InvalidArgument", "A list level is 0 to 8.");
  p.list = { list: ref.list, level };
}

export function setLevelNumbering(doc: MemoryDocument, list: ListData, level: number, numbering: ListNumbering, format?: Array<string | number>): void {
  doc.assertWritable();
  if (!Number.isInteger(level) || level < 0 || level > 8) throw new MemoryOfficeError("InvalidArgument", "A list level is 0 to 8.");
  if (numbering === "Bullet") throw new MemoryOfficeError("InvalidArgument", "Use setLevelBullet for bullets.");
  list.levels[level] = { numbering, format: format ?? [level, "."] };
}
