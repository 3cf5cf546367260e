import { readCitedNames, type CitedNames } from "./intext-authors";
import { namesBefore, type NamesRun } from "./intext-narrative";
import { DATE_WORDS, stripPrefix } from "./intext-prefix";
import { cleanText, isDigit, isLetter } from "./text";
import type { CitationStyleSlip, ParsedCitation, YearToken } from "./types";
import { findYear, yearAt } from "./year";

/** A citation found in one paragraph, before it is placed in a section. */
export type FoundCitation = Omit<ParsedCitation, "paragraph" | "ac">;

const SECONDARY_MARK = /^(?:as\s+)?(?:cited|quoted|referenced|reported|discussed|summarised|summarized)\s+(?:in|by)\b\s*:?/i;

/** Page and other locators after the year. Sticky and anchored: no backtracking over the text. */
const LOCATOR =
  /\s*([,:])?\s*(?:(pp?\.?|pages?|pgs?\.?|paras?\.?|paragraphs?|ch\.?|chapters?|sect?\.?|sections?|loc\.?)\s*)?(\d+[a-z]?(?:\s*[-\u2010-\u2015]\s*\d+[a-z]?)?(?:\s*,\s*\d+[a-z]?(?:\s*[-\u2010-\u2015]\s*\d+[a-z]?)?)*|[ivxlc]+(?:\s*[-\u2013]\s*[ivxlc]+)?)(?![\p{L}\d])/iuy;

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
    const code = text.charCodeAt(i);
    // only brackets and digits matter here; everything else is skipped with one comparison chain
    if (code !== 0x28 && code !== 0x5b && code !== 0x29 && code !== 0x5d && (code < 0x30 || code > 0x39)) continue;
    const c = text[i];
    if (c === "(" || c === "[") {
      if (stack.length < 16) stack.push({ open: i, ch: c, children: [] });
    } else if (stack.length === 0 && code >= 0x30 && code <= 0x39 && text[i - 1] === " " && text[i - 2] === ",") {
      // "… from birth Derecki et al., 2012.": only with "et al." or "and" (a lone "London, 2019" is too weak),
      // and kept by the caller only if it matches an entry
      const y = yearAt(text, i);
      if (y) {
        const run = namesBefore(text, i - 2);
        if (run && (run.names.etAl || run.names.joined)) {
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
      if (found.length === 1 && !found[0].narrative && !found[0].locator && !found[0].secondary && followsQuotation(text, frame.open)) {
        found[0].slips.push("quotation-without-page");
      }
      if (found.length > 0) {
        out.push(...found);
        if (stack.length > 0) stack[stack.length - 1].children.push([frame.open, i]);
      }
    }
  }
  out.sort((a, b) => a.offset - b.offset);
  return out;
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
      // "cited in", or a bare "in" straight after a citation: "(Whitmore, 2009 in Passmore, 2010)"
      const sm = SECONDARY_MARK.exec(trimmed) ?? (last !== null ? /^in\s+(?=\p{Lu}|[a-z]+\s+\p{Lu})/u.exec(trimmed) : null);
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
        const at = part.indexOf(pre.names.split(/\s+/)[0], pos);
        if (names && at >= 0) textStart = base + at;
      } else if (pre.kind === "empty" || pre.kind === "prefix-only") {
        names = partNames ?? prevNames;
        inherited = names !== null;
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
      // a locator needs a label ("p.") or a separator (", 42", ": 42"); a bare number is prose
      if (lm && (lm[1] || lm[2])) {
        locator = lm[0].replace(/^\s*[,:]?\s*/, "").trim();
        locSlip = locatorSlip(lm[2], lm[1], lm[0]);
        j = LOCATOR.lastIndex;
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
    ...(names.initial ? { initial: names.initial } : {}),
  };
}
