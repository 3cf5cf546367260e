import { editDistance, nameKey, organisationKeys, surnameKeys } from "./text";
import type { ParsedCitation, ParsedReference } from "./types";
import { foldForNameMatch } from "../shared/text/fold";

/**
 * Matching citations to reference-list entries by surname keys and year.
 * Names are compared as keys (case, diacritics, apostrophes, particles and
 * organisation acronyms folded away); the other authors and the year suffix
 * choose between entries that share a first author and year.
 */

/** Why a match deserves a warning; each becomes one `citation-matched-with-warning`. */
export type MatchWarning =
  | { kind: "spelling"; cited: string; listed: string }
  | { kind: "suffix-missing"; options: string[] }
  | { kind: "suffix-not-in-list"; suffix: string }
  | { kind: "co-authors-omitted"; listed: string[] }
  | { kind: "et-al-missing" }
  | { kind: "co-author-differs"; cited: string; listed: string }
  | { kind: "bibliography-only" };

export type MatchNote = { kind: "et-al-under-four"; count: number };

export interface CitationMatch {
  /** Indices into the reference array; more than one when the citation cannot tell entries apart. */
  refs: number[];
  warnings: MatchWarning[];
  notes: MatchNote[];
  /** The names as matched (e.g. "O'Neill" for "Mary Beth O'Neill"). */
  authors: string[];
}

export interface Unmatched {
  /** A nearby entry to mention: same first author with another year, or a close spelling. */
  nearest?: number;
  nearestKind?: "other-year" | "spelling";
}

/** Every key an author name may be found under. */
const keyCache = new Map<string, string[]>();

export function keysOf(name: string, corporate: boolean, aliases: readonly string[] = []): string[] {
  const cacheKey = `${corporate ? 1 : 0}|${name}|${aliases.join("|")}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  const result = keysUncached(name, corporate, aliases);
  // Only a bound on the cache's size: clearing it sooner, later or never changes no key returned
  // (equivalent mutants, issue 14).
  if (keyCache.size > 50000) keyCache.clear();
  keyCache.set(cacheKey, result);
  return result;
}

function keysUncached(name: string, corporate: boolean, aliases: readonly string[]): string[] {
  const keys = new Set<string>(surnameKeys(name));
  if (corporate || aliases.length > 0 || !/\s/.test(name)) for (const k of organisationKeys(name, aliases)) keys.add(k);
  // surnameKeys and organisationKeys never give an empty key, so this removes nothing today; it stays
  // as a guard (an equivalent mutant, issue 14).
  keys.delete("");
  return [...keys];
}

/** Lookup from first-author key to entries, built once per document. */
export class ReferenceIndex {
  readonly refs: readonly ParsedReference[];
  private byKey = new Map<string, number[]>();
  /** Keys of every author of each entry. */
  private authorKeys: string[][][];

  constructor(refs: readonly ParsedReference[]) {
    this.refs = refs;
    // A corporate entry is read as one author, so `i === 0` in its first test never decides
    // (an equivalent mutant, issue 14).
    this.authorKeys = refs.map((r) => r.authors.map((a, i) => keysOf(a, r.corporate && i === 0, i === 0 ? r.aliases : [])));
    refs.forEach((r, i) => {
      // An entry with no author has no first author's keys, and `?? []` below gives it no key either way; with
      // this test, `?? []` never applies. Each is an equivalent mutant (issue 14) while the other stays.
      if (!r.year || r.authors.length === 0) return;
      for (const k of this.authorKeys[i][0] ?? []) {
        const list = this.byKey.get(k);
        if (list) {
          // An entry's keys are distinct, so it is never met twice under one key: `includes` is always false here
          // (an equivalent mutant, issue 14).
          if (!list.includes(i)) list.push(i);
        } else this.byKey.set(k, [i]);
      }
    });
  }

  /** Entries whose first author has one of these keys. */
  withFirstAuthor(keys: readonly string[]): number[] {
    const out = new Set<number>();
    for (const k of keys) for (const i of this.byKey.get(k) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }

  authorMatches(refIndex: number, position: number, name: string): boolean | null {
    const keys = this.authorKeys[refIndex][position];
    if (!keys) return null;
    const mine = keysOf(name, false);
    return mine.some((k) => keys.includes(k));
  }

  /** Entries of the same base year whose first author is spelt nearly the same. */
  nearSpellings(name: string, base: string | null): number[] {
    const key = nameKey(name);
    if (key.length < 4) return [];
    const cap = key.length >= 8 ? 2 : 1;
    const out: number[] = [];
    this.refs.forEach((r, i) => {
      if (!r.year || (base !== null && r.year.base !== base) || r.authors.length === 0) return;
      for (const k of this.authorKeys[i][0]) {
        if (k.length >= 4 && editDistance(key, k, cap) <= cap) {
          out.push(i);
          return;
        }
      }
    });
    return out;
  }
}

function refAuthorCount(r: ParsedReference): number {
  // An entry ending in et al. counts as four or more authors with `+ 1` or `- 1`, and nothing tells four
  // from more for such an entry (an equivalent mutant, issue 14).
  return r.etAl ? Math.max(4, r.authors.length + 1) : r.authors.length;
}

function scoreCandidate(c: ParsedCitation, authors: string[], index: ReferenceIndex, i: number): number {
  const r = index.refs[i];
  let score = 0;
  const cy = c.year;
  const ry = r.year!;
  // Both callers drop entries whose letter differs from the citation's, so two letters here are always the
  // same: the `-100` is never added and `cy.suffix === ry.suffix` is always true (equivalent mutants, issue 14).
  if (cy.suffix && ry.suffix) score += cy.suffix === ry.suffix ? 10 : -100;
  // Agreeing on having no letter weighs less than a named co-author and a matching author count
  // (3 + 4 + the 2 lost for a count one out): a learner leaves a letter out more often than they
  // name a co-author a work does not have, so "(Smith and Jones, 2009)" is Smith and Jones (2009a),
  // not Smith (2009).
  else if (!cy.suffix && !ry.suffix) score += 5;
  const n = refAuthorCount(r);
  if (c.etAl) score += n >= 3 ? 4 : n === 2 ? 1 : -2;
  else if (r.etAl) score += authors.length >= 2 ? 2 : -1;
  else score += n === authors.length ? 4 : -2 * Math.abs(n - authors.length);
  for (let k = 1; k < authors.length; k++) {
    const m = index.authorMatches(i, k, authors[k]);
    if (m === true) score += 3;
    else if (m === false) score -= 3;
  }
  if (r.list === "references") score += 1;
  // "(A. Smith, 2020)" against Smith, A. and Smith, B.
  if (c.initial && r.firstInitial && authors === c.authors) score += c.initial === r.firstInitial ? 2 : -3;
  return score;
}

/**
 * The entries a citation refers to, or why none was found. `etAlFrom` is the house style's
 * author count from which "et al." is used (Cite Them Right: four).
 */
export function matchCitation(c: ParsedCitation, index: ReferenceIndex, etAlFrom = 4): CitationMatch | Unmatched {
  const readings: string[][] = [c.authors, ...c.alternatives];
  for (const authors of readings) {
    // The scanner gives no reading without a name (and a citation with none fails at nearSpellings either
    // way), so this never skips one (an equivalent mutant, issue 14).
    if (authors.length === 0) continue;
    const keys = keysOf(authors[0], c.corporate && authors === c.authors, authors === c.authors ? c.aliases : []);
    // "Chartered Institute ... (CIPD)": the full name as a whole is also a key
    // same base year, and no conflicting letter: "2009c" is not "2009a"
    const cands = index.withFirstAuthor(keys).filter((i) => {
      const ry = index.refs[i].year!;
      return ry.base === c.year.base && !(c.year.suffix && ry.suffix && ry.suffix !== c.year.suffix);
    });
    if (cands.length > 0) return choose(c, authors, index, cands, etAlFrom);
  }
  // A near-miss spelling with the same year.
  const near = index
    .nearSpellings(c.authors[0], c.year.base)
    .filter((i) => !(c.year.suffix && index.refs[i].year!.suffix && index.refs[i].year!.suffix !== c.year.suffix));
  if (near.length > 0) {
    const best = choose(c, c.authors, index, near, etAlFrom);
    const r = index.refs[best.refs[0]];
    best.warnings.unshift({ kind: "spelling", cited: c.authors[0], listed: r.authors[0] });
    return best;
  }
  // Nothing: say what is nearest.
  const sameAuthor = index.withFirstAuthor(keysOf(c.authors[0], c.corporate, c.aliases));
  if (sameAuthor.length > 0) return { nearest: sameAuthor[0], nearestKind: "other-year" };
  const spelt = index.nearSpellings(c.authors[0], null);
  if (spelt.length > 0) return { nearest: spelt[0], nearestKind: "spelling" };
  return {};
}

function choose(c: ParsedCitation, authors: string[], index: ReferenceIndex, cands: number[], etAlFrom: number): CitationMatch {
  const scored = cands.map((i) => ({ i, s: scoreCandidate(c, authors, index, i) }));
  const top = Math.max(...scored.map((x) => x.s));
  const best = scored.filter((x) => x.s === top).map((x) => x.i);
  const warnings: MatchWarning[] = [];
  const notes: MatchNote[] = [];
  const refs = index.refs;
  // A suffix the citation leaves out: any of the suffixed entries may be meant.
  if (!c.year.suffix && best.some((i) => refs[i].year!.suffix)) {
    const options = cands.filter((i) => refs[i].year!.suffix).map((i) => refs[i].year!.text);
    warnings.push({ kind: "suffix-missing", options: [...new Set(options)].sort() });
  } else if (c.year.suffix && best.every((i) => !refs[i].year!.suffix)) {
    warnings.push({ kind: "suffix-not-in-list", suffix: c.year.suffix });
  }
  const r = refs[best[0]];
  const n = refAuthorCount(r);
  if (!c.etAl && !r.etAl && !r.corporate && authors.length < n && best.length === 1) {
    if (n >= etAlFrom) warnings.push({ kind: "et-al-missing" });
    else warnings.push({ kind: "co-authors-omitted", listed: r.authors });
  } else if (!c.etAl && r.etAl && authors.length === 1 && best.length === 1) {
    warnings.push({ kind: "et-al-missing" });
  }
  if (best.length === 1) {
    for (let k = 1; k < authors.length; k++) {
      if (index.authorMatches(best[0], k, authors[k]) === false) {
        warnings.push({ kind: "co-author-differs", cited: authors[k], listed: r.authors[k] });
        break;
      }
    }
  }
  // Only entries with an author are candidates, so `n >= 1` always holds (an equivalent mutant, issue 14).
  if (c.etAl && !r.etAl && n < etAlFrom && n >= 1 && best.length === 1) notes.push({ kind: "et-al-under-four", count: n });
  if (best.every((i) => refs[i].list === "bibliography")) warnings.push({ kind: "bibliography-only" });
  // "GROW model, Whitmore" or "Sir John Whitmore" found a person's entry: report the surname
  // Only entries with an author are candidates, so `r.authors.length > 0` always holds (equivalent mutants, issue 14).
  const reported = c.corporate && authors === c.authors && !r.corporate && r.authors.length > 0 ? [r.authors[0]] : authors;
  return { refs: best, warnings, notes, authors: reported };
}

export function isMatch(m: CitationMatch | Unmatched): m is CitationMatch {
  return (m as CitationMatch).refs !== undefined;
}

/** "starr 2016": the key the section cards show for a work. */
export function workKey(author: string, year: string): string {
  return `${foldForNameMatch(author).replace(/\s+/g, " ").trim()} ${year}`;
}
