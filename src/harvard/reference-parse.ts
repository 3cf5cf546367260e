import { editionStyleNotes } from "./reference-edition";
import { PARTICLES, isLower, isUpper } from "./text";
import type { ParsedReference, YearToken } from "./types";
import { yearAt } from "./year";
import { CITE_THEM_RIGHT, harvardSettings, houseName, type HarvardSettings } from "./house-style";
import { plainTextForMatching } from "../shared/text/clean";
import { trimEndOf } from "../shared/text/trim";

/**
 * Reading one reference-list line. Learners' lists are messy, so the parser
 * anchors on the year ("(1989)", ", 1989.", "(no date)") and reads the names
 * before it and the title after it liberally; slips become style notes.
 */

interface Anchor {
  year: YearToken;
  /** Where the names end (start of the year, or of its bracket). */
  namesEnd: number;
  /** Where the title starts. */
  after: number;
  bracketed: boolean;
}

/** The first year that reads as the date of the work: bracketed, or after the names as in Word's Anglia style. */
function findAnchor(s: string): Anchor | null {
  let loose: Anchor | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[") {
      let k = i + 1;
      while (s[k] === " ") k++;
      const y = yearAt(s, k);
      if (y) {
        let e = y.end;
        while (s[e] === " ") e++;
        // "(2012, first published 1950)" and "(1989 [1970])" still anchor on the first year
        if (s[e] === ")" || s[e] === "]" || s[e] === "," || s[e] === "[") {
          const close = s.indexOf(c === "(" ? ")" : "]", e);
          const after = close >= 0 ? close + 1 : e;
          return { year: y.year, namesEnd: i, after, bracketed: true };
        }
      }
      continue;
    }
    if (loose === null && (c === " " || c === ",")) {
      let k = i + 1;
      while (s[k] === " ") k++;
      const y = yearAt(s, k);
      if (y && (s[y.end] === "." || s[y.end] === "," || s[y.end] === undefined || s[y.end] === " ")) {
        // must follow the names: a comma or full stop right before it
        const prev = s.slice(0, i + 1).trimEnd();
        if (/[,.]$/.test(prev) || c === ",") {
          let after = y.end;
          if (s[after] === "." || s[after] === ",") after++;
          loose = { year: y.year, namesEnd: i, after, bracketed: false };
          // a bracketed year shortly after wins ("Smith, J. 2nd edn (2010)" is rare); take the loose one
          return loose;
        }
      }
    }
  }
  return loose;
}

const INITIALS = /^(?:\p{Lu}\.?\s?-?)+$/u;
// Unicode-property patterns are built once here: a literal with \p{…} inside a function is compiled by
// tsx (the CLI and bench) into `new RegExp(…)`, constructed again on every call.
const GIVEN_NAME = /^\p{L}[\p{Ll}'-]+\.?$/u;
const SURNAME_FULL_STOP = /^(\p{Lu}[\p{L}'-]+)\.\s+(?=\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
/** Words ending in a full stop that do not end a title: an initial, "vol.", "edn.", "Dr.". */
const ABBREVIATION = /^(?:\p{Lu}|vol|no|ed|edn|eds|pp?|St|Dr|Mr|Mrs|Ms|Prof|etc|e\.g|i\.e)$/u;
const EDITOR_MARK = /\s*\(?\b(?:eds?|Eds?|editors?|Editors?)\.?\)?\s*$/;

function isInitials(chunk: string): boolean {
  const t = chunk.replace(/\s+/g, " ").trim();
  if (t.length === 0) return false;
  // "S.R.", "A.E.M.", "J", "K.", "J.-P."
  return INITIALS.test(t) && t.replace(/[^\p{Lu}]/gu, "").length <= 4;
}

/** Given names written out: "Stephen R.", "Mary Beth". */
function isGivenNames(chunk: string): boolean {
  const words = chunk.trim().split(/\s+/);
  if (words.length === 0 || words.length > 3) return false;
  return words.every((w) => isInitials(w) || (isUpper(w[0]) && GIVEN_NAME.test(w)));
}

/** "Gilbert A" / "Whittleworth K." -> surname "Gilbert"; null when no trailing initials. */
function surnameWithTrailingInitials(chunk: string): string | null {
  const words = chunk.trim().split(/\s+/);
  if (words.length < 2) return null;
  let k = words.length;
  while (k > 1 && isInitials(words[k - 1])) k--;
  if (k === words.length) return null;
  return words.slice(0, k).join(" ");
}

/** "A. Smith", "J.K. Rowling": initials first. */
function surnameWithLeadingInitials(chunk: string): string | null {
  const words = chunk.trim().split(/\s+/);
  if (words.length < 2) return null;
  let k = 0;
  while (k < words.length - 1 && isInitials(words[k]) && /\./.test(words[k])) k++;
  if (k === 0) return null;
  return words.slice(k).join(" ");
}

function looksLikeSurname(chunk: string): boolean {
  const words = chunk.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  let names = 0;
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase())) continue;
    if (!isUpper(w[0]) && !/^[dDlL]'/.test(w)) return false;
    names++;
  }
  return names > 0;
}

interface NamesRead {
  authors: string[];
  etAl: boolean;
  corporate: boolean;
  aliases: string[];
  edited: boolean;
  notes: string[];
  /** Initial of the first author's given name, where given: "S" for "Covey, S.R.". */
  firstInitial?: string;
}

/** The names before the year; `house` decides whether "&" between people is a slip. */
export function readReferenceNames(raw: string, house: HarvardSettings = CITE_THEM_RIGHT): NamesRead {
  const notes: string[] = [];
  const aliases: string[] = [];
  let edited = false;
  let s = raw.trim();
  // a whole paragraph before the first year is not a list of names
  if (s.length > 1000) return { authors: [], etAl: false, corporate: false, aliases, edited, notes };
  // "(ed.)", "(eds)", "eds." after the names
  for (let guard = 0; guard < 2; guard++) {
    const em = EDITOR_MARK.exec(s);
    if (em && em[0].trim().length > 0) {
      edited = true;
      s = s.slice(0, em.index).trim();
    }
  }
  s = trimEndOf(s, ",;: ");
  // bracketed abbreviation of an organisation: "(CIPD)", "[WWF]"
  s = s.replace(/\s*[([]\s*([\p{Lu}&][\p{L}&.\- ]{1,20})\s*[)\]]/gu, (_m, a: string) => {
    aliases.push(a.trim());
    return "";
  });
  let etAl = false;
  const ea = /(?:,\s*)?\bet\.?\s*al\.?\s*$/i.exec(s);
  if (ea) {
    etAl = true;
    s = s.slice(0, ea.index).trim().replace(/,$/, "");
  }
  if (s.length === 0) return { authors: [], etAl, corporate: false, aliases, edited, notes };
  // "Covey. Stephen R.": a full stop after a surname where a comma belongs
  const fullStop = SURNAME_FULL_STOP.exec(s);
  if (fullStop && fullStop[1].length > 1) {
    s = fullStop[1] + ", " + s.slice(fullStop[0].length);
    notes.push("put a comma, not a full stop, after the surname");
  }
  if (s.includes(";")) notes.push("separate the authors with commas and \"and\", not semicolons");

  // Split into chunks on ",", ";", " and ", " & ".
  const chunks = s
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const anyInitials = chunks.some((c) => isInitials(c) || surnameWithTrailingInitials(c) !== null || surnameWithLeadingInitials(c) !== null);

  // No initials anywhere and words an organisation uses: one corporate author.
  const orgWords = /\b(?:of|for|the|and|&|on|in|Ltd|plc|Inc|Council|Institute|Association|Federation|Society|Department|Team|Group|University|Organisation|Organization|Agency|Office|Centre|Center|Foundation|Trust|Service|Services|Network|Global|International|Ministry|Board|Commission|Committee|Consortium|Union|Academy|College|School|Company|Corporation|Partnership|Nations)\b/;
  if (!anyInitials) {
    const words = s.split(/\s+/);
    const person = chunks.length === 2 && looksLikeSurname(chunks[0]) && chunks[0].split(/\s+/).length === 1 && isGivenNames(chunks[1]) && !orgWords.test(s);
    if (!person) {
      if (words.length > 0 && (orgWords.test(s) || chunks.length === 1 || words.length <= 6)) {
        return { authors: [s.replace(/\s+/g, " ")], etAl, corporate: true, aliases, edited, notes };
      }
    }
  }

  if (chunks.length === 1 && !HAS_LOWER.test(s)) {
    return { authors: [s], etAl, corporate: true, aliases, edited, notes };
  }
  if (/\s&\s/.test(s) && !house.ampersandInBrackets) notes.push("join the last two authors with \"and\", not \"&\"");
  const authors: string[] = [];
  let firstInitial: string | undefined;
  const given = (chunk: string) => {
    if (authors.length === 1 && firstInitial === undefined) firstInitial = chunk.trim()[0]?.toUpperCase();
  };
  let awaitingGiven = false;
  let fullNames = false;
  for (const chunk of chunks) {
    if (awaitingGiven && isInitials(chunk)) {
      given(chunk);
      awaitingGiven = false;
      continue;
    }
    if (awaitingGiven && isGivenNames(chunk)) {
      given(chunk);
      awaitingGiven = false;
      fullNames = true;
      continue;
    }
    const trailing = surnameWithTrailingInitials(chunk);
    if (trailing && looksLikeSurname(trailing)) {
      authors.push(trailing);
      given(chunk.slice(trailing.length));
      awaitingGiven = false;
      if (!/\./.test(chunk)) notes.push("write initials with full stops after the surname and a comma (Gilbert, A.)");
      continue;
    }
    const leading = surnameWithLeadingInitials(chunk);
    if (leading && looksLikeSurname(leading)) {
      authors.push(leading);
      given(chunk);
      awaitingGiven = false;
      continue;
    }
    if (looksLikeSurname(chunk)) {
      authors.push(chunk);
      awaitingGiven = true;
      continue;
    }
    // something else (a lower-case word, a stray initial): keep it readable
    if (isLower(chunk[0])) continue;
    authors.push(chunk);
    awaitingGiven = true;
  }
  if (fullNames) notes.push("use initials rather than full first names");
  return { authors: dedupeNotes(authors), etAl, corporate: false, aliases, edited, notes: dedupeNotes(notes), firstInitial };
}

function dedupeNotes<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The title: up to the first full stop that ends it, or the quoted article title. */
function readTitle(rest: string): string {
  let s = rest.replace(/^[\s.,:;]+/, "");
  const q = /^['"\u2018\u201c]/.exec(s);
  if (q) {
    const closeCh = q[0] === "\u2018" ? "\u2019" : q[0] === "\u201c" ? "\u201d" : q[0];
    const end = s.indexOf(closeCh, 1);
    if (end > 0) return s.slice(1, end).trim();
  }
  // a full stop followed by a space and a capital or the end, not inside initials or "edn."
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "." && (i + 1 === s.length || s[i + 1] === " ")) {
      let w0 = i;
      while (w0 > 0 && s[w0 - 1] !== " ") w0--;
      const word = s.slice(w0, i);
      if (ABBREVIATION.test(word)) continue;
      s = s.slice(0, i);
      break;
    }
  }
  return s.replace(/\s*\[(?:online|Online|ONLINE)\]\s*$/, "").trim();
}

/**
 * The house Harvard a reference is read against, edition included: `{ edition: "11th" }` for
 * Cite Them Right's 11th edition, or a centre's whole settings. Cite Them Right 12th edition
 * fills whatever is not given.
 */
export type ReferenceParseOptions = Partial<HarvardSettings>;

/** Parse one line of a reference list; `options` is the house Harvard its style notes follow. */
export function parseReference(
  rawText: string,
  list: "references" | "bibliography",
  paragraph: number,
  options: ReferenceParseOptions = CITE_THEM_RIGHT,
): ParsedReference {
  const house = harvardSettings(options);
  const text = rawText;
  const s = plainTextForMatching(rawText).replace(/\s+/g, " ").trim();
  // a numbered or bulleted list: "1. Covey ..." / "- Covey ..."
  const lead = /^(?:\d{1,3}[.)]\s+|[-\u2022\u2013*]\s+)/.exec(s);
  const line = lead ? s.slice(lead[0].length) : s;
  const anchor = findAnchor(line);
  const styleNotes: string[] = [];
  if (!anchor) {
    const names = readReferenceNames(line.split(/\.\s/)[0] ?? "");
    const plausible = names.authors.length > 0 && !/^(?:https?:|www\.)/i.test(line);
    return {
      text,
      list,
      paragraph,
      authors: plausible ? names.authors : [],
      etAl: names.etAl,
      corporate: names.corporate,
      aliases: names.aliases,
      year: null,
      title: "",
      edited: names.edited,
      styleNotes,
    };
  }
  const namesRaw = line.slice(0, anchor.namesEnd);
  const names = /^(?:https?:|www\.)/i.test(namesRaw.trim()) ? { authors: [], etAl: false, corporate: false, aliases: [], edited: false, notes: [] } : readReferenceNames(namesRaw, house);
  styleNotes.push(...names.notes);
  if (!anchor.bracketed) styleNotes.push("put the year in round brackets after the names: (" + anchor.year.text + ")");
  if (anchor.year.base === "nodate" && anchor.year.text !== house.noDate) {
    styleNotes.push(house.noDate === "no date" ? "Cite Them Right writes \"no date\" rather than \"n.d.\"" : `${houseName(house)} writes "${house.noDate}" rather than "${anchor.year.text}"`);
  }
  styleNotes.push(...editionStyleNotes(line.slice(anchor.after), house.edition));
  return {
    text,
    list,
    paragraph,
    authors: names.authors,
    etAl: names.etAl,
    corporate: names.corporate,
    aliases: names.aliases,
    year: anchor.year,
    title: readTitle(line.slice(anchor.after)),
    edited: names.edited,
    styleNotes,
    ...(names.firstInitial ? { firstInitial: names.firstInitial } : {}),
  };
}
