import { readCitedNames, type CitedNames } from "./intext-authors";
import { namesBefore, type NamesRun } from "./intext-narrative";
import { DATE_WORDS, stripPrefix } from "./intext-prefix";
import { isDigit, isLetter } from "./text";
import type { CitationStyleSlip, ParsedCitation, YearToken } from "./types";
import { findYear, yearAt } from "./year";
import { isRegexSpace } from "../shared/text/spaces";
import { originalText, plainTextForMatching } from "../shared/text/clean";

/** A citation found in one paragraph, before it is placed in a section. */
export type FoundCitation = Omit<ParsedCitation, "paragraph" | "ac">;

const SECONDARY_MARK = /^(?:as\s+)?(?:cited|quoted|referenced|reported|discussed|summarised|summarized)\s+(?:in|by)\b\s*:?/i;
// Unicode-property patterns are built once here: a literal with \p{…} inside a function is compiled by
// tsx (the CLI and bench) into `new RegExp(…)`, constructed again on every call.
/** A bare "in" before a name: "(Whitmore, 2009 in Passmore, 2010)". */
const BARE_IN = /^in\s+(?=\p{Lu}|[a-z]+\s+\p{Lu})/u;
/** A word straight after a year. */
const PROSE_WORD = /^ +(\p{L}+)/u;

/** Page and other locators after the year. Sticky and anchored: no backtracking over the text. */
const LOCATOR =
  /\s*(?:([,:])\s*)?(?:(pp?\.?|pages?|pgs?\.?|paras?\.?|paragraphs?|ch\.?|chapters?|sect?\.?|sections?|loc\.?)\s*)?(\d+[a-z]?(?:\s*[-\u2010-\u2015]\s*\d+[a-z]?)?(?:\s*,\s*\d+[a-z]?(?:\s*[-\u2010-\u2015]\s*\d+[a-z]?)?)*|[ivxlc]+(?:\s*[-\u2013]\s*[ivxlc]+)?)(?![\p{L}\d])/iuy;

function locatorSlip(label: string | undefined, sep: string | undefined, whole: string): boolean {
  if (sep === ":") return true;
  if (!label) return false;
  const l = label.toLowerCase();
  if (l !== "p." && l !== "pp.") return true;
  // CTR: "p. 42" with a space
  return !/^\s*(?:,\s*)?pp?\.\s+\d/i.test(whole);
}

/** Nested brackets that held citations of their own, as [open, close] offsets. */
type Children = [number, number][];
const NO_CHILDREN: Children = [];

/** Where `needle` next occurs in `text` at or after `from`, or `text.length` when it does not. */
function nextOf(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}

/** Where the next digit straight after ", " stands (an unbracketed "Name et al., 2012"), or `text.length`. */
function nextDigitAfterComma(text: string, from: number): number {
  let at = text.indexOf(", ", from - 2 < 0 ? 0 : from - 2);
  while (at >= 0) {
    const code = text.charCodeAt(at + 2);
    if (code >= 0x30 && code <= 0x39 && at + 2 >= from) return at + 2;
    at = text.indexOf(", ", at + 1);
  }
  return text.length;
}

/**
 * Every author–date citation in one paragraph's text. Brackets are matched with a
 * stack in one pass; each bracket's content is read once; narrative names are
 * looked for a bounded distance back. Linear in the length of the text.
 */
export function scanCitations(raw: string, memo?: BracketMemo): FoundCitation[] {
  const text = plainTextForMatching(raw);
  const out: FoundCitation[] = [];
  const n = text.length;
  // The open brackets: offset, whether square, and the nested groups that held citations.
  const opens: number[] = [];
  const squares: boolean[] = [];
  const nested: Array<Children | null> = [];
  // Only brackets, and digits straight after ", ", matter; everything else is prose. Each kind of
  // event is found with indexOf (native and fast) and they are taken in text order, rather than
  // looking at every character in JavaScript: most paragraphs have a handful of events in hundreds
  // of characters.
  let roundOpen = -1;
  let squareOpen = -1;
  let roundClose = -1;
  let squareClose = -1;
  let digit = -1;
  let i = 0;
  for (;;) {
    if (roundOpen < i) roundOpen = nextOf(text, "(", i);
    if (squareOpen < i) squareOpen = nextOf(text, "[", i);
    if (roundClose < i) roundClose = nextOf(text, ")", i);
    if (squareClose < i) squareClose = nextOf(text, "]", i);
    if (digit < i) digit = nextDigitAfterComma(text, i);
    i = Math.min(roundOpen, squareOpen, roundClose, squareClose, digit);
    if (i >= n) break;
    if (i === roundOpen || i === squareOpen) {
      if (opens.length < 16) {
        opens.push(i);
        squares.push(i === squareOpen);
        nested.push(null);
      }
    } else if (i === digit) {
      // "… from birth Derecki et al., 2012.": only with "et al." or "and" (a lone "London, 2019" is too weak),
      // and kept by the caller only if it matches an entry
      if (opens.length === 0) {
        const y = yearAt(text, i);
        if (y) {
          const run = namesBefore(text, i - 2);
          if (run && (run.names.etAl || run.names.joined)) {
            out.push({
              ...makeCitation(run.names, y.year, text.slice(run.start, y.end), false, undefined, false, undefined, ["unbracketed"], i),
              unbracketed: true,
            });
            // the year is read: go on after it (a year holds no brackets)
            i = y.end;
            continue;
          }
        }
      }
    } else if (opens.length > 0) {
      // a closing bracket, ")" or "]", whichever the opening one was
      const open = opens.pop() as number;
      const square = squares.pop() as boolean;
      const found = readBracket(text, open, i, nested.pop() ?? NO_CHILDREN, square, memo);
      if (found.length === 1 && !found[0].narrative && !found[0].locator && !found[0].secondary && followsQuotation(text, open)) {
        found[0].slips.push("quotation-without-page");
      }
      if (found.length > 0) {
        for (const f of found) out.push(f);
        // the enclosing group blanks this one out when it is read
        const top = nested.length - 1;
        if (top >= 0) {
          const list = nested[top];
          if (list) list.push([open, i]);
          else nested[top] = [[open, i]];
        }
      }
    }
    i++;
  }
  // citations come out in the order their groups close; put them in text order (usually they already are)
  if (!isSortedByOffset(out)) out.sort((a, b) => a.offset - b.offset);
  if (text !== raw) asWritten(out, raw, text);
  return out;
}

/**
 * Gives each citation its text as the learner wrote it ("ICF\u200b(2012)", not "ICF(2012)"): comment
 * anchors and findings look citations up in the document by their text. Offsets stay those of the
 * cleaned text, which is what the bare-year reading compares them with.
 */
function asWritten(found: FoundCitation[], raw: string, text: string): void {
  const original = originalText(raw);
  for (const c of found) {
    // a citation's text holds its year, so it starts at or before its offset
    const start = text.lastIndexOf(c.text, c.offset);
    if (start >= 0) c.text = original(start, start + c.text.length);
  }
}

function isSortedByOffset(list: readonly FoundCitation[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k - 1].offset > list[k].offset) return false;
  return true;
}

/**
 * Does a closing quotation mark stand just before this bracket? A closing single
 * quote counts only when an opening one (after a space) comes shortly before it,
 * so a possessive ("the coachees' (…)") is not taken for a quotation.
 */
function followsQuotation(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && text[k] === " ") k--;
  if (text[k] === "." || text[k] === ",") k--;
  const ch = text[k];
  if (ch === '"' || ch === "\u201d") return true;
  if (ch !== "'") return false;
  for (let j = k - 1; j >= Math.max(0, k - 600); j--) {
    if (text[j] === "'" && (j === 0 || text[j - 1] === " " || text[j - 1] === "(") && isLetter(text[j + 1])) return true;
  }
  return false;
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

/**
 * What the brackets of one document read, by their whole text ("(Starr, 2016)"), to be
 * copied when the same bracket recurs: a draft cites the same few works over and over.
 * Null for a bracket whose reading looked at the text before it (narrative names).
 */
export type BracketMemo = Map<string, FoundCitation[] | null>;

/** readGroup, through the memo when one is given and the bracket holds no nested citations. */
function readBracket(text: string, open: number, close: number, children: Children, square: boolean, memo: BracketMemo | undefined): FoundCitation[] {
  if (!memo || children.length > 0) return readGroup(text, open, close, children, square, { before: false });
  const key = text.slice(open, close + 1);
  const kept = memo.get(key);
  if (kept) return kept.map((c) => copyCitation(c, open));
  const looked = { before: false };
  const found = readGroup(text, open, close, children, square, looked);
  // only a reading of the bracket alone may stand for the same bracket elsewhere
  if (kept === undefined) memo.set(key, looked.before ? null : found.map((c) => copyCitation(c, -open)));
  return found;
}

/** A citation read from a bracket, moved by `shift` (offsets are the only thing that depend on where it stands). */
function copyCitation(c: FoundCitation, shift: number): FoundCitation {
  const copy: FoundCitation = {
    text: c.text,
    authors: c.authors,
    etAl: c.etAl,
    corporate: c.corporate,
    aliases: c.aliases,
    alternatives: c.alternatives,
    year: { text: c.year.text, base: c.year.base, suffix: c.year.suffix },
    narrative: c.narrative,
    locator: c.locator,
    secondary: c.secondary,
    original: c.original ? { authors: c.original.authors, year: c.original.year } : undefined,
    // each citation has its own list: the scan adds to it
    slips: c.slips.slice(),
    offset: c.offset + shift,
  };
  if (c.initial) copy.initial = c.initial;
  if (c.joinedWithAnd) copy.joinedWithAnd = true;
  if (c.locatorWritten !== undefined) copy.locatorWritten = c.locatorWritten;
  return copy;
}

/**
 * The citations in one bracket. `looked.before` is set when the reading depended on the
 * text before the bracket (the names of a narrative citation), not just on the bracket.
 */
function readGroup(text: string, open: number, close: number, children: Children, square: boolean, looked: { before: boolean }): FoundCitation[] {
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
      // "cited in", or a bare "in" straight after a citation: "(Whitmore, 2009 in Passmore, 2010)"
      const sm = SECONDARY_MARK.exec(trimmed) ?? (last !== null ? BARE_IN.exec(trimmed) : null);
      if (sm) {
        secondary = true;
        before = trimmed.slice(sm[0].length);
      }
      const pre = stripPrefix(before);
      let names: CitedNames | null = null;
      let isNarrative = false;
      let inherited = false;
      let textStart = base + pos + (before.length - before.trimStart().length);
      if (pre.kind === "names" && DATE_WORDS.test(pre.names)) {
        // "(14 March 2019)", "(Summer 2020)": a date, not a citation
        names = null;
      } else if (pre.kind === "names") {
        names = readCitedNames(pre.names);
        const at = part.indexOf(firstWord(pre.names), pos);
        if (names && at >= 0) textStart = base + at;
      } else if (pre.kind === "empty" || pre.kind === "prefix-only") {
        names = partNames ?? prevNames;
        inherited = names !== null;
        if (!names && out.length === 0 && pi === 0 && last === null) {
          if (!narrativeTried) {
            narrativeTried = true;
            looked.before = true;
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
      let locatorWritten: string | undefined;
      let locSlip = false;
      LOCATOR.lastIndex = j;
      const lm = LOCATOR.exec(part);
      // a locator needs a label ("p.") or a separator (", 42", ": 42"); a bare number is prose
      if (lm && (lm[1] || lm[2])) {
        locator = lm[0].replace(/^\s*[,:]?\s*/, "").trim();
        locSlip = locatorSlip(lm[2], lm[1], lm[0]);
        locatorWritten = lm[0];
        j = LOCATOR.lastIndex;
      }
      // Prose straight after the year ("2000 words", "2000 ion trap") means this is no citation.
      // (only a space can start it, so the slice and pattern are skipped for the usual ")" or ";")
      const pm = part.charCodeAt(j) === 0x20 ? PROSE_WORD.exec(part.slice(j, j + 24)) : null;
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
      if (!isNarrative && pre.kind === "names" && !names.corporate && !endsWithComma(before) && !endsWithComma(pre.names)) {
        slips.push("missing-comma");
      }
      // a continuation ("2011b" in "(Tremblay, 2011a; 2011b)") shows the whole bracket, which names its author
      const whole = (single && !secondary && last === null && pi === 0) || inherited;
      const endAbs = isNarrative || whole ? close + 1 : base + j;
      if (inherited && narrative && names === narrative.names) isNarrative = true;
      const startAbs = isNarrative ? (narrative ? narrative.start : textStart) : whole ? open : textStart;
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
        if (locatorWritten !== undefined) cit.locatorWritten = locatorWritten;
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

/** s.split(/\s+/)[0]: the text before the first white space. */
function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) if (isRegexSpace(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/** s.trimEnd().endsWith(","), without the trimmed copy. */
function endsWithComma(s: string): boolean {
  let e = s.length;
  while (e > 0 && isRegexSpace(s.charCodeAt(e - 1))) e--;
  return e > 0 && s.charCodeAt(e - 1) === 0x2c;
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
  const citation: FoundCitation = {
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
  // Set afterwards rather than spread in: a spread in the literal makes every citation take V8's slow
  // object-cloning path, which was the largest single cost of the scan.
  if (names.initial) citation.initial = names.initial;
  if (!names.corporate && names.joined && !names.slips.includes("ampersand")) citation.joinedWithAnd = true;
  return citation;
}
