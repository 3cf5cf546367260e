import { readCitedNames, type CitedNames } from "./intext-authors";
import { PARTICLES, cleanText, isDigit, isLetter, isLower, isUpper, trimEndOf } from "./text";
import type { CitationStyleSlip, ParsedCitation, YearToken } from "./types";
import { findYear, yearAt } from "./year";

/** A citation found in one paragraph, before it is placed in a section. */
export type FoundCitation = Omit<ParsedCitation, "paragraph" | "ac">;

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

/** Prefixes learners and journals put before the names inside a bracket. Matched at the start, case-insensitively. */
const PREFIX_PHRASES = [
  "for a review see", "for review see", "for a review", "for review", "see for example", "see e.g.", "see eg",
  "see also", "but see", "see", "e.g.,", "e.g.", "e.g", "eg.", "eg,", "eg", "i.e.,", "i.e.", "ie", "cf.", "cf", "compare",
  "for example,", "for example", "for instance,", "for instance", "reviewed in", "reviewed by", "review in",
  "adapted from", "based on", "derived from", "taken from", "modified from", "after", "source:", "sources:",
  "as in", "as per", "also", "and", "&", "in", "by", "from", "with", "or", "vs.", "versus",
];

const SECONDARY_MARK = /^(?:as\s+)?(?:cited|quoted|referenced|reported|discussed|summarised|summarized)\s+(?:in|by)\b\s*:?/i;

/** Page and other locators after the year. Sticky and anchored: no backtracking over the text. */
const LOCATOR =
  /\s*([,:])?\s*(?:(pp?\.?|pages?|pgs?\.?|paras?\.?|paragraphs?|ch\.?|chapters?|sect?\.?|sections?|loc\.?)\s*)?(\d+[a-z]?(?:\s*[-\u2010-\u2015]\s*\d+[a-z]?)?(?:\s*,\s*\d+[a-z]?(?:\s*[-\u2010-\u2015]\s*\d+[a-z]?)?)*|[ivxlc]+(?:\s*[-\u2013]\s*[ivxlc]+)?)(?![\p{L}\d])/iuy;

const DATE_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|early|mid|late|since|until|before|after|circa|c\.)\.?,?$/i;

type PrefixResult = { names: string; kind: "empty" | "prefix-only" | "names" | "junk" | "digits" };

function startsWithWord(s: string, phrase: string): boolean {
  if (s.length < phrase.length) return false;
  if (s.slice(0, phrase.length).toLowerCase() !== phrase) return false;
  const next = s[phrase.length];
  const last = phrase[phrase.length - 1];
  // phrases ending in punctuation may be followed by anything; words need a boundary
  return next === undefined || !isLetter(last) || !isLetter(next);
}

/** Take the names out of the text before a year: drop "see", "e.g.", "Table 1", "Dryad:" and the like. */
export function stripPrefix(raw: string): PrefixResult {
  let s = trimEndOf(raw.replace(/^[\s,;:.]+/, ""), " ,;");
  if (s.length === 0) return { names: "", kind: "empty" };
  let strippedPrefix = false;
  // A label ending in a colon: "Dryad: Schuman et al."
  const colon = s.lastIndexOf(":");
  if (colon >= 0) {
    s = s.slice(colon + 1).trim();
    strippedPrefix = true;
  }
  // Anything up to the last token with a digit: "Table 1 Allmann and Baldwin".
  const tokens = s.split(/\s+/);
  let lastDigit = -1;
  for (let k = 0; k < tokens.length; k++) if (/\d/.test(tokens[k])) lastDigit = k;
  let digits = false;
  if (lastDigit >= 0) {
    s = tokens.slice(lastDigit + 1).join(" ").replace(/^[\s,;:.]+/, "");
    digits = true;
  }
  let changed = true;
  let junk = false;
  while (changed && s.length > 0) {
    changed = false;
    for (const p of PREFIX_PHRASES) {
      if (startsWithWord(s, p)) {
        s = s.slice(p.length).replace(/^[\s,;:]+/, "");
        strippedPrefix = true;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    // other lower-case words before the names ("as described by", "data from")
    const w = /^\S+/.exec(s)?.[0] ?? "";
    if (isLower(w[0]) && !(PARTICLES.has(w.toLowerCase()) && /^\S+\s+\S/.test(s)) && !/^[dl]'/i.test(w)) {
      s = s.slice(w.length).replace(/^[\s,;:]+/, "");
      junk = true;
      changed = true;
    }
  }
  if (s.length > 0) return { names: s, kind: "names" };
  if (digits) return { names: "", kind: "digits" };
  if (junk) return { names: "", kind: "junk" };
  return { names: "", kind: strippedPrefix ? "prefix-only" : "empty" };
}

interface NamesRun {
  names: CitedNames;
  start: number;
}

/** Strip a possessive: "O'Neill's" -> "O'Neill", "Hawkins'" -> "Hawkins". */
function dePossess(w: string): string {
  if (/'s$/i.test(w) && w.length > 3) return w.slice(0, -2);
  if (w.endsWith("'") && /s'$/i.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The author names written just before a bracket that opens with a year:
 * "Rogers (2012)", "Hawkins' (2011)", "Rogers, Whittleworth and Gilbert (2012)".
 * Looks back a bounded number of words, so the scan stays linear.
 */
function namesBefore(text: string, open: number): NamesRun | null {
  // never look further back than a long name list could reach, so each bracket costs O(1)
  const floor = Math.max(0, open - 160) - 1;
  let j = open - 1;
  while (j > floor && text[j] === " ") j--;
  const tokens: { w: string; start: number }[] = [];
  let end = j + 1;
  for (let guard = 0; guard < 14 && j > floor; guard++) {
    let k = j;
    while (k > floor && text[k] !== " ") k--;
    if (k === floor && floor >= 0) break; // a token cut by the window is not a name
    tokens.push({ w: text.slice(k + 1, end), start: k + 1 });
    j = k;
    while (j > floor && text[j] === " ") j--;
    end = j + 1;
  }
  const run: string[] = [];
  const starts: number[] = [];
  let sawJoin = false;
  for (let t = 0; t < tokens.length; t++) {
    let w = tokens[t].w;
    const isLast = t === 0;
    if (isLast) w = dePossess(w).replace(/'s$/, "");
    if (w.length === 0) break;
    const bare = w.replace(/,$/, "");
    const lower = bare.toLowerCase();
    const hasComma = w.endsWith(",");
    if (hasComma && !isLast) {
      // "Rogers, Whittleworth and Gilbert (2012)": a comma only inside a list joined by "and"
      if (!sawJoin || !isUpper(bare[0]) || SENTENCE_WORDS.has(lower)) break;
    }
    if (/[.;:!?)\]"]$/.test(bare) && !/^(?:al\.|et\.|(?:\p{Lu}\.)+)$/u.test(bare)) break;
    if (/[\d()[\]/=+]/.test(bare)) break;
    if (lower === "and" || lower === "&") {
      sawJoin = true;
    } else if (lower === "et" || lower === "et." || lower === "al" || lower === "al." || lower === "colleagues" || lower === "co-workers" || lower === "coworkers") {
      // part of "et al." / "and colleagues"
    } else if (PARTICLES.has(lower) && isLower(bare[0])) {
      // particle
    } else if (isUpper(bare[0]) || /^[dDlL]'\p{Lu}/u.test(bare)) {
      if (SENTENCE_WORDS.has(lower) || SENTENCE_WORDS.has(lower.replace(/\.$/, ""))) break;
    } else {
      break;
    }
    run.unshift(w);
    starts.unshift(tokens[t].start);
  }
  // The run may not open with a joining word or a dangling particle.
  while (run.length > 0 && /^(?:and|&|et|al\.?)$/i.test(run[0].replace(/,$/, ""))) {
    run.shift();
    starts.shift();
  }
  if (run.length === 0) return null;
  const runStart = starts[0];
  if (!run.some((w) => isUpper(w[0]) && !/^(?:\p{Lu}\.)+$/u.test(w))) return null;
  const joined = run.join(" ");
  // "Maslow's Hierarchy of Needs (1943)": a Title Case phrase ending "of X" is not a name.
  const before = text.slice(Math.max(0, runStart - 40), runStart).trimEnd();
  const m = /(\S+)\s+(of|for|the|and|on|in|to)$/i.exec(before);
  if (m && isUpper(m[1][0]) && !SENTENCE_WORDS.has(m[1].toLowerCase()) && m[2] === m[2].toLowerCase()) return null;
  const names = readCitedNames(joined);
  if (!names) return null;
  return { names, start: runStart };
}

function locatorSlip(label: string | undefined, sep: string | undefined, whole: string): boolean {
  if (sep === ":") return true;
  if (!label) return false;
  const l = label.toLowerCase();
  if (l !== "p." && l !== "pp.") return true;
  // CTR: "p. 42" with a space
  return !/^\s*,?\s*pp?\.\s+\d/i.test(whole);
}

/**
 * Every author–date citation in one paragraph's text. Brackets are matched with a
 * stack in one pass; each bracket's content is read once; narrative names are
 * looked for a bounded distance back. Linear in the length of the text.
 */
export function scanCitations(raw: string): FoundCitation[] {
  const text = cleanText(raw);
  const out: FoundCitation[] = [];
  interface Frame {
    open: number;
    ch: string;
    children: [number, number][];
  }
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") {
      if (stack.length < 16) stack.push({ open: i, ch: c, children: [] });
    } else if (stack.length === 0 && isDigit(c) && text[i - 1] === " " && text[i - 2] === ",") {
      // "… from birth Derecki et al., 2012." : kept by the caller only if it matches an entry
      const y = yearAt(text, i);
      if (y) {
        const run = namesBefore(text, i - 2);
        if (run && (run.names.etAl || run.names.joined || run.names.authors.length === 1)) {
          out.push({
            ...makeCitation(run.names, y.year, text.slice(run.start, y.end), false, undefined, false, undefined, ["unbracketed"], i),
            unbracketed: true,
          });
          i = y.end - 1;
        }
      }
    } else if ((c === ")" || c === "]") && stack.length > 0) {
      const frame = stack.pop() as Frame;
      const found = readGroup(text, frame.open, i, frame.children, frame.ch === "[");
      if (found.length > 0) {
        out.push(...found);
        if (stack.length > 0) stack[stack.length - 1].children.push([frame.open, i]);
      }
    }
  }
  out.sort((a, b) => a.offset - b.offset);
  return out;
}

/** Split on ";" outside nested brackets; returns [start, end) ranges within s. */
function splitParts(s: string): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === ";" && depth === 0) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, s.length]);
  return parts;
}

function readGroup(text: string, open: number, close: number, children: [number, number][], square: boolean): FoundCitation[] {
  // nested brackets that held citations of their own are blanked out, in one pass
  let content: string;
  if (children.length === 0) content = text.slice(open + 1, close);
  else {
    const pieces: string[] = [];
    let from = open + 1;
    for (const [a, b] of children) {
      pieces.push(text.slice(from, a), " ".repeat(b - a + 1));
      from = b + 1;
    }
    pieces.push(text.slice(from, close));
    content = pieces.join("");
  }
  if (!findYear(content, 0)) return [];
  const out: FoundCitation[] = [];
  let prevNames: CitedNames | null = null;
  let narrativeTried = false;
  let narrative: NamesRun | null = null;
  const parts = splitParts(content);
  const single = parts.length === 1;
  for (let pi = 0; pi < parts.length; pi++) {
    const [ps, pe] = parts[pi];
    const part = content.slice(ps, pe);
    const base = open + 1 + ps;
    let pos = 0;
    let last: FoundCitation | null = null;
    let partNames: CitedNames | null = null;
    while (pos < part.length) {
      const y = findYear(part, pos);
      if (!y) break;
      let before = part.slice(pos, y.start);
      let secondary = false;
      const trimmed = before.replace(/^[\s,;]+/, "");
      const sm = SECONDARY_MARK.exec(trimmed);
      if (sm) {
        secondary = true;
        before = trimmed.slice(sm[0].length);
      }
      const pre = stripPrefix(before);
      let names: CitedNames | null = null;
      let isNarrative = false;
      let textStart = base + pos + (before.length - before.trimStart().length);
      if (pre.kind === "names" && DATE_WORDS.test(pre.names)) {
        // "(14 March 2019)", "(Summer 2020)": a date, not a citation
        names = null;
      } else if (pre.kind === "names") {
        names = readCitedNames(pre.names);
        if (names) textStart = base + part.indexOf(pre.names.split(/\s+/)[0], pos);
      } else if (pre.kind === "empty" || pre.kind === "prefix-only") {
        names = partNames ?? prevNames;
        if (!names && out.length === 0 && pi === 0 && last === null) {
          if (!narrativeTried) {
            narrativeTried = true;
            narrative = namesBefore(text, open);
          }
          if (narrative) {
            names = narrative.names;
            isNarrative = true;
            textStart = narrative.start;
          }
        }
      }
      // What follows the year: more years, a locator, or nothing that reads as prose.
      let j = y.end;
      const years: YearToken[] = [y.year];
      for (;;) {
        let k = j;
        while (part[k] === " ") k++;
        if (part[k] !== ",") {
          // "2014a, b" has a comma; "2009a 2009b" does not
          if (k === j) break;
        } else k++;
        while (part[k] === " ") k++;
        const ny = yearAt(part, k);
        if (ny && ny.year.base.length === 4) {
          years.push(ny.year);
          j = ny.end;
          continue;
        }
        const ch = part[k];
        if (y.year.suffix && ch !== undefined && ch >= "a" && ch <= "z" && !isLetter(part[k + 1]) && part[k + 1] !== "." && !isDigit(part[k + 1])) {
          years.push({ text: y.year.base + ch, base: y.year.base, suffix: ch });
          j = k + 1;
          continue;
        }
        break;
      }
      let locator: string | undefined;
      let locSlip = false;
      LOCATOR.lastIndex = j;
      const lm = LOCATOR.exec(part);
      if (lm && (lm[2] || lm[1] || /^\s*,\s*\d/.test(lm[0]))) {
        locator = lm[0].replace(/^\s*[,:]?\s*/, "").trim();
        if (!lm[1] && !lm[2]) locator = undefined;
        else {
          locSlip = locatorSlip(lm[2], lm[1], lm[0]);
          j = LOCATOR.lastIndex;
        }
      }
      // Prose straight after the year ("2000 words", "2000 ion trap") means this is no citation.
      const pm = /^ +(\p{L}+)/u.exec(part.slice(j, j + 24));
      const prose = pm !== null && !/^(?:cited|quoted|as|and|in|see|also|for|reviewed|referenced|reported|et)$/i.test(pm[1]);
      if (!names) {
        pos = Math.max(j, y.end);
        continue;
      }
      if (prose) break;
      const slips: CitationStyleSlip[] = [...names.slips];
      if (square) slips.push("square-brackets");
      if (locSlip) slips.push("locator-format");
      if (y.year.text === "n.d." || y.year.text === "undated") slips.push("no-date-abbreviation");
      if (!isNarrative && pre.kind === "names" && !names.corporate && !before.trimEnd().endsWith(",") && !pre.names.trimEnd().endsWith(",")) {
        slips.push("missing-comma");
      }
      const endAbs = isNarrative ? close + 1 : single && !secondary && last === null && pi === 0 ? close + 1 : base + j;
      const startAbs = isNarrative ? textStart : single && pi === 0 && last === null && !secondary ? open : textStart;
      const citeText = text.slice(startAbs, endAbs).trim();
      let original: { authors: string[]; year: string } | undefined;
      let emitText = citeText;
      const orig = last as FoundCitation | null;
      if (secondary && orig) {
        // the original ("Brown, 1966") is not expected in the list: keep only the work read
        original = { authors: orig.authors, year: orig.year.text };
        for (let q = out.length - 1; q >= 0; q--) if (out[q].offset >= orig.offset && out[q].offset < base + y.start) out.splice(q, 1);
        emitText = citeTextFor(text, open, close, isNarrative, startAbs, endAbs);
      }
      last = null;
      for (let idx = 0; idx < years.length; idx++) {
        const cit = makeCitation(names, years[idx], emitText, isNarrative, locator, secondary, original, idx === 0 ? slips : [], base + y.start + idx);
        out.push(cit);
        if (idx === 0) last = cit;
      }
      partNames = names;
      prevNames = names;
      pos = j;
    }
  }
  return out;
}

function citeTextFor(text: string, open: number, close: number, narrative: boolean, start: number, end: number): string {
  if (narrative) return text.slice(start, close + 1).trim();
  return text.slice(open, close + 1).trim().length < 200 ? text.slice(open, close + 1).trim() : text.slice(start, end).trim();
}

function makeCitation(
  names: CitedNames,
  year: YearToken,
  text: string,
  narrative: boolean,
  locator: string | undefined,
  secondary: boolean,
  original: { authors: string[]; year: string } | undefined,
  slips: CitationStyleSlip[],
  offset: number,
): FoundCitation {
  return {
    text,
    authors: names.authors,
    etAl: names.etAl,
    corporate: names.corporate,
    aliases: names.aliases,
    alternatives: names.alternatives,
    year,
    narrative,
    locator,
    secondary,
    original,
    slips,
    offset,
  };
}
