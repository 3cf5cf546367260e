import { citationMatchedWithWarning } from "../../../src/harvard/rules/citation-matched-with-warning";
import { citationUnmatched } from "../../../src/harvard/rules/citation-unmatched";
import { referenceListIsBibliography } from "../../../src/harvard/rules/reference-list-is-bibliography";
import { runRule, ruleTester } from "../rule-tester";

const COVEY = "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.";
const STARR = "Starr, J., 2016. The coaching manual. 4th ed. Harlow: Pearson.";
/** Word's built-in Bibliography: a "Bibliography" heading over entries in Word's Harvard style. */
const wordBibliography = (answers: string[], entries = [STARR, COVEY]) => ["# Introduction", ...answers, "# Bibliography", ...entries];

ruleTester.run(referenceListIsBibliography, {
  valid: [
    { name: "a reference list", doc: ["# Introduction", "Goals matter (Covey, 1989).", "# References", COVEY] },
    { name: "a reference list and a bibliography of further reading", doc: ["# Introduction", "Goals (Covey, 1989).", "# References", COVEY, "# Bibliography", STARR] },
    { name: "a bibliography nothing cites", doc: wordBibliography(["No citations here."]) },
  ],
  invalid: [
    {
      name: "the works cited listed only under Bibliography: one note for the list, at its heading",
      doc: wordBibliography(["Goals matter (Covey, 1989).", "Coaching unlocks potential (Starr, 2016). Again (Starr, 2016)."]),
      problems: [{ messageId: "bibliographyOnly", paragraph: 3 }],
    },
  ],
});

describe("with only a Bibliography", () => {
  const doc = wordBibliography(["Goals matter (Covey, 1989).", "Coaching unlocks potential (Starr, 2016).", "Emotions (Goleman, 1996)."]);

  it("says nothing per citation about the list's heading", () => {
    expect(runRule(citationMatchedWithWarning, { name: "", doc }).filter((p) => /only under Bibliography/.test(p.message))).toEqual([]);
  });

  it("never says the list is missing", () => {
    const unmatched = runRule(citationUnmatched, { name: "", doc });
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]!.message).not.toMatch(/no reference list/i);
  });

  it("still warns per citation when a reference list exists and a work is only under Bibliography", () => {
    const both = ["# Introduction", "Goals (Covey, 1989).", "Potential (Starr, 2016).", "# References", COVEY, "# Bibliography", STARR];
    expect(runRule(citationMatchedWithWarning, { name: "", doc: both }).map((p) => p.message)).toEqual([
      expect.stringMatching(/Starr \(2016\) is listed only under Bibliography/),
    ]);
  });
});
