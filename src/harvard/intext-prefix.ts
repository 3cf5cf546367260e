import { PARTICLES, isLetter, isLower } from "./text";
import { trimEndOf } from "../shared/text/trim";

/** Reading what stands before the names inside a bracket: "see", "e.g.", "Table 1", "Dryad:", dates. */

/** Prefixes learners and journals put before the names inside a bracket. Matched at the start, case-insensitively. */
const PREFIX_PHRASES = [
  "for a review see", "for review see", "for a review", "for review", "see for example", "see e.g.", "see eg",
  "see also", "but see", "see", "e.g.,", "e.g.", "e.g", "eg.", "eg,", "eg", "i.e.,", "i.e.", "ie", "cf.", "cf", "compare",
  "for example,", "for example", "for instance,", "for instance", "reviewed in", "reviewed by", "review in",
  "adapted from", "based on", "derived from", "taken from", "modified from", "after", "source:", "sources:",
  "as in", "as per", "also", "and", "&", "in", "by", "from", "with", "or", "vs.", "versus",
];


/** Dates in brackets: "(14 March 2019)", "(Summer 2020)". */
export const DATE_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|early|mid|late|since|until|before|after|circa|c\.)\.?,?$/i;


export type PrefixResult = { names: string; kind: "empty" | "prefix-only" | "names" | "junk" | "digits" };

function startsWithWord(s: string, phrase: string): boolean {
  if (s.length < phrase.length) return false;
  if (s.slice(0, phrase.length).toLowerCase() !== phrase) return false;
  const next = s[phrase.length];
  const last = phrase[phrase.length - 1];
  // phrases ending in punctuation may be followed by anything; words need a boundary
  return next === undefined || !isLetter(last) || !isLetter(next);
}

/** Prefix phrases by their first letter, so most names are ruled out with one lookup. */
const PREFIX_BY_FIRST = new Map<string, string[]>();
for (const p of PREFIX_PHRASES) {
  const list = PREFIX_BY_FIRST.get(p[0]);
  if (list) list.push(p);
  else PREFIX_BY_FIRST.set(p[0], [p]);
}

const prefixCache = new Map<string, PrefixResult>();

/** Take the names out of the text before a year: drop "see", "e.g.", "Table 1", "Dryad:" and the like. */
export function stripPrefix(raw: string): PrefixResult {
  // the same "Covey, " recurs through a draft; results are never mutated
  const hit = prefixCache.get(raw);
  if (hit) return hit;
  const r = stripUncached(raw);
  if (prefixCache.size > 20000) prefixCache.clear();
  prefixCache.set(raw, r);
  return r;
}

function stripUncached(raw: string): PrefixResult {
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
    for (const p of PREFIX_BY_FIRST.get(s[0].toLowerCase()) ?? []) {
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
