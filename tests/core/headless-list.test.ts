/**
 * A reference list with no heading (Word's "Insert Bibliography", or a list typed straight after
 * the conclusion) is still the reference list (issue 11).
 */
import { headlessListStart } from "../../src/core/headless-list";
import { scanDraft } from "../../src/core/sections";
import { buildContext } from "../../src/core/context";
import { draft } from "./draft";
import { MARKED, ac, filler } from "./fixtures";

const CTR = [
  "Downey, M. (2003) Effective coaching: lessons from the coach's coach. 2nd edn. London: Texere.",
  "Hawkins, P. and Smith, N. (2013) Coaching, mentoring and organizational consultancy. 2nd edn. Maidenhead: Open University Press.",
  "van Nieuwerburgh, C. (2017) An introduction to coaching skills: a practical guide. 2nd edn. London: Sage.",
];
const ANGLIA = ["Starr, J., 2016. The coaching manual. 4th ed. Harlow: Pearson.", "EMCC, 2018. Global code of ethics. Brussels: EMCC.", "Whitmore, J., 2017. Coaching for performance. 5th ed. London: Nicholas Brealey."];
/** Sentences that open with a narrative citation, as answers do: never entries. */
const NARRATIVE = [
  "Starr (2016) argues that coaching begins with the coachee's own agenda and I found this in my sessions.",
  "Whitmore (2017) suggests that awareness and responsibility are the two aims of any coaching conversation.",
  "Downey (2003) describes a spectrum from directive to non-directive coaching that I now use every week.",
];

const draftWith = (tail: string[]) => draft([`## ${ac(MARKED, "1.1")}`, filler(20), "# Conclusion", filler(10), ...tail]);
const kinds = (tail: string[]) => scanDraft(draftWith(tail), MARKED).sections.map((s) => (s.kind === "ac" ? `ac ${s.ac}` : s.kind));

describe("a reference list with no heading", () => {
  it("is found after the conclusion, in Cite Them Right's form or Word's Harvard - Anglia", () => {
    expect(kinds(CTR)).toEqual(["ac 1.1", "other", "references"]);
    expect(kinds(ANGLIA)).toEqual(["ac 1.1", "other", "references"]);
    const ctx = buildContext(draftWith(CTR), MARKED);
    expect(ctx.totalWords).toBe(20 + 10);
  });

  it("ends at a heading after it (an appendix), with empty and 'Available at:' lines inside it", () => {
    const doc = draftWith([CTR[0]!, "", CTR[1]!, "Available at: https://example.org/coaching", CTR[2]!, "# Appendix 1", filler(15)]);
    expect(headlessListStart(doc.paragraphs, 0)).toBe(4);
    expect(scanDraft(doc, MARKED).sections.map((s) => s.kind)).toEqual(["ac", "other", "references", "appendix"]);
  });

  it("needs three entries, after the last side-heading, and no prose after them", () => {
    expect(kinds(CTR.slice(0, 2))).toEqual(["ac 1.1", "other"]);
    expect(kinds([...CTR, filler(30)])).toEqual(["ac 1.1", "other"]);
    expect(headlessListStart(draft([...CTR, `## ${ac(MARKED, "1.1")}`, filler(20)]).paragraphs, 3)).toBe(-1);
    expect(headlessListStart(draftWith(CTR).paragraphs, -1)).toBe(-1);
  });

  it("is not a conclusion whose sentences open with narrative citations", () => {
    expect(kinds(NARRATIVE)).toEqual(["ac 1.1", "other"]);
    expect(buildContext(draftWith(NARRATIVE), MARKED).totalWords).toBeGreaterThan(60);
  });

  it("is not opened again under a References heading", () => {
    expect(kinds(["# References", ...CTR])).toEqual(["ac 1.1", "other", "references"]);
  });
});
