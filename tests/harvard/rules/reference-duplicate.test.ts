import { referenceDuplicate } from "../../../src/harvard/rules/reference-duplicate";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

const COVEY = "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.";

ruleTester.run(referenceDuplicate, {
  valid: [
    { name: "same author, different years", doc: essay(["Goals."], [COVEY, "Covey, S.R. (2004) The 8th habit. London: Simon & Schuster."]) },
    { name: "same author and year, different titles", doc: essay(["Goals."], ["Whitmore, J. (2009a) Coaching for performance.", "Whitmore, J. (2009b) Coaching questions."]) },
    { name: "same work in both lists", doc: essay(["Goals."], [COVEY], [COVEY]) },
    {
      name: "one hyphenated author is not two authors with the same letters",
      doc: essay(["Goals."], ["Smith-Jones, P. (2019) Reflective practice. London: Sage.", "Smith, J. and Jones, K. (2019) Reflective practice. London: Sage."]),
    },
    {
      name: "a letter after the year is not the first word of the title",
      doc: essay(["Goals."], ["Whitmore, J. (2009) A guide to coaching. London: Nicholas Brealey.", "Whitmore, J. (2009a) Guide to coaching. London: Nicholas Brealey."]),
    },
  ],
  invalid: [
    { name: "identical lines", doc: essay(["Goals."], [COVEY, COVEY]), problems: [
        { messageId: "twice", paragraph: 4, related: 3, relatedLabel: "the first entry for Covey (1989)", data: { reference: "Covey (1989)" } },
      ] },
    { name: "same work, different punctuation", doc: essay(["Goals."], [COVEY, "Covey, S. R. (1989) The 7 Habits of Highly Effective People. London: Simon and Schuster"]), problems: [
        { messageId: "twice", paragraph: 4, related: 3, data: { reference: "Covey (1989)" }, key: "Covey 1989" },
      ] },
  ],
});
