import type { Section } from "../model/sections";
import type { Unit } from "../units/types";
import type { CitationReport, Problem, ReferenceReport } from "../model/report";
import type { ReferencingContext, YearWithoutAuthor } from "./context";
import { matchBareYear, phraseCitation } from "./bare-year-match";
import { findBareYears, type BareYear } from "./intext-bare-year";
import { REFERENCING_RULES, type ReferencingRuleId } from "./rules/referencing-rules";
import { scanCitations, type BracketMemo } from "./intext";
import { ReferenceIndex, isMatch, keysOf, matchCitation, workKey, type CitationMatch, type Unmatched } from "./match";
import type { CtrEdition } from "./edition";
import { parseReference } from "./reference-parse";
import { harvardSettings, type HarvardSettings } from "./house-style";

import type { ParsedCitation, ParsedReference } from "./types";

export interface ReferencingInput {
  unit: Unit | null;
  sections: Section[];
  /** House Harvard settings (edition included); Cite Them Right 12th edition fills whatever is not given. */
  harvard?: Partial<HarvardSettings>;
  /** The Cite Them Right edition: the same setting as `harvard.edition`, which this wins over when given. */
  edition?: CtrEdition;
}

export interface ReferencingResult {
  citations: CitationReport[];
  references: ReferenceReport[];
  problems: Problem<ReferencingRuleId>[];
  /** Distinct works cited per AC id (keys like "starr 2016"), for the section cards. */
  sourcesByAc: Record<string, string[]>;
}

/** Professional bodies whose codes of practice or ethics the units ask for, as name keys. */
const CODE_BODIES = new Set([
  "emcc", "icf", "ac", "apecs", "bps", "ilm", "cmi", "ioc", "sgcp", "ima", "gsaec",
]);

/** The tail of an entry that was broken over two paragraphs. */
const CONTINUATION_WORDS = /^(?:available\s+(?:at|from)\b|\[online\]|\(?accessed\b|\[accessed\b|doi:|https?:\/\/doi\.org\/|pp?\.\s*\d)/i;
// built once: tsx compiles a \p{…} literal inside a function into a `new RegExp` on every call
const STARTS_LOWER = /^\p{Ll}/u;

function isContinuation(line: string): boolean {
  // a line starting in lower case that is no entry of its own (not "de Haan, E. (2008)") carries on the one above
  // a bare web address is an entry of its own, reported as incomplete
  if (/^(?:https?:|www\.)/i.test(line) && !/^https?:\/\/doi\.org\//i.test(line)) return false;
  return CONTINUATION_WORDS.test(line) || STARTS_LOWER.test(line);
}

/** A line under References that is a sub-heading ("Books", "Websites") rather than an entry. */
function isListLabel(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return true;
  if (/\d|https?:|www\.|\.\w{2,}\//i.test(t)) return false;
  return t.split(/\s+/).length <= 4 && !/[.,(]/.test(t.replace(/[.:]$/, ""));
}

function readReferences(sections: readonly Section[], house: HarvardSettings): { refs: ParsedReference[]; hasList: boolean; hasBibliography: boolean } {
  const refs: ParsedReference[] = [];
  let hasList = false;
  let hasBibliography = false;
  for (const s of sections) {
    if (s.kind !== "references" && s.kind !== "bibliography") continue;
    if (s.kind === "references") hasList = true;
    else hasBibliography = true;
    let prev: ParsedReference | null = null;
    for (const p of s.paragraphs) {
      if (p.headingLevel > 0 || p.isTitle || p.role !== "body") continue;
      if (isListLabel(p.text)) continue;
      // "Available at: …" pressed onto a line of its own belongs to the entry above it
      const alone = parseReference(p.text, s.kind, p.index, house);
      const complete = alone.year !== null && alone.authors.length > 0;
      if (prev && prev.year && !complete && isContinuation(p.text.trim())) {
        refs[refs.length - 1] = prev = parseReference(`${prev.text} ${p.text.trim()}`, s.kind, prev.paragraph, house);
        continue;
      }
      refs.push((prev = alone));
    }
  }
  return { refs, hasList, hasBibliography };
}

/** A bare year where it stands: paragraph and AC. */
type PlacedBareYear = BareYear & { paragraph: number; ac: string | null };

function readCitations(sections: readonly Section[], bare: PlacedBareYear[]): ParsedCitation[] {
  const out: ParsedCitation[] = [];
  // one memo for the whole draft: the same bracket recurs from section to section
  const memo: BracketMemo = new Map();
  for (const s of sections) {
    if (s.kind === "references" || s.kind === "bibliography") continue;
    const ac = s.kind === "ac" ? s.ac : null;
    for (const p of s.paragraphs) {
      if (p.role !== "body" || p.isTitle) continue;
      if (p.text.length < 6) continue;
      const found = scanCitations(p.text, memo);
      for (const c of found) {
        const placed = c as ParsedCitation;
        placed.paragraph = p.index;
        placed.ac = ac;
        out.push(placed);
      }
      for (const b of findBareYears(p.text, found)) bare.push({ ...b, paragraph: p.index, ac });
    }
  }
  return out;
}

function isCodeOfPractice(r: ParsedReference | null, c: ParsedCitation): boolean {
  if (r) {
    if (/\bcodes?\b|\bethic/i.test(r.title)) return true;
    const keys = r.authors.length > 0 ? keysOf(r.authors[0], r.corporate, r.aliases) : [];
    if (keys.some((k) => CODE_BODIES.has(k))) return true;
  }
  return keysOf(c.authors[0] ?? "", c.corporate, c.aliases).some((k) => CODE_BODIES.has(k));
}

/** What is worked out once for every citation of the same reading (names and year). */
interface MatchEntry {
  match: CitationMatch | Unmatched;
  /** "starr 2016", for the section cards; computed when first needed. */
  work?: string;
  codeOfPractice?: boolean;
}

/** A citation's names as the matcher reads them (every field but the year), with the entries per year text. */
interface Reading {
  aliases: readonly string[];
  alternatives: readonly string[][];
  etAl: boolean;
  corporate: boolean;
  initial: string | undefined;
  byYear: Map<string, MatchEntry>;
}

/**
 * The match of every citation, each distinct reading matched once. Citations read
 * from the same names share their arrays (the names are cached), so most are found
 * by identity without building a text key; the text key still joins equal readings
 * that were read separately.
 */
class MatchMemo {
  private byKey = new Map<string, MatchEntry>();
  private byAuthors = new Map<readonly string[], Reading[]>();

  constructor(
    private index: ReferenceIndex,
    private etAlFrom: number,
  ) {}

  entry(c: ParsedCitation): MatchEntry {
    let readings = this.byAuthors.get(c.authors);
    if (!readings) this.byAuthors.set(c.authors, (readings = []));
    let reading = readings.find(
      (r) => r.aliases === c.aliases && r.alternatives === c.alternatives && r.etAl === c.etAl && r.corporate === c.corporate && r.initial === c.initial,
    );
    if (!reading) {
      reading = { aliases: c.aliases, alternatives: c.alternatives, etAl: c.etAl, corporate: c.corporate, initial: c.initial, byYear: new Map() };
      readings.push(reading);
    }
    let entry = reading.byYear.get(c.year.text);
    if (!entry) {
      const key = `${c.initial ?? ""}${c.authors.join("\u0001")}\u0002${c.year.text}\u0002${c.etAl}${c.corporate}\u0002${c.aliases.join("\u0001")}\u0002${c.alternatives.map((a) => a.join("\u0001")).join("\u0003")}`;
      entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, (entry = { match: matchCitation(c, this.index, this.etAlFrom) }));
      reading.byYear.set(c.year.text, entry);
    }
    return entry;
  }
}

/** Build the context every referencing rule reads. Exported for the rules' tests. */
export function buildReferencingContext(input: ReferencingInput): ReferencingContext {
  const harvard = harvardSettings({ ...(input.harvard ?? {}), ...(input.edition ? { edition: input.edition } : {}) });
  const { refs, hasList, hasBibliography } = readReferences(input.sections, harvard);
  const index = new ReferenceIndex(refs);
  const bare: PlacedBareYear[] = [];
  const all = readCitations(input.sections, bare);
  // the same work is cited many times: match each distinct reading once
  const memo = new MatchMemo(index, harvard.etAlFrom);
  const allEntries = all.map((c) => memo.entry(c));
  // An unbracketed "Name, 2012" is too weak to report as missing from the list: keep it only when it matches.
  const keep = all.map((c, i) => !c.unbracketed || isMatch(allEntries[i].match));
  const citations = all.filter((_, i) => keep[i]);
  const entries = allEntries.filter((_, i) => keep[i]);
  const yearsWithoutAuthor = addBareYears(bare, index, citations, entries);
  const matches: Array<CitationMatch | Unmatched> = entries.map((e) => e.match);
  const cited = refs.map(() => false);
  const sources = new Map<string, Set<string>>();
  const codeOfPracticeByAc: Record<string, boolean> = {};
  citations.forEach((c, i) => {
    const entry = entries[i];
    const m = entry.match;
    const ref = isMatch(m) ? refs[m.refs[0]] : null;
    if (isMatch(m)) for (const r of m.refs) cited[r] = true;
    if (!c.ac) return;
    // both depend only on the reading and its match, so they are worked out once per entry
    if (entry.work === undefined) {
      entry.work = ref && ref.year ? workKey(ref.authors[0], ref.year.text) : workKey(c.authors[0] ?? "", c.year.text);
      entry.codeOfPractice = isCodeOfPractice(ref, c);
    }
    let set = sources.get(c.ac);
    if (!set) sources.set(c.ac, (set = new Set()));
    set.add(entry.work);
    if (entry.codeOfPractice) codeOfPracticeByAc[c.ac] = true;
  });
  const sourcesByAc: Record<string, string[]> = {};
  for (const [ac, set] of sources) sourcesByAc[ac] = [...set];
  return {
    unit: input.unit,
    sections: input.sections,
    harvard,
    citations,
    matches,
    references: refs,
    index,
    cited,
    hasReferenceList: hasList || hasBibliography,
    bibliographyOnly: !hasList && hasBibliography,
    sourcesByAc,
    codeOfPracticeByAc,
    yearsWithoutAuthor,
  };
}

/**
 * Bare years (a year in brackets with no author read): a phrase that names an entry of the list
 * becomes a citation of it, put in document order among the others; a work with no name near it
 * ("The review (2019)") is returned for a note. Anything else is left alone.
 */
function addBareYears(bare: readonly PlacedBareYear[], index: ReferenceIndex, citations: ParsedCitation[], entries: MatchEntry[]): YearWithoutAuthor[] {
  const orphans: YearWithoutAuthor[] = [];
  let added = false;
  for (const b of bare) {
    const refs = matchBareYear(b, index);
    if (refs.length > 0) {
      const { citation, match } = phraseCitation(b, refs, index, b.paragraph, b.ac);
      citations.push(citation);
      entries.push({ match });
      added = true;
    } else if (b.workNoun) {
      orphans.push({ text: b.text, year: b.year.text, noun: b.workNoun, paragraph: b.paragraph, ac: b.ac });
    }
  }
  if (added) {
    const order = citations.map((c, i) => i).sort((a, b) => citations[a].paragraph - citations[b].paragraph || citations[a].offset - citations[b].offset || a - b);
    const sortedCitations = order.map((i) => citations[i]);
    const sortedEntries = order.map((i) => entries[i]);
    citations.splice(0, citations.length, ...sortedCitations);
    entries.splice(0, entries.length, ...sortedEntries);
  }
  return orphans;
}

function citationReport(c: ParsedCitation, m: CitationMatch | Unmatched): CitationReport {
  const report: CitationReport = {
    text: c.text,
    // copies: parsed names are shared between citations through the caches
    authors: [...(isMatch(m) ? m.authors : c.authors)],
    year: c.year.text,
    ac: c.ac,
    matched: isMatch(m),
    paragraph: c.paragraph,
    narrative: c.narrative,
    secondary: c.secondary,
  };
  if (c.locator) report.locator = c.locator;
  return report;
}

function referenceReport(r: ParsedReference, cited: boolean): ReferenceReport {
  const report: ReferenceReport = {
    text: r.text,
    authors: [...r.authors],
    year: r.year ? r.year.text : "",
    list: r.list,
    cited,
    paragraph: r.paragraph,
  };
  if (r.title) report.title = r.title;
  return report;
}

/**
 * The referencing checks: in-text citations in every section, the reference
 * list and bibliography, matching between them, and the problems the
 * referencing rules find. Pure: no Office, no network.
 */
export function checkReferencing(input: ReferencingInput): ReferencingResult {
  const ctx = buildReferencingContext(input);
  const problems = REFERENCING_RULES.flatMap((rule): Problem<ReferencingRuleId>[] => rule.run(ctx));
  return {
    citations: ctx.citations.map((c, i) => citationReport(c, ctx.matches[i])),
    references: ctx.references.map((r, i) => referenceReport(r, ctx.cited[i])),
    problems,
    sourcesByAc: ctx.sourcesByAc,
  };
}


