import { citationMatchedWithWarning } from "../../../src/harvard/rules/citation-matched-with-warning";
import { acEssay, essay, SOURCED } from "../helpers";
import { ruleTester } from "../rule-tester";

const WHITMORE = ["Whitmore, J. (2009a) Coaching for performance. London: Nicholas Brealey.", "Whitmore, J. (2009b) Coaching questions. London: Nicholas Brealey."];
const OSCAR = "Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting.";

ruleTester.run(citationMatchedWithWarning, {
  valid: [
    { name: "exact match", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009)."], [OSCAR]) },
    { name: "suffix given", doc: essay(["Performance (Whitmore, 2009a; Whitmore, 2009b)."], WHITMORE) },
    { name: "et al. for four or more", doc: essay(["It works (Smith et al., 2020)."], ["Smith, A. et al. (2020) 'Four authors paper', Journal of Things, 1(1), pp. 1–2."]) },
    { name: "unmatched is not this rule's", doc: essay(["Emotions (Goleman, 1996)."], [OSCAR]) },
  ],
  invalid: [
    {
      name: "cited but listed only under Bibliography",
      doc: essay(["Learning (Kolb, 1984)."], [OSCAR], ["Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall."]),
      problems: [{ messageId: "bibliographyOnly", paragraph: 1, related: 5, data: { citation: "Kolb (1984)" }, key: "Kolb 1984" }],
    },
    { name: "suffix missing", doc: essay(["Performance (Whitmore, 2009)."], WHITMORE), problems: [
        { messageId: "suffixMissing", paragraph: 1, related: 3, data: { citation: "Whitmore (2009)", options: "2009a, 2009b", author: "Whitmore", example: "2009a" } },
      ] },
    { name: "suffix not in list", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009a)."], [OSCAR]), problems: [
        { messageId: "suffixNotInList", paragraph: 1, related: 3, data: { citation: "Gilbert and Whittleworth (2009a)", suffix: "a" } },
      ] },
    { name: "near spelling", doc: essay(["OSCAR (Gilbret and Whittleworth, 2009)."], [OSCAR]), problems: [
        { messageId: "spelling", paragraph: 1, related: 3, data: { citation: "Gilbret and Whittleworth (2009)", listed: "Gilbert" } },
      ] },
    { name: "co-author omitted", doc: essay(["OSCAR (Gilbert, 2009)."], [OSCAR]), problems: [
        { messageId: "coAuthorsOmitted", paragraph: 1, related: 3, data: { citation: "Gilbert (2009)", listed: "Gilbert and Whittleworth", upTo: "three" } },
      ] },
    { name: "co-author differs", doc: essay(["OSCAR (Gilbert and Smith, 2009)."], [OSCAR]), problems: [
        { messageId: "coAuthorDiffers", paragraph: 1, related: 3, data: { citation: "Gilbert and Smith (2009)", cited: "Smith", listed: "Whittleworth" } },
      ] },
    { name: "et al. missing for four or more", doc: essay(["It works (Smith, 2020)."], ["Smith, A. et al. (2020) 'Four authors paper', Journal of Things, 1(1), pp. 1–2."]), problems: [
        { messageId: "etAlMissing", paragraph: 1, related: 3, data: { citation: "Smith (2020)", author: "Smith", from: "four" } },
      ] },
    {
      name: "a near spelling is still said when the works are listed only under Bibliography",
      doc: ["# Introduction", "Goals matter (Covy, 1989).", "# Bibliography", "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster."],
      problems: [{ messageId: "spelling", paragraph: 1, related: 3, relatedLabel: "the entry for Covey (1989)", data: { citation: "Covy (1989)", listed: "Covey" } }],
    },
    {
      name: "two slips in one paragraph are two notes",
      doc: essay(["Performance (Whitmore, 2009) and OSCAR (Gilbret and Whittleworth, 2009)."], [OSCAR, ...WHITMORE]),
      problems: [
        { messageId: "suffixMissing", paragraph: 1, related: 4, data: { citation: "Whitmore (2009)" } },
        { messageId: "spelling", paragraph: 1, related: 3, data: { citation: "Gilbret and Whittleworth (2009)", listed: "Gilbert" } },
      ],
    },
    {
      name: "the same slip twice in one paragraph is one note, and once more in the next paragraph another",
      doc: essay(["Performance (Whitmore, 2009) and again (Whitmore, 2009).", "Later (Whitmore, 2009)."], WHITMORE),
      problems: [
        { messageId: "suffixMissing", paragraph: 1, related: 4, data: { citation: "Whitmore (2009)" } },
        { messageId: "suffixMissing", paragraph: 2, related: 4, data: { citation: "Whitmore (2009)" } },
      ],
    },
    {
      name: "carries the AC",
      unit: SOURCED,
      doc: acEssay({ "1.2": ["Context shapes coaching (Gilbret and Whittleworth, 2009) in practice."] }, [OSCAR]),
      problems: [{ messageId: "spelling", ac: "1.2", paragraph: 5, related: 11, data: { citation: "Gilbret and Whittleworth (2009)", listed: "Gilbert" } }],
    },
  ],
});
