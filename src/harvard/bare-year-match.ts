import type { BareYear } from "./intext-bare-year";
import { keysOf, type CitationMatch, type ReferenceIndex } from "./match";
import { isUpper, nameKey } from "./text";
import type { ParsedCitation } from "./types";

/**
 * Matching a Title Case phrase before a bare year to the reference list: "the EMCC Global Code
 * of Ethics (2021)" is EMCC Global (2021), "Maslow's Hierarchy of Needs (1943)" is Maslow (1943)
 * when the list has it. An entry of the same year matches when the phrase holds its first
 * author (a surname, an organisation, its acronym or a name it goes by) or opens its title.
 * When nothing matches, the phrase is a name of its own (a model, an Act) and nothing is reported.
 */

/** Keys of every run of words in the phrase that starts with a capitalised word. */
function phraseKeys(phrase: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let s = 0; s < phrase.length; s++) {
    if (!isUpper(phrase[s][0])) continue;
    // Equivalent mutants (issue 14): starting at `s - 1` adds only empty runs and, from the first word, the
    // run without its last word (slice(0, -1)), which is made anyway; nameKey drops the spaces `join` puts in;
    // and an empty key, if added, matches no entry (no entry has one).
    for (let e = s + 1; e <= phrase.length; e++) {
      const k = nameKey(phrase.slice(s, e).join(" "));
      if (k) keys.add(k);
    }
  }
  return keys;
}

/** Keys of the phrase's tails of two or more capitalised words, to compare with the start of a title. */
function titleKeys(phrase: readonly string[]): string[] {
  // Equivalent mutants (issue 14): a stray string in `out` (not a key, with capitals and spaces) starts no
  // title's key; a phrase begins and ends with a capitalised word (intext-bare-year.ts), so a tail that
  // starts with one has two or more of them exactly when it has two or more words, with or without the
  // filter; and nameKey drops the spaces `join` puts in.
  const out: string[] = [];
  for (let s = 0; s < phrase.length; s++) {
    const tail = phrase.slice(s);
    if (!isUpper(tail[0][0]) || tail.filter((w) => isUpper(w[0])).length < 2) continue;
    const k = nameKey(tail.join(" "));
    if (k.length >= 8) out.push(k);
  }
  return out;
}

/** Indices of the entries the phrase names, in list order; empty when none. */
export function matchBareYear(bare: BareYear, index: ReferenceIndex): number[] {
  // A shortcut: an empty phrase has no keys and names nothing either way (an equivalent mutant, issue 14).
  if (bare.phrase.length === 0) return [];
  const keys = phraseKeys(bare.phrase);
  const titles = titleKeys(bare.phrase);
  const out: number[] = [];
  index.refs.forEach((r, i) => {
    if (!r.year || r.authors.length === 0 || r.year.base !== bare.year.base) return;
    if (bare.year.suffix && r.year.suffix !== bare.year.suffix) return;
    const authorKeys = keysOf(r.authors[0], r.corporate, r.aliases);
    const title = nameKey(r.title);
    if (authorKeys.some((k) => keys.has(k)) || titles.some((t) => title.startsWith(t))) out.push(i);
  });
  return out;
}

/** The citation a matched phrase stands for: the entry's own names, so it matches with no warning. */
export function phraseCitation(bare: BareYear, refs: readonly number[], index: ReferenceIndex, paragraph: number, ac: string | null): { citation: ParsedCitation; match: CitationMatch } {
  const r = index.refs[refs[0]];
  const citation: ParsedCitation = {
    text: bare.text,
    authors: r.authors,
    etAl: r.etAl,
    corporate: r.corporate,
    aliases: r.aliases,
    alternatives: [],
    year: bare.year,
    narrative: true,
    secondary: false,
    slips: [],
    paragraph,
    ac,
    offset: bare.offset,
  };
  return { citation, match: { refs: [...refs], warnings: [], notes: [], authors: [...r.authors] } };
}
