import { referenceUncited } from "../../../src/harvard/rules/reference-uncited";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

const COVEY = "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.";
const KOLB = "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall.";

ruleTester.run(referenceUncited, {
  valid: [
    { name: "every entry cited", doc: essay(["Goals (Covey, 1989) and cycles (Kolb, 1984)."], [COVEY, KOLB]) },
    { name: "bibliography need not be cited", doc: essay(["Goals (Covey, 1989)."], [COVEY], [KOLB]) },
    { name: "cited only through a secondary citation", doc: essay(["Early (Dewey, 1938, cited in Kolb, 1984)."], [KOLB]) },
    { name: "incomplete lines are another rule's", doc: essay(["Goals (Covey, 1989)."], [COVEY, "www.cipd.co.uk/coaching"]) },
    { name: "an entry without an author is another rule's", doc: essay(["Goals (Covey, 1989)."], [COVEY, "(2016) The coaching manual. Harlow: Pearson."]) },
  ],
  invalid: [
    { name: "entry nothing cites", doc: essay(["Goals (Covey, 1989)."], [COVEY, KOLB]), problems: [
        { messageId: "uncited", paragraph: 4, data: { reference: "Kolb (1984)", excerpt: "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prenti…" }, key: "Kolb 1984" },
      ] },
    { name: "cited with another year", doc: essay(["Goals (Covey, 1990)."], [COVEY]), problems: [
        { messageId: "uncited", paragraph: 3, data: { reference: "Covey (1989)", excerpt: "Covey, S.R. (1989) The 7 habits of highly effective people. London: S…" }, key: "Covey 1989" },
      ] },
  ],
});
