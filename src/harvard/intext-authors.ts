import { PARTICLES, isLetter, isLower, isUpper } from "./text";
import type { CitationStyleSlip } from "./types";
import { trimEndOf } from "../shared/text/trim";

/** The names part of one in-text citation, read. */
export interface CitedNames {
  authors: string[];
  etAl: boolean;
  corporate: boolean;
  aliases: string[];
  alternatives: string[][];
  slips: CitationStyleSlip[];
  /** Initial written before the first surname: "A" in "A. Smith". */
  initial?: string;
  /** Joined with "and"/"&" before the last name (a proper list, not a label plus a name). */
  joined: boolean;
}

/** "et al." in the spellings learners use, at the end of the names. Small and anchored: linear. */
const ET_AL_END = /(?:,\s*)?\bet\.?\s*al(\.?)\s*$/i;
const COLLEAGUES_END = /\s+and\s+(?:colleagues|co-?workers|others)\s*$/i;
const INITIALS_DOTTED = /^(?:\p{Lu}\.)+-?(?:\p{Lu}\.)*$/u;
/** "A. Smith": an initial before the first surname (built once, not per call: see intext-narrative.ts). */
const LEADING_INITIAL = /^(\p{Lu})\.\s/u;

/** Characters a name can hold; anything else means the bracket is not a citation. */
function nameCharsOk(s: string): boolean {
  for (const ch of s) {
    if (isLetter(ch)) continue;
    if (" .,'-&\u2010\u2011".includes(ch)) continue;
    return false;
  }
  return true;
}

function isParticle(w: string): boolean {
  return PARTICLES.has(w.toLowerCase());
}

/** A token that can be part of a personal name: Capitalised, a particle, or initials. */
function personToken(w: string): "initial" | "particle" | "name" | null {
  if (INITIALS_DOTTED.test(w) || (w.length === 1 && isUpper(w))) return "initial";
  if (isParticle(w) && (isLower(w[0]) || w.length <= 3)) return "particle";
  // O'Neill, McGregor, Smith-Jones, d'Souza, DeVries, CIPD
  const core = w.replace(/^(?:[dDlL]')/, "");
  if (isUpper(core[0]) && core.length >= 2) return "name";
  return null;
}

/** One person's name in a list: "Smith", "A. Smith", "van der Merwe", "De Robertis". Returns the surname. */
function personName(segment: string): string | null {
  const words = segment.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 4) return null;
  let i = 0;
  while (i < words.length - 1 && personToken(words[i]) === "initial") i++;
  const rest = words.slice(i);
  let names = 0;
  for (let k = 0; k < rest.length; k++) {
    const t = personToken(rest[k]);
    if (t === null) return null;
    if (t === "initial") return null;
    if (t === "name") names++;
    if (t === "particle" && k === rest.length - 1) return null;
  }
  if (names === 0) return null;
  return rest.join(" ");
}

/**
 * Read the names of a citation ("Gilbert and Whittleworth", "Rogers et al.",
 * "Chartered Institute of Personnel and Development (CIPD)"). Null when the
 * text cannot be names ("Figure 3", "approx.").
 */
const namesCache = new Map<string, CitedNames | null>();

export function readCitedNames(raw: string): CitedNames | null {
  // the same names recur through a draft; results are never mutated by callers
  const hit = namesCache.get(raw);
  if (hit !== undefined) return hit;
  const r = readUncached(raw);
  if (namesCache.size > 20000) namesCache.clear();
  namesCache.set(raw, r);
  return r;
}

function readUncached(raw: string): CitedNames | null {
  // names are short; a long run of text before a year is prose, and the end-anchored patterns below stay cheap
  if (raw.length > 200) return null;
  const slips: CitationStyleSlip[] = [];
  const aliases: string[] = [];
  // Abbreviations given in brackets belong to the organisation before them.
  // The spaces inside the brackets are part of the match and trimmed here, not matched apart
  // (two quantifiers over the same spaces backtrack; eslint-plugin-regexp).
  let s = raw.replace(/\s*[([]([\p{L}&.\- ]{2,24})[)\]]/gu, (m, a: string) => {
    if (a.trim().length < 2 || a.trim().length > 20) return m;
    aliases.push(a.trim());
    return "";
  });
  s = trimEndOf(s.trim(), ", ");
  let etAl = false;
  const m = ET_AL_END.exec(s);
  if (m) {
    etAl = true;
    const written = m[0].trim().replace(/^,\s*/, "");
    if (written !== "et al." && written !== "et al") slips.push("et-al-punctuation");
    else if (written === "et al" && m[1] === "") slips.push("et-al-punctuation");
    s = s.slice(0, m.index).trim();
  } else {
    const c = COLLEAGUES_END.exec(s);
    if (c) {
      etAl = true;
      s = s.slice(0, c.index).trim();
    }
  }
  if (s.length === 0 || s.length > 160) return null;
  if (!nameCharsOk(s)) return null;
  const first = s[0];
  if (!isUpper(first) && !isParticle(s.split(/\s+/)[0]) && !/^[dDlL]'/.test(s)) return null;

  // Split on ",", " and ", " & " into segments.
  const segments: string[] = [];
  let joined = false;
  let amp = false;
  for (const piece of s.split(",")) {
    const parts = piece.split(/\s+(?:and|&)\s+|\s*&\s*/);
    if (parts.length > 1) {
      joined = true;
      if (piece.includes("&")) amp = true;
    }
    for (const p of parts) {
      const t = p.trim();
      if (t.length > 0) segments.push(t);
    }
  }
  if (segments.length === 0 || segments.length > 10) return null;

  const people: string[] = [];
  let allPeople = true;
  for (const seg of segments) {
    const name = personName(seg);
    if (name === null) {
      allPeople = false;
      break;
    }
    people.push(name);
  }
  const alternatives: string[][] = [];
  if (allPeople && (segments.length > 1 || !hasSeveralNames(people[0]))) {
    if (amp) slips.push("ampersand");
    const lead = LEADING_INITIAL.exec(segments[0]);
    if (segments.length > 1 && !joined) {
      // "AIC, Akaike": a label then a name, or a list missing its "and"
      for (let k = 1; k < people.length; k++) alternatives.push(people.slice(k));
    }
    return { authors: people, etAl, corporate: false, aliases, alternatives, slips, joined, ...(lead ? { initial: lead[1] } : {}) };
  }
  // One organisation, a multi-word surname ("Carrera Silva") or a full name ("Mary Beth O'Neill").
  const whole = s.replace(/\s+/g, " ");
  if (!isUpper(whole[0]) && !isParticle(whole.split(" ")[0])) return null;
  const words = whole.split(" ");
  if (words.length > 14) return null;
  if (segments.length === 1) {
    const single = personName(segments[0]);
    if (single !== null) {
      // Last name with its particles as a second reading.
      let k = words.length - 1;
      while (k > 0 && isParticle(words[k - 1])) k--;
      const last = words.slice(k).join(" ");
      if (last !== whole) alternatives.push([last]);
      // "Belbin Team Roles": the first word may be the author and the rest a model's name
      if (!isParticle(words[0]) && words[0] !== last) alternatives.push([words[0]]);
    }
  }
  return { authors: [whole], etAl, corporate: true, aliases, alternatives, slips, joined };
}

function hasSeveralNames(name: string): boolean {
  return name.split(/\s+/).filter((w) => personToken(w) === "name").length > 1;
}
