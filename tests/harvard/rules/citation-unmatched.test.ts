import { citationUnmatched } from "../../../src/harvard/rules/citation-unmatched";
import { acEssay, essay, SOURCED } from "../helpers";
import { ruleTester } from "../rule-tester";

const COVEY = "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.";

ruleTester.run(citationUnmatched, {
  valid: [
    { name: "cited work listed", doc: essay(["Goals matter (Covey, 1989)."], [COVEY]) },
    { name: "secondary citation: only the work read is listed", doc: essay(["Early (Brown, 1966, cited in Covey, 1989)."], [COVEY]) },
    { name: "not citations", doc: essay(["Answer all parts (12 Marks) by (8.8.15) (see Appendix 1) in 2009."], [COVEY]) },
    { name: "style slips do not make it unmatched", doc: essay(["Goals (Covey 1989, p.42) and [Covey, 1989]."], [COVEY]) },
  ],
  invalid: [
    { name: "work missing from the list", doc: essay(["Emotions (Goleman, 1996)."], [COVEY]), problems: [
        { messageId: "notListed", paragraph: 1, data: { citation: "Goleman (1996)", repeated: "" }, key: "Goleman 1996" },
      ] },
    { name: "one problem per work and section", doc: essay(["Emotions (Goleman, 1996). Again (Goleman, 1996)."], [COVEY]), problems: [
        { messageId: "notListed", paragraph: 1, data: { citation: "Goleman (1996)", repeated: " (Cited 2 times here.)" }, key: "Goleman 1996" },
      ] },
    { name: "other year in the list", doc: essay(["Goals (Covey, 1990)."], [COVEY]), problems: [
        { messageId: "otherYear", paragraph: 1, related: 3, relatedLabel: "the entry for Covey (1989)", data: { citation: "Covey (1990)", repeated: "", near: "Covey (1989)" } },
      ] },
    { name: "no reference list at all", doc: ["# Introduction", "Goals (Covey, 1989)."], problems: [
        { messageId: "noList", paragraph: 1, data: { citation: "Covey (1989)", repeated: "" } },
      ] },
    {
      name: "a near spelling with another year points at the entry it might be",
      doc: essay(["Goals (Cvoey, 1990)."], [COVEY]),
      problems: [{ messageId: "nearName", paragraph: 1, related: 3, data: { citation: "Cvoey (1990)", near: "Covey (1989)" }, key: "Cvoey 1990" }],
    },
    {
      name: "carries the AC",
      unit: SOURCED,
      doc: acEssay({ "1.2": ["Emotional intelligence matters (Goleman, 1996) in coaching practice."] }, [COVEY]),
      problems: [
        { messageId: "notListed", ac: "1.2", paragraph: 5, data: { citation: "Goleman (1996)", repeated: "" }, key: "Goleman 1996" },
      ],
    },
    {
      name: "two works of the same year missing from the list are two problems",
      doc: essay(["Emotions (Goleman, 1996) and systems (Senge, 1996)."], [COVEY]),
      problems: [
        { messageId: "notListed", paragraph: 1, data: { citation: "Goleman (1996)", repeated: "" }, key: "Goleman 1996" },
        { messageId: "notListed", paragraph: 1, data: { citation: "Senge (1996)", repeated: "" }, key: "Senge 1996" },
      ],
    },
    {
      name: "the same missing work in two ACs is one problem in each",
      unit: SOURCED,
      doc: acEssay(
        { "1.2": ["Emotional intelligence matters (Goleman, 1996) in coaching practice."], "2.1": ["An effective coach is self-aware (Goleman, 1996)."] },
        [COVEY],
      ),
      problems: [
        { messageId: "notListed", ac: "1.2", paragraph: 5, data: { citation: "Goleman (1996)", repeated: "" } },
        { messageId: "notListed", ac: "2.1", paragraph: 7, data: { citation: "Goleman (1996)", repeated: "" } },
      ],
    },
  ],
});
