/**
 * Matching citations to the list: the README's M1–M10 and more. Each case runs
 * through analyse() and through the matcher alone.
 */
import { ReferenceIndex, isMatch, matchCitation } from "../../src/harvard/match";
import { parseReference } from "../../src/harvard/reference-parse";
import { scanCitations } from "../../src/harvard/intext";
import type { ParsedCitation } from "../../src/harvard/types";
import { essay, run } from "./helpers";

const R2 = "Rogers, J; Gilbert A, Whittleworth K (2012) The Manager as Coach: The New Way to Get Results. McGraw Hill University Press.";
const R8 = [
  "Whitmore, J. (2009a) Coaching for performance. 4th edn. London: Nicholas Brealey.",
  "Whitmore, J. (2009b) Coaching for performance: growing people. London: Nicholas Brealey.",
];

interface MatchCase {
  name: string;
  text: string;
  list: string[];
  /** matched flag of each citation found */
  matched: boolean[];
  /** cited flag of each list entry */
  cited: boolean[];
  /** referencing problem codes expected (any order), excluding reference-order */
  codes: string[];
  /** text the first non-info problem's message must contain */
  message?: string;
}

const CASES: MatchCase[] = [
  { name: "M1 et al. for three authors", text: "Rogers et al. (2012) argue it.", list: [R2], matched: [true], cited: [true], codes: ["citation-style", "reference-style"] },
  { name: "M2 co-authors omitted", text: "Rogers (2012) argues it.", list: [R2], matched: [true], cited: [true], codes: ["citation-matched-with-warning", "reference-style"], message: "fewer authors" },
  { name: "M3 year suffix missing", text: "Coaching works (Whitmore, 2009).", list: R8, matched: [true], cited: [true, true], codes: ["citation-matched-with-warning"], message: "2009a, 2009b" },
  { name: "M3b suffix given", text: "Coaching works (Whitmore, 2009b).", list: R8, matched: [true], cited: [false, true], codes: ["reference-uncited"] },
  { name: "M5 acronym ILM", text: "Culture matters (ILM, 2020).", list: ["Institute of Leadership and Management (2020) Creating a coaching culture. London: ILM."], matched: [true], cited: [true], codes: [] },
  { name: "M6 acronym EMCC", text: "Ethics matter (EMCC, 2021).", list: ["European Mentoring and Coaching Council (2021) Global code of ethics."], matched: [true], cited: [true], codes: [] },
  { name: "M6 EMCC Global alias", text: "Ethics matter (EMCC Global, 2021).", list: ["European Mentoring and Coaching Council (2021) Global code of ethics."], matched: [true], cited: [true], codes: [] },
  { name: "M6 EMCC for EMCC Global", text: "Ethics matter (EMCC, 2021).", list: ["EMCC Global (2021) Global code of ethics for coaches, mentors and supervisors."], matched: [true], cited: [true], codes: [] },
  { name: "M7 cited in", text: "Early work (Brown, 1966, cited in Bassett, 1986).", list: ["Bassett, P. (1986) A secondary source. London: Sage."], matched: [true], cited: [true], codes: [] },
  { name: "M8 second author unverifiable", text: "It works (Smith and Jones, 2020).", list: ["Smith, A. et al. (2020) 'Four authors paper', Journal of Things, 1(1), pp. 1–2."], matched: [true], cited: [true], codes: [] },
  { name: "M9 uncited reference", text: "Goals matter (Covey, 1989).", list: ["Covey, S.R. (1989) The 7 habits. London: Simon & Schuster.", "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs: Prentice Hall."], matched: [true], cited: [true, false], codes: ["reference-uncited"], message: "Kolb (1984)" },
  { name: "M10 duplicate entries", text: "Goals matter (Covey, 1989).", list: ["Covey, S.R. (1989) The 7 habits. London: Simon & Schuster.", "Covey, S.R. (1989) The 7 habits. London: Simon & Schuster."], matched: [true], cited: [true, true], codes: ["reference-duplicate"] },
  { name: "unmatched, other year listed", text: "Emotions matter (Goleman, 1996).", list: ["Goleman, D. (1995) Emotional intelligence. New York: Bantam."], matched: [false], cited: [false], codes: ["citation-unmatched", "reference-uncited"], message: "Goleman (1995)" },
  { name: "unmatched, nothing near", text: "Emotions matter (Goleman, 1996).", list: ["Covey, S.R. (1989) The 7 habits. London: Simon & Schuster."], matched: [false], cited: [false], codes: ["citation-unmatched", "reference-uncited"], message: "your reference list has no entry for it" },
  { name: "near-miss spelling", text: "Performance (Whitmor, 2017).", list: ["Whitmore, J. (2017) Coaching for performance. 5th edn. London: Nicholas Brealey."], matched: [true], cited: [true], codes: ["citation-matched-with-warning"], message: "near spelling" },
  { name: "particle and case", text: "Skills (Van Nieuwerburgh, 2017).", list: ["van Nieuwerburgh, C. (2017) An introduction to coaching skills. 2nd edn. London: Sage."], matched: [true], cited: [true], codes: [] },
  { name: "particle dropped", text: "Skills (Nieuwerburgh, 2017).", list: ["van Nieuwerburgh, C. (2017) An introduction to coaching skills. 2nd edn. London: Sage."], matched: [true], cited: [true], codes: [] },
  { name: "diacritics dropped", text: "Reflection (Schon, 1983).", list: ["Schön, D.A. (1983) The reflective practitioner. New York: Basic Books."], matched: [true], cited: [true], codes: [] },
  { name: "curly vs straight apostrophe", text: "Backbone (O\u2019Neill, 2007).", list: ["O'Neill, M.B. (2007) Executive coaching with backbone and heart. San Francisco: Jossey-Bass."], matched: [true], cited: [true], codes: [] },
  { name: "n.d. vs no date with acronym", text: "Ethics (ICF, n.d.).", list: ["International Coaching Federation (no date) ICF code of ethics."], matched: [true], cited: [true], codes: ["citation-style"] },
  { name: "acronym given in list", text: "People (CIPD, 2023).", list: ["Chartered Institute of Personnel and Development (CIPD) (2023) Coaching and mentoring."], matched: [true], cited: [true], codes: [] },
  { name: "same surname and year: author count decides", text: "Skills (Rogers, 2012). Managers (Rogers et al., 2012).", list: ["Rogers, J. (2012) Coaching skills: a handbook. Maidenhead: Open University Press.", "Rogers, J., Gilbert, A. and Whittleworth, K. (2012) The manager as coach. Maidenhead: McGraw-Hill."], matched: [true, true], cited: [true, true], codes: ["citation-style"] },
  { name: "second author decides", text: "Volatiles (Schuman and Baldwin, 2012).", list: ["Schuman, M.C. and Baldwin, I.T. (2012) 'Asking the ecosystem', Journal, 1, pp. 1–2.", "Schuman, M.C., Barthel, K. and Baldwin, I.T. (2012) 'Herbivory-induced volatiles', Journal, 2, pp. 3–4."], matched: [true], cited: [true, false], codes: ["reference-uncited"] },
  { name: "wrong co-author", text: "OSCAR (Gilbert and Smith, 2009).", list: ["Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting."], matched: [true], cited: [true], codes: ["citation-matched-with-warning"], message: "Whittleworth" },
  { name: "cited work only in bibliography", text: "Coaching (Downey, 2003).", list: [], matched: [true], cited: [true], codes: ["citation-matched-with-warning"], message: "Bibliography" },
  { name: "title as author", text: "It says so (The untitled author book, 2010).", list: ["The untitled author book (2010) London: Publisher."], matched: [true], cited: [true], codes: [] },
  { name: "style slip is one note, not an error", text: "OSCAR (Gilbert & Whittleworth 2009).", list: ["Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting."], matched: [true], cited: [true], codes: ["citation-style"] },
  { name: "narrative possessive", text: "Hawkins' (2011) CLEAR model helps.", list: ["Hawkins, P. (2011) Leadership team coaching. London: Kogan Page."], matched: [true], cited: [true], codes: [] },
  { name: "model name before the author", text: "It helps (GROW model, Whitmore, 2009).", list: ["Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey."], matched: [true], cited: [true], codes: [] },
  { name: "author then a model name", text: "Belbin Team Roles (1981) were used.", list: ["Belbin, R.M. (1981) Management teams. London: Heinemann."], matched: [true], cited: [true], codes: [] },
  { name: "full name in narrative", text: "Sir John Whitmore (2009) wrote it.", list: ["Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey."], matched: [true], cited: [true], codes: [] },
  { name: "same surname and year: the initial decides", text: "One view (B. Smith, 2020).", list: ["Smith, A. (2020) First view. London: Sage.", "Smith, B. (2020) Second view. London: Sage."], matched: [true], cited: [false, true], codes: ["reference-uncited"] },
  { name: "a letter the list does not have", text: "Performance (Whitmore, 2009c).", list: R8, matched: [false], cited: [false, false], codes: ["citation-unmatched", "reference-uncited", "reference-uncited"], message: "has it only as Whitmore (2009a)" },
  { name: "eLife continuation", text: "Microglia (Tremblay, 2011a; 2011b).", list: ["Tremblay, M. (2011a) 'First', Journal, 1, pp. 1–2.", "Tremblay, M. (2011b) 'Second', Journal, 2, pp. 3–4."], matched: [true, true], cited: [true, true], codes: [] },
];

function bibliographyFor(c: MatchCase): string[] {
  return c.name === "cited work only in bibliography" ? ["Downey, M. (2003) Effective coaching. 2nd edn. London: Texere."] : [];
}

describe("matching: whole pipeline", () => {
  it("has at least 15 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const report = run(essay([c.text], c.list, bibliographyFor(c)));
    expect(report.citations.map((x) => x.matched)).toEqual(c.matched);
    expect(report.references.map((r) => r.cited)).toEqual(c.cited.length > 0 ? c.cited : [true]);
    const got = report.problems.map((p) => p.code).filter((code) => /^(citation|reference)/.test(code) && code !== "reference-order");
    expect([...got].sort()).toEqual([...c.codes].sort());
    if (c.message) {
      const first = report.problems.find((p) => p.severity !== "info" && /^(citation|reference)/.test(p.code));
      expect(first?.message).toContain(c.message);
    }
    for (const p of report.problems) expect(p.message).toMatch(/^[A-Z“"(].*[.)]$/s);
  });
});

describe("matching: names reported", () => {
  it.each([
    ["It helps (GROW model, Whitmore, 2009).", "Whitmore, J. (2009) Coaching for performance.", ["Whitmore"]],
    ["Sir John Whitmore (2009) wrote it.", "Whitmore, J. (2009) Coaching for performance.", ["Whitmore"]],
    ["Belbin Team Roles (1981) were used.", "Belbin, R.M. (1981) Management teams.", ["Belbin"]],
    ["It works (Papp and Müller, 2006).", "Papp, A. and Müller, B. (2006) Title.", ["Papp", "Müller"]],
    ["Culture (ILM, 2020).", "Institute of Leadership and Management (2020) Report.", ["ILM"]],
  ])("%s", (text, line, authors) => {
    const report = run(essay([text], [line]));
    expect(report.citations.map((c) => c.authors)).toEqual([authors]);
  });
});

describe("matching: matcher alone", () => {
  const cite = (text: string): ParsedCitation => ({ ...scanCitations(text)[0], paragraph: 0, ac: null });
  it.each(CASES.filter((c) => c.list.length > 0).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const index = new ReferenceIndex(c.list.map((l, i) => parseReference(l, "references", i)));
    const found = scanCitations(c.text);
    expect(found.map((f) => isMatch(matchCitation({ ...f, paragraph: 0, ac: null }, index)))).toEqual(c.matched);
  });

  it("names the nearest entry when the year differs", () => {
    const index = new ReferenceIndex([parseReference("Goleman, D. (1995) Emotional intelligence.", "references", 0)]);
    const m = matchCitation(cite("(Goleman, 1996)"), index);
    expect(isMatch(m)).toBe(false);
    if (!isMatch(m)) expect([m.nearest, m.nearestKind]).toEqual([0, "other-year"]);
  });
});
