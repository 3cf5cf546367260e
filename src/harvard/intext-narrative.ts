import { readCitedNames, type CitedNames } from "./intext-authors";
import { PARTICLES, asciiLower, isLower, isUpper } from "./text";
import { isRegexSpace } from "../shared/text/spaces";

// Unicode-property patterns are built once here: a literal with \p{…} inside a function is compiled by
// tsx (the CLI and bench) into `new RegExp(…)`, constructed again on every call.
const DOTTED_ABBREVIATION = /^(?:al\.|et\.|(?:\p{Lu}\.)+)$/u;
const ELIDED_CAPITAL = /^[dDlL]'\p{Lu}/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Narrative citations: the author names written just before a bracket that opens with a year. */

/**
 * Capitalised words that open sentences or clauses: never part of a narrative
 * author run ("Indeed, Papp and Müller (2006)", "According to Starr (2016)").
 */
const SENTENCE_WORDS = new Set(
  (
    "a an the in on at as by for from to of with into onto upon within without and but or nor yet so " +
    "indeed however thus hence therefore moreover furthermore similarly likewise also although though while whilst " +
    "when where whereas since because if unless unlike like according following after before during here there this " +
    "that these those both recently previously earlier later notably interestingly importantly conversely instead " +
    "meanwhile nevertheless nonetheless consequently accordingly additionally finally first firstly second secondly " +
    "third thirdly then using based given my our we i it its their his her your see cf e.g. eg i.e. ie specifically " +
    "particularly especially only even all some many most several each every other another such what which who whom " +
    "whose how why not no yes one two three studies study research researchers authors work works model models theory " +
    "writers writer author report reports review reviews paper papers article articles book books chapter evidence " +
    "findings data table figure fig section unit appendix page level task part question answer ac lo"
  ).split(" "),
);


export interface NamesRun {
  names: CitedNames;
  start: number;
}

// The word tests below run for every word looked at before every narrative bracket, so they
// compare characters rather than run a regular expression each (same results: noted per test).

/** w ends with `a` then `b`, or `a` then `b` upper-cased (as /ab$/i for these ASCII characters). */
function endsWithPair(w: string, a: string, b: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const last = w[n - 1];
  return (w[n - 2] === a || w[n - 2] === a.toUpperCase()) && (last === b || last === b.toUpperCase());
}

/** w without one trailing `ch` (as w.replace(/ch$/, "")). */
function dropLast(w: string, ch: string): string {
  return w.endsWith(ch) ? w.slice(0, -ch.length) : w;
}

/** Ends in sentence or clause punctuation (as /[.;:!?)\]"]$/). */
function endsClause(w: string): boolean {
  return w.length > 0 && '.;:!?)]"'.includes(w[w.length - 1]);
}

/** Holds a digit, a bracket, "/", "=" or "+" (as /[\d()[\]/=+]/): no name does. */
function hasNonNameMark(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x2f || c === 0x3d || c === 0x2b) return true;
  }
  return false;
}

/** Strip a possessive: "O'Neill's" -> "O'Neill", "Hawkins'" -> "Hawkins". */
function dePossess(w: string): string {
  if (endsWithPair(w, "'", "s") && w.length > 3) return w.slice(0, -2);
  if (w.endsWith("'") && endsWithPair(w, "s", "'")) return w.slice(0, -1);
  return w;
}

/** Words that join a Title Case phrase: "Hierarchy of", "Model for". Lower case. */
const LINK_WORDS = new Set(["of", "for", "the", "and", "on", "in", "to"]);

/**
 * What /(\S+)\s+(of|for|the|and|on|in|to)$/i finds in `s` (its two groups), without its
 * backtracking: the last word when it is a link word (any case), and the whole word before it.
 */
function linkWordAtEnd(s: string): [string, string] | null {
  let wordStart = s.length;
  while (wordStart > 0 && !isRegexSpace(s.charCodeAt(wordStart - 1))) wordStart--;
  const word = s.slice(wordStart);
  // ASCII folding only, as the case-insensitive pattern has it
  if (!LINK_WORDS.has(asciiLower(word))) return null;
  let gap = wordStart;
  while (gap > 0 && isRegexSpace(s.charCodeAt(gap - 1))) gap--;
  if (gap === wordStart || gap === 0) return null;
  let prevStart = gap;
  while (prevStart > 0 && !isRegexSpace(s.charCodeAt(prevStart - 1))) prevStart--;
  return [s.slice(prevStart, gap), word];
}

/**
 * The author names written just before a bracket that opens with a year:
 * "Rogers (2012)", "Hawkins' (2011)", "Rogers, Whittleworth and Gilbert (2012)".
 * Looks back a bounded number of words, so the scan stays linear.
 */
export function namesBefore(text: string, open: number): NamesRun | null {
  // never look further back than a long name list could reach, so each bracket costs O(1)
  const floor = Math.max(0, open - 160) - 1;
  let j = open - 1;
  while (j > floor && text[j] === " ") j--;
  let end = j + 1;
  let taken = 0;
  // Words are cut out one at a time, backwards, as the run below asks for them: most runs stop
  // after a word or two, so the up to 14 words in reach are seldom all needed.
  const previousWord = (): { w: string; start: number } | null => {
    if (taken >= 14 || j <= floor) return null;
    let k = j;
    while (k > floor && text[k] !== " ") k--;
    if (k === floor && floor >= 0) {
      taken = 14; // a token cut by the window is not a name, and nothing lies beyond it
      return null;
    }
    const token = { w: text.slice(k + 1, end), start: k + 1 };
    taken++;
    j = k;
    while (j > floor && text[j] === " ") j--;
    end = j + 1;
    return token;
  };
  const run: string[] = [];
  const starts: number[] = [];
  let sawJoin = false;
  for (let t = 0; ; t++) {
    const token = previousWord();
    if (!token) break;
    let w = token.w;
    const isLast = t === 0;
    if (isLast) w = dropLast(dePossess(w), "'s");
    if (w.length === 0) break;
    const bare = dropLast(w, ",");
    const lower = bare.toLowerCase();
    const hasComma = w.endsWith(",");
    if (hasComma && !isLast) {
      // "Rogers, Whittleworth and Gilbert (2012)": a comma only inside a list joined by "and"
      if (!sawJoin || !isUpper(bare[0]) || SENTENCE_WORDS.has(lower)) break;
    }
    if (endsClause(bare) && !DOTTED_ABBREVIATION.test(bare)) break;
    if (hasNonNameMark(bare)) break;
    if (lower === "and" || lower === "&") {
      sawJoin = true;
    } else if (lower === "et" || lower === "et." || lower === "al" || lower === "al." || lower === "colleagues" || lower === "co-workers" || lower === "coworkers") {
      // part of "et al." / "and colleagues"
    } else if (PARTICLES.has(lower) && isLower(bare[0])) {
      // particle
    } else if (isUpper(bare[0]) || ELIDED_CAPITAL.test(bare)) {
      if (SENTENCE_WORDS.has(lower) || SENTENCE_WORDS.has(dropLast(lower, "."))) break;
    } else {
      break;
    }
    run.push(w);
    starts.push(token.start);
  }
  // the words were taken last first: put them back in text order
  run.reverse();
  starts.reverse();
  // "Kolb's Learning Cycle (1984)": the owner of a possessive inside the run is the author
  for (let k = run.length - 2; k >= 0; k--) {
    if (/'s?$/.test(run[k]) && isUpper(run[k][0])) {
      run.splice(k + 1);
      starts.splice(k + 1);
      run[k] = dePossess(run[k]);
      break;
    }
  }
  // The run may not open with a joining word or a dangling particle.
  while (run.length > 0 && /^(?:and|&|et|al\.?)$/i.test(run[0].replace(/,$/, ""))) {
    run.shift();
    starts.shift();
  }
  if (run.length === 0) return null;
  const runStart = starts[0];
  if (!run.some((w) => isUpper(w[0]) && !DOTTED_INITIALS.test(w))) return null;
  const joined = run.join(" ");
  // "Maslow's Hierarchy of Needs (1943)": a Title Case phrase ending "of X" is not a name.
  const before = text.slice(Math.max(0, runStart - 40), runStart).trimEnd();
  const m = linkWordAtEnd(before);
  if (m && isUpper(m[0][0]) && !SENTENCE_WORDS.has(m[0].toLowerCase()) && m[1] === m[1].toLowerCase()) return null;
  const names = readCitedNames(joined);
  if (!names) return null;
  return { names, start: runStart };
}
