import { isUpper } from "./text";
import type { FoundCitation } from "./intext";
import type { YearToken } from "./types";
import { yearAt } from "./year";
import { plainTextForMatching } from "../shared/text/clean";

/**
 * A year in brackets that the citation scanner read no author for: "The review (2019) was
 * late", "the EMCC Global Code of Ethics (2021)", "Maslow's Hierarchy of Needs (1943)". Such a
 * bracket is never an error: a Title Case phrase before it may name a source in the reference
 * list (matched in bare-year-match.ts), and a plain word for a piece of work ("review", "study")
 * with no name near it earns a note asking whose work it is.
 */
export interface BareYear {
  /** The words read before the bracket and the bracket: "The review (2019)". */
  text: string;
  year: YearToken;
  /** Offset of the year in the cleaned paragraph text. */
  offset: number;
  /**
   * The capitalised words before the bracket, possessives stripped, each with the words that
   * follow it up to the bracket: ["EMCC", "Global", "Code", "of", "Ethics"]. Empty when none.
   */
  phrase: string[];
  /** The word for a piece of work just before the bracket ("review"), when no capitalised name stands near it. */
  workNoun: string | null;
}

/** "(2019)", "(2019a)", "(2019, p. 4)", "(2019: 12)": a bracket holding a year and at most a page. */
const YEAR_BRACKET = /\((\d{4}[a-z]?)(?:\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-\u2013]\s*\d+)?)?\)/g;

/** Words that name a piece of work a learner might cite without its author. Lower case. */
const WORK_NOUNS = new Set(
  (
    "review reviews study studies survey surveys report reports research article articles paper papers book books " +
    "chapter guide guidance framework model theory analysis meta-analysis inquiry enquiry evaluation audit publication " +
    "document documents handbook findings trial trials experiment experiments investigation briefing factsheet " +
    "toolkit website blog podcast video interview questionnaire consultation strategy white-paper textbook thesis " +
    "dissertation journal editorial commentary literature summary overview"
  ).split(" "),
);

/** Capitalised words that open a sentence or phrase and name nobody. Lower case. */
const OPENERS = new Set(
  (
    "the a an this that these those our their his her its my your one another recent earlier later new " +
    "in on at by for from to of with as and but or so however also according following after before " +
    "while whilst when where although though since because if its such"
  ).split(" "),
);

/** Words that open a noun phrase: "The review", "a recent study". Lower case. */
const DETERMINERS = new Set("the a an this that these those our their his her its my your one another".split(" "));

/** Words that may join a Title Case phrase ("Code of Ethics"). Lower case. */
const LINKS = new Set(["of", "for", "the", "and", "on", "in", "to", "&"]);

/** How many words before the bracket are looked at: a code's or report's name, not a sentence. */
const WINDOW = 8;

function stripPossessive(w: string): string {
  if (/'s$/i.test(w) && w.length > 3) return w.slice(0, -2);
  if (/s'$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The bare years of one paragraph: brackets with a year that none of the paragraph's citations
 * (`found`, from scanCitations on the same text) was read from. Linear in the paragraph.
 */
export function findBareYears(raw: string, found: readonly FoundCitation[]): BareYear[] {
  if (!mayHoldBareYear(raw, found)) return [];
  const text = plainTextForMatching(raw);
  const out: BareYear[] = [];
  YEAR_BRACKET.lastIndex = 0;
  for (let m = YEAR_BRACKET.exec(text); m; m = YEAR_BRACKET.exec(text)) {
    const open = m.index;
    const close = open + m[0].length;
    if (found.some((c) => c.offset > open && c.offset < close)) continue;
    const y = yearAt(text, open + 1);
    if (!y) continue;
    const words = wordsBefore(text, open);
    if (words.length === 0) continue;
    const phrase = capitalisedRun(words);
    const last = stripPossessive(words[words.length - 1].w).toLowerCase();
    const workNoun = phrase.length === 0 && WORK_NOUNS.has(last) ? last : null;
    if (phrase.length === 0 && !workNoun) continue;
    // "The review (2019)", "A recent study (2020)": the noun with the word before it and a determiner; or the whole phrase
    let first = phrase.length > 0 ? words.length - phraseSpan(words, phrase) : Math.max(0, words.length - 2);
    if (phrase.length === 0 && first > 0 && DETERMINERS.has(words[first - 1].w.toLowerCase())) first--;
    const start = words[first].start;
    out.push({ text: text.slice(start, close).replace(/^[("'\u2018\u201c]+/, ""), year: y.year, offset: y.start, phrase, workNoun });
  }
  return out;
}

/**
 * Is there a "(" and four digits that no citation was read from? A citation read from such a
 * bracket has its year straight after the "(". Most paragraphs have none, or only narrative
 * citations ("Starr (2016)"), and are ruled out with indexOf alone. (Offsets are those of the
 * cleaned text; where cleaning moved them this says yes and the full reading decides.)
 */
function mayHoldBareYear(s: string, found: readonly FoundCitation[]): boolean {
  for (let open = s.indexOf("("); open >= 0; open = s.indexOf("(", open + 1)) {
    const c = s.charCodeAt(open + 1);
    if (c < 0x30 || c > 0x39) continue;
    if (!found.some((f) => f.offset === open + 1)) return true;
  }
  return false;
}

interface Word {
  w: string;
  start: number;
}

/** Up to WINDOW words before `open`, in text order, stopping at sentence or clause punctuation. */
function wordsBefore(text: string, open: number): Word[] {
  const words: Word[] = [];
  let end = open;
  while (words.length < WINDOW) {
    while (end > 0 && text[end - 1] === " ") end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && text[start - 1] !== " ") start--;
    const token = text.slice(start, end);
    // a word ending a clause ends the run
    if (words.length > 0 && /[.;:!?,)\]"\u201d]$/.test(token)) break;
    const lead = /^[("'\u2018\u201c[]*/.exec(token)![0].length;
    const w = token.slice(lead).replace(/[,;:]+$/, "");
    if (w.length > 0) words.unshift({ w, start: start + lead });
    // so does an opening bracket or quotation mark
    if (lead > 0) break;
    end = start;
  }
  return words;
}

/**
 * The Title Case run that ends just before the bracket: "EMCC Global Code of Ethics",
 * "Maslow's Hierarchy of Needs", or the capitalised name before a work noun ("CIPD survey" ->
 * "CIPD"). Openers ("The", "Our") are left out. Possessives are stripped.
 */
function capitalisedRun(words: readonly Word[]): string[] {
  let k = words.length - 1;
  // "a CIPD survey (2023)", "Covey's review (1989)": step back over one work noun
  if (!isUpper(words[k].w[0]) && WORK_NOUNS.has(stripPossessive(words[k].w).toLowerCase())) k--;
  const run: string[] = [];
  for (; k >= 0; k--) {
    const w = stripPossessive(words[k].w);
    const lower = w.toLowerCase();
    // "J.D. (2006)", "etc. (2019)": initials and abbreviations name nothing here
    if (w.endsWith(".")) break;
    if (isUpper(w[0]) && !/\d/.test(w)) {
      if (OPENERS.has(lower)) break;
      run.unshift(w);
    } else if (LINKS.has(lower) && run.length > 0) {
      run.unshift(w);
    } else break;
  }
  while (run.length > 0 && LINKS.has(run[0].toLowerCase())) run.shift();
  return run;
}

/** How many words, counted back from the bracket, the phrase and anything after it take. */
function phraseSpan(words: readonly Word[], phrase: readonly string[]): number {
  const lastIsNoun = !isUpper(words[words.length - 1].w[0]);
  return phrase.length + (lastIsNoun ? 1 : 0);
}
