/**
 * Guidance pasted from the unit's own documents: learners copy the seeds'
 * blocks into their drafts ("To pass this question, make sure your answer
 * includes:" and its bullets, "Your answer should cover the following in
 * detail:", a centre's notes) and forget to delete them. Such paragraphs are
 * recognised by comparing them with the unit catalogue's own guidance texts
 * (pass descriptors, indicative content, briefs, outcome introductions, unit
 * notes), tolerant of bullets, numbering, punctuation, case and small edits.
 *
 * To keep clear of false alarms:
 * - headings are never guidance (a learner may use a guidance item as a subheading);
 * - a short paragraph (under six words) or a short bold one counts only beside
 *   other recognised guidance;
 * - a fuzzy match needs six words or more and nearly the same words.
 */
import type { DocParagraph } from "./model";
import type { Unit } from "../units/types";
import { isShortBold } from "./structure-headings";

/** The lead lines of the seeds' guidance blocks and of the add-in's template, for every unit. */
const LEAD_LINES = [
  "To pass this question, make sure your answer includes:",
  "To pass, make sure your answer includes:",
  "Your answer should cover the following:",
  "Your answer should cover the following in detail:",
  "Your answer should cover:",
  "The Marking Descriptors are included to guide you on what the Assessor will be looking for to pass.",
  "Note: everything between these brackets is there to guide you through the completion of the assignment only.",
];

const MIN_WORDS = 6;
/** Dice similarity over words for "small edits". */
const FUZZY = 0.85;
/** Fragments of a longer guidance text are looked for only in paragraphs up to this long. */
const MAX_FRAGMENT_WORDS = 40;

// Leading bullets and list numbers: "•", "-", "o", "", "1.", "a)", "(iv)".
const LEADING_MARKER = /^(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\uf076\uf0d8*\-\u2013\u2014>o]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)+/u;

/** Letters and digits only, one space between words, lower case; bullets and list numbers off the front. */
export function foldGuidance(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(LEADING_MARKER, "")
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/'/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface GuidanceIndex {
  exact: Set<string>;
  /** Folded texts by word count, for fuzzy matching against texts of about the same length. */
  byLength: Map<number, Array<{ folded: string; words: string[] }>>;
  /** Every text folded, joined, for finding a fragment: " a b c | d e f |". */
  joined: string;
}

const indexes = new WeakMap<Unit, GuidanceIndex>();
let genericIndex: GuidanceIndex | null = null;

function paragraphsOf(text: string | undefined): string[] {
  return (text ?? "").split(/\n\s*\n|\n/).map((t) => t.trim()).filter(Boolean);
}

function buildIndex(texts: string[]): GuidanceIndex {
  const exact = new Set<string>();
  const byLength = new Map<number, Array<{ folded: string; words: string[] }>>();
  const joined: string[] = [];
  for (const text of texts) {
    const folded = foldGuidance(text);
    if (folded === "" || exact.has(folded)) continue;
    exact.add(folded);
    const words = folded.split(" ");
    const list = byLength.get(words.length) ?? [];
    list.push({ folded, words });
    byLength.set(words.length, list);
    joined.push(folded);
  }
  return { exact, byLength, joined: ` ${joined.join(" | ")} ` };
}

function indexFor(unit: Unit | null): GuidanceIndex {
  if (!unit) return (genericIndex ??= buildIndex(LEAD_LINES));
  let index = indexes.get(unit);
  if (!index) {
    const texts = [...LEAD_LINES, ...(unit.notes ?? []), ...paragraphsOf(unit.brief)];
    if (unit.introduction) texts.push(unit.introduction.prompt);
    for (const o of unit.outcomes) texts.push(...paragraphsOf(o.intro), ...paragraphsOf(o.brief));
    for (const c of unit.criteria) texts.push(...c.passDescriptors, ...c.indicativeContent, ...paragraphsOf(c.brief));
    index = buildIndex(texts);
    indexes.set(unit, index);
  }
  return index;
}

function dice(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const c = counts.get(t);
    if (c) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** How a paragraph compares with the guidance: "strong" on its own, "exact" (short, needs a neighbour), or none. */
function matchOf(folded: string, index: GuidanceIndex): "strong" | "exact" | null {
  if (folded === "") return null;
  const words = folded.split(" ");
  const n = words.length;
  if (index.exact.has(folded)) return n >= MIN_WORDS ? "strong" : "exact";
  if (n < MIN_WORDS) return null;
  // A part of a longer guidance text (a bullet list pasted as one line, a paragraph split in two).
  if (n <= MAX_FRAGMENT_WORDS && index.joined.includes(` ${folded} `)) return "strong";
  // Small edits: nearly the same words as a text of about the same length.
  const low = Math.ceil(n * 0.75);
  const high = Math.floor(n / 0.75);
  for (let len = low; len <= high; len++) {
    for (const g of index.byLength.get(len) ?? []) if (dice(words, g.words) >= FUZZY) return "strong";
  }
  return null;
}

/**
 * For each paragraph (by position), whether it is guidance pasted from the unit's
 * documents. `eligible(i)` says which paragraphs may be (body text not already
 * classed otherwise).
 */
export function pastedGuidance(paragraphs: readonly DocParagraph[], unit: Unit | null, eligible: (i: number) => boolean): boolean[] {
  const index = indexFor(unit);
  const out = new Array<boolean>(paragraphs.length).fill(false);
  const weak = new Array<boolean>(paragraphs.length).fill(false);
  paragraphs.forEach((p, i) => {
    if (p.headingLevel > 0 || !eligible(i) || p.text.trim() === "") return;
    const m = matchOf(foldGuidance(p.text), index);
    if (m === "strong" && !isShortBold(p)) out[i] = true;
    else if (m) weak[i] = true;
  });
  // Short items and bold lines count beside recognised guidance: spread along runs of them.
  const near = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < paragraphs.length; j += step) {
      if (paragraphs[j]!.text.trim() === "") continue;
      return out[j]!;
    }
    return false;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < paragraphs.length; i++) {
      if (weak[i] && !out[i] && (near(i, -1) || near(i, 1))) {
        out[i] = true;
        changed = true;
      }
    }
  }
  return out;
}
