/**
 * The referencing style notes under a centre's house Harvard: what Cite Them Right calls a slip
 * is the centre's own rule elsewhere, and the centre's rule is what gets noted.
 */
import { findSections } from "../../../src/core/sections";
import { buildReferencingContext } from "../../../src/harvard/check-referencing";
import { CITE_THEM_RIGHT, pageLocatorSlip, type HarvardSettings } from "../../../src/harvard/house-style";
import { citationMatchedWithWarning } from "../../../src/harvard/rules/citation-matched-with-warning";
import { citationStyle } from "../../../src/harvard/rules/citation-style";
import { referenceStyle } from "../../../src/harvard/rules/reference-style";
import type { ReferencingContext } from "../../../src/harvard/context";
import { draft } from "../../core/draft";
import { essay } from "../helpers";

const OSCAR = "Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting.";
const ROGERS = "Rogers, J., Gilbert, A. and Whittleworth, K. (2012) The manager as coach. Maidenhead: McGraw-Hill.";
const ICF_ND = "International Coaching Federation (n.d.) ICF code of ethics.";
const ICF_NO_DATE = "International Coaching Federation (no date) ICF code of ethics.";

/** The messages' data a rule reports for one essay under these settings. */
type ReferencingRule = { run(ctx: ReferencingContext): Array<{ data?: unknown }> };

function notes(rule: ReferencingRule, body: string[], refs: string[], harvard: Partial<HarvardSettings> = {}): Record<string, string>[] {
  const doc = draft(essay(body, refs));
  const ctx = buildReferencingContext({ unit: null, sections: findSections(doc, null), harvard });
  return rule.run(ctx).map((p) => ({ ...(p.data as Record<string, string>) }));
}
const cite = (body: string, refs: string[], harvard: Partial<HarvardSettings> = {}) =>
  notes(citationStyle, [body], refs, harvard).map((d) => d.fixes);
const list = (ref: string, harvard: Partial<HarvardSettings> = {}) => notes(referenceStyle, ["Goals."], [ref], harvard).map((d) => d.notes);

describe("Cite Them Right stays the default", () => {
  test("no settings and Cite Them Right's own settings give the same notes", () => {
    const body = "OSCAR (Gilbert & Whittleworth 2009, p.4) and ethics (ICF, n.d.).";
    const expected = ['write "and" between authors, not "&"; write page numbers as "p. 42" or "pp. 42–45"; put a comma between the names and the year', 'Cite Them Right writes "no date" rather than "n.d."'];
    expect(cite(body, [OSCAR, ICF_NO_DATE])).toEqual(expected);
    expect(cite(body, [OSCAR, ICF_NO_DATE], { ...CITE_THEM_RIGHT })).toEqual(expected);
  });
});

describe('"n.d." for undated works', () => {
  const nd = { noDate: "n.d." } as const;
  test("in the text: n.d. is the rule, no date is the note", () => {
    expect(cite("Ethics (ICF, n.d.).", [ICF_ND], nd)).toEqual([]);
    expect(cite("Ethics (ICF, no date).", [ICF_ND], nd)).toEqual(['your centre\'s Harvard style writes "n.d." rather than "no date"']);
  });
  test("in the list: the same", () => {
    expect(list(ICF_ND, nd)).toEqual([]);
    expect(list(ICF_NO_DATE, nd)).toEqual(['Your centre\'s Harvard style writes "n.d." rather than "no date"']);
    expect(list(ICF_ND)).toEqual(['Cite Them Right writes "no date" rather than "n.d."']);
  });
  test("the list's note names the centre's style, not Cite Them Right, in the message and the fix", () => {
    const say = (ref: string, harvard: Partial<HarvardSettings> = {}) => {
      const ctx = buildReferencingContext({ unit: null, sections: findSections(draft(essay(["Goals."], [ref])), null), harvard });
      return referenceStyle.run(ctx).map((p) => [p.message, p.fix]);
    };
    expect(say(ICF_NO_DATE, nd)).toEqual([
      [
        "International Coaching Federation (no date) is not set out in your centre's Harvard style.",
        "Set it out as your centre's Harvard style does. Your centre's Harvard style writes \"n.d.\" rather than \"no date\". Update reference list can do it for you.",
      ],
    ]);
    expect(say(ICF_ND)[0]![0]).toBe("International Coaching Federation (n.d.) is not set out in Cite Them Right form.");
    expect(say(ICF_ND)[0]![1]).toMatch(/^Set it out as Cite Them Right does\. /);
  });
});

describe('"&" inside brackets', () => {
  const amp = { ampersandInBrackets: true } as const;
  test("in brackets: & is the rule, and is the note", () => {
    expect(cite("OSCAR (Gilbert & Whittleworth, 2009).", [OSCAR], amp)).toEqual([]);
    expect(cite("OSCAR (Gilbert and Whittleworth, 2009).", [OSCAR], amp)).toEqual(['your centre\'s Harvard style writes "&" between authors inside brackets']);
  });
  test("in running text it is still \"and\"", () => {
    expect(cite("Gilbert and Whittleworth (2009) describe OSCAR.", [OSCAR], amp)).toEqual([]);
    expect(cite("Gilbert & Whittleworth (2009) describe OSCAR.", [OSCAR], amp)).toEqual(['write "and" between authors in your own sentence; "&" belongs inside brackets']);
  });
  test("an organisation's own \"and\" is never a slip", () => {
    expect(cite("Culture (Department for Education and Skills, 2004).", ["Department for Education and Skills (2004) Five year strategy. London: DfES."], amp)).toEqual([]);
  });
  test("the reference list may use & too", () => {
    expect(list("Clutterbuck, D. & Megginson, D. (2005) Making coaching work. London: CIPD.", amp)).toEqual([]);
    expect(list("Clutterbuck, D. & Megginson, D. (2005) Making coaching work. London: CIPD.")).toEqual(['Join the last two authors with "and", not "&"']);
  });
});

describe("the page form", () => {
  test('": 42" (colon and number)', () => {
    const colon = { pageLocator: ": 42" } as const;
    expect(cite("OSCAR (Gilbert and Whittleworth, 2009: 4).", [OSCAR], colon)).toEqual([]);
    expect(cite("OSCAR (Gilbert and Whittleworth, 2009, p. 4).", [OSCAR], colon)).toEqual(['write page numbers as ": 42", as your centre\'s Harvard style does']);
    // Cite Them Right notes the colon.
    expect(cite("OSCAR (Gilbert and Whittleworth, 2009: 4).", [OSCAR])).toEqual(['write page numbers as "p. 42" or "pp. 42–45"']);
  });
  test('"p.42" (no space)', () => {
    const tight = { pageLocator: "p.42" } as const;
    expect(cite("OSCAR (Gilbert and Whittleworth, 2009, p.4).", [OSCAR], tight)).toEqual([]);
    expect(cite("OSCAR (Gilbert and Whittleworth, 2009, p. 4).", [OSCAR], tight)).toEqual(['write page numbers as "p.42", as your centre\'s Harvard style does']);
  });
  test.each([
    [", p. 4", "p. 42", false],
    [", p.4", "p. 42", true],
    [": 4", "p. 42", true],
    [", 4", "p. 42", false],
    [", pp.4-5", "p.42", false],
    [", pp. 4-5", "p.42", true],
    [": 4-5", ": 42", false],
    [", 4", ": 42", true],
    [", page 4", ": 42", true],
  ] as const)("%j under %j: slip %s", (written, form, slip) => {
    expect(pageLocatorSlip(written, form)).toBe(slip);
  });
});

describe("et al. from another number of authors", () => {
  test("from three authors: a three-author work is cited with et al., and naming all three is the warning", () => {
    const three = { etAlFrom: 3 };
    expect(cite("Managers (Rogers et al., 2012).", [ROGERS], three)).toEqual([]);
    const warnings = notes(citationMatchedWithWarning, ["Managers (Rogers, 2012)."], [ROGERS], three);
    expect(warnings).toEqual([{ citation: "Rogers (2012)", author: "Rogers", from: "three" }]);
  });
  test("under Cite Them Right the same citation is noted, the other way round", () => {
    expect(cite("Managers (Rogers et al., 2012).", [ROGERS])).toEqual(['this work has 3 authors: Cite Them Right names up to three authors and uses "et al." only for four or more']);
    const warnings = notes(citationMatchedWithWarning, ["Managers (Rogers, 2012)."], [ROGERS]);
    expect(warnings).toEqual([{ citation: "Rogers (2012)", listed: "Rogers, Gilbert and Whittleworth", upTo: "three" }]);
  });
  test("from five authors, the note says so", () => {
    expect(cite("Managers (Rogers et al., 2012).", [ROGERS], { etAlFrom: 5 })).toEqual(['this work has 3 authors: your centre\'s Harvard style names up to four authors and uses "et al." only for five or more']);
  });
});
