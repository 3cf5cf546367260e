import { citationUnmatched } from "../../../src/core/rules/citation-unmatched";
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
    { name: "work missing from the list", doc: essay(["Emotions (Goleman, 1996)."], [COVEY]), problems: [{ paragraph: 1, key: "Goleman 1996", message: "Goleman (1996) is cited but not in your reference list" }] },
    { name: "one problem per work and section", doc: essay(["Emotions (Goleman, 1996). Again (Goleman, 1996)."], [COVEY]), problems: [{ key: "Goleman 1996", message: "Cited 2 times" }] },
    { name: "other year in the list", doc: essay(["Goals (Covey, 1990)."], [COVEY]), problems: [{ message: "The list has Covey (1989)" }] },
    { name: "no reference list at all", doc: ["# Introduction", "Goals (Covey, 1989)."], problems: [{ message: "no reference list yet" }] },
    {
      name: "carries the AC",
      unit: SOURCED,
      doc: acEssay({ "1.2": ["Emotional intelligence matters (Goleman, 1996) in coaching practice."] }, [COVEY]),
      problems: [{ ac: "1.2", key: "Goleman 1996" }],
    },
  ],
});
