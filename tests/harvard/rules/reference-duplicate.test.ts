import { referenceDuplicate } from "../../../src/core/rules/reference-duplicate";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

const COVEY = "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.";

ruleTester.run(referenceDuplicate, {
  valid: [
    { name: "same author, different years", doc: essay(["Goals."], [COVEY, "Covey, S.R. (2004) The 8th habit. London: Simon & Schuster."]) },
    { name: "same author and year, different titles", doc: essay(["Goals."], ["Whitmore, J. (2009a) Coaching for performance.", "Whitmore, J. (2009b) Coaching questions."]) },
    { name: "same work in both lists", doc: essay(["Goals."], [COVEY], [COVEY]) },
  ],
  invalid: [
    { name: "identical lines", doc: essay(["Goals."], [COVEY, COVEY]), problems: [{ paragraph: 4, message: "listed twice" }] },
    { name: "same work, different punctuation", doc: essay(["Goals."], [COVEY, "Covey, S. R. (1989) The 7 Habits of Highly Effective People. London: Simon and Schuster"]), problems: [{ key: "Covey 1989" }] },
  ],
});
