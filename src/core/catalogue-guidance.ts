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
import type { DocParagraph } from "../model/document";
import type { Unit } from "../units/types";
import { flattenGuidance } from "../units/guidance-items";
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

// built once: tsx compiles a \p{…} literal inside a function into a `new RegExp` on every call
const NOT_WORD = /[^\p{L}\p{N}' ]+/gu;
const QUOTES = /[’‘`]/g;
const APOSTROPHES = /'/g;
const SPACES = /\s+/g;

/** Letters and digits only, one space between words, lower case; bullets and list numbers off the front. */
export function foldGuidance(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(LEADING_MARKER, "")
    .replace(QUOTES, "'")
    .replace(NOT_WORD, " ")
    .replace(APOSTROPHES, "")
    .replace(SPACES, " ")
    .trim();
}

interface GuidanceText {
  words: number;
  /** How often each word occurs, for the similarity of two texts. */
  counts: Map<string, number>;
}

interface GuidanceIndex {
  exact: Set<string>;
  /** Folded texts by word count, for fuzzy matching against texts of about the same length. */
  byLength: Map<number, GuidanceText[]>;
  /** The most words any guidance text has: a paragraph much longer than that cannot be one. */
  longest: number;
  /** The most characters any folded guidance text has. */
  joinedLongest: number;
  /** Every word of every guidance text. */
  vocabulary: Set<string>;
  /** Every pair of neighbouring words ("your answer") of every guidance text, by the first word. */
  pairs: Map<string, Set<string>>;
  /** Every text folded, joined, for finding a fragment: " a b c | d e f |". */
  joined: string;
}

const indexes = new WeakMap<Unit, GuidanceIndex>();
let genericIndex: GuidanceIndex | null = null;

function paragraphsOf(text: string | undefined): string[] {
  return (text ?? "").split(/\n\s*\n|\n/).map((t) => t.trim()).filter(Boolean);
}

function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of words) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function buildIndex(texts: string[]): GuidanceIndex {
  const exact = new Set<string>();
  const byLength = new Map<number, GuidanceText[]>();
  const joined: string[] = [];
  const vocabulary = new Set<string>();
  const pairs = new Map<string, Set<string>>();
  let longest = 0;
  let longestChars = 0;
  for (const text of texts) {
    const folded = foldGuidance(text);
    if (folded === "" || exact.has(folded)) continue;
    exact.add(folded);
    const words = folded.split(" ");
    for (const w of words) vocabulary.add(w);
    for (let k = 1; k < words.length; k++) {
      let next = pairs.get(words[k - 1]!);
      if (!next) pairs.set(words[k - 1]!, (next = new Set()));
      next.add(words[k]!);
    }
    const list = byLength.get(words.length) ?? [];
    list.push({ words: words.length, counts: wordCounts(words) });
    byLength.set(words.length, list);
    longest = Math.max(longest, words.length);
    longestChars = Math.max(longestChars, folded.length);
    joined.push(folded);
  }
  return { exact, byLength, longest, joinedLongest: longestChars, vocabulary, pairs, joined: ` ${joined.join(" | ")} ` };
}

/**
 * Guidance, even edited, keeps most of its word pairs in order ("your answer",
 * "answer should"); a learner's prose on the same subject shares its words but
 * few of its pairs.
 */
const PAIR_SHARE = 0.5;
/** The first look reads this many words at most, and gives up after EARLY_WORDS with no pair in common. */
const FIRST_LOOK_WORDS = 10;
const EARLY_WORDS = 5;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * A cheap first look at a paragraph's first words (no Unicode folding, no
 * regular expression over the whole text): whether enough of its word pairs
 * are the unit's guidance's for the paragraph to be worth comparing. Answers
 * rarely pass; guidance, even edited, does.
 */
function mayBeGuidance(text: string, index: GuidanceIndex): boolean {
  let words = 0;
  let knownPairs = 0;
  let previous = "";
  let start = -1;
  const end = Math.min(text.length, 400);
  for (let i = 0; i <= end && words < FIRST_LOOK_WORDS; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (start < 0) start = i;
      continue;
    }
    // Apostrophes join a word's parts, as the fold does; the first look only needs the first part.
    if (start < 0 || c === 39 || c === 0x2019 || c === 0x2018 || c === 96) continue;
    const word = text.slice(start, i).toLowerCase();
    start = -1;
    // A list marker typed as a letter ("o", "a") is no word of the guidance.
    if (words === 0 && word.length === 1 && !index.vocabulary.has(word)) continue;
    words++;
    if (previous !== "" && index.pairs.get(previous)?.has(word)) knownPairs++;
    previous = word;
    // Most answers share no pair at all with the guidance in their first words: stop there.
    if (words === EARLY_WORDS && knownPairs === 0) return false;
  }
  if (words === 1) return index.vocabulary.has(previous);
  return words > 1 && knownPairs >= (words - 1) * PAIR_SHARE;
}

function indexFor(unit: Unit | null): GuidanceIndex {
  if (!unit) return (genericIndex ??= buildIndex(LEAD_LINES));
  let index = indexes.get(unit);
  if (!index) {
    const texts = [...LEAD_LINES, ...(unit.notes ?? []), ...paragraphsOf(unit.brief)];
    if (unit.introduction) texts.push(unit.introduction.prompt);
    for (const o of unit.outcomes) texts.push(...paragraphsOf(o.intro), ...paragraphsOf(o.brief));
    for (const c of unit.criteria) texts.push(...c.passDescriptors, ...flattenGuidance(c.indicativeContent).map((g) => g.text), ...paragraphsOf(c.brief));
    index = buildIndex(texts);
    indexes.set(unit, index);
  }
  return index;
}

/** Dice similarity of two word multisets. */
function dice(a: Map<string, number>, aWords: number, b: GuidanceText): number {
  let shared = 0;
  for (const [t, n] of a) shared += Math.min(n, b.counts.get(t) ?? 0);
  return (2 * shared) / (aWords + b.words);
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
  let counts: Map<string, number> | null = null;
  for (let len = low; len <= high; len++) {
    for (const g of index.byLength.get(len) ?? []) {
      counts ??= wordCounts(words);
      if (dice(counts, n, g) >= FUZZY) return "strong";
    }
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
  // A paragraph much longer than any guidance text cannot be one.
  const maxChars = Math.ceil(index.joinedLongest / 0.75) + 20;
  paragraphs.forEach((p, i) => {
    // Most answers are told apart by the first look, without folding.
    if (p.headingLevel > 0 || !eligible(i) || !mayBeGuidance(p.text, index)) return;
    const folded = foldGuidance(p.text);
    if (folded.length > maxChars) return;
    const m = matchOf(folded, index);
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
