import { sectionNeedsReference } from "../../../src/harvard/rules/section-needs-reference";
import { ac, filler } from "../../core/fixtures";
import { acEssay, SOURCED } from "../helpers";
import { ruleTester } from "../rule-tester";

const LIST = [
  "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.",
  "EMCC Global (2021) Global code of ethics for coaches, mentors and supervisors.",
  "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
  "Starr, J. (2016) The coaching practice handbook. Harlow: Pearson.",
];
/** SOURCED with AC 1.2 asking for three sources. */
const THREE = { ...SOURCED, criteria: SOURCED.criteria.map((c) => (c.id === "1.2" && c.sources ? { ...c, sources: { ...c.sources, min: 3 } } : c)) };
const answer = (s: string) => `Coaching in my organisation works well because people reflect ${s} and plan next steps.`;

ruleTester.run(sectionNeedsReference, {
  valid: [
    {
      name: "enough sources and a code of practice",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989; Kolb, 1984)")], "2.1": [answer("(EMCC Global, 2021)")] }, LIST),
    },
    {
      name: "a code found by its title",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989)"), answer("Kolb (1984)")], "2.1": [answer("(Ethics Council, 2019)")] }, [...LIST, "Ethics Council (2019) Code of practice for mentors."]),
    },
    { name: "no unit, nothing to require", unit: null, doc: acEssay({}, LIST) },
    {
      name: "an empty AC is ac-empty's business",
      unit: SOURCED,
      doc: acEssay({ "1.2": [], "2.1": [answer("(EMCC, 2021)")] }, LIST),
    },
    { name: "an AC whose only paragraph is empty is ac-empty's business", unit: SOURCED, doc: acEssay({ "1.2": [""], "2.1": [answer("(EMCC Global, 2021)")] }, LIST) },
    { name: "an AC whose only paragraph is spaces is ac-empty's business", unit: SOURCED, doc: acEssay({ "1.2": ["   "], "2.1": [answer("(EMCC Global, 2021)")] }, LIST) },
    { name: "an AC with only a sub-heading is ac-empty's business", unit: SOURCED, doc: acEssay({ "1.2": ["### Notes"], "2.1": [answer("(EMCC Global, 2021)")] }, LIST) },
  ],
  invalid: [
    {
      name: "too few distinct works (same work twice counts once)",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989)"), answer("Covey (1989)")], "2.1": [answer("(EMCC Global, 2021)")] }, LIST),
      problems: [
        { messageId: "tooFew", ac: "1.2", paragraph: 4, data: { ac: "1.2", reason: "Evaluating means weighing evidence from at least two sources.", have: "1 source", min: 2, sources: "2 sources" } },
      ],
    },
    {
      name: "no code of practice",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989; Kolb, 1984)")], "2.1": [answer("(Starr, 2016)")] }, LIST),
      problems: [
        { messageId: "noCode", ac: "2.1", paragraph: 6, data: { ac: "2.1", reason: "Refer to a membership body's code of practice." } },
      ],
    },
    {
      name: "no sources where a code of practice is required",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989; Kolb, 1984)")], "2.1": [answer("without any citation")] }, LIST),
      problems: [
        { messageId: "tooFewWithCode", ac: "2.1", paragraph: 6, data: { ac: "2.1", reason: "Refer to a membership body's code of practice.", have: "no sources", min: 1, sources: "one source" } },
      ],
    },
    {
      name: "no sources at all",
      unit: SOURCED,
      doc: acEssay({ "2.1": [answer("(ICF, 2020)")] }, [...LIST, "ICF (2020) ICF code of ethics."]),
      problems: [
        { messageId: "tooFew", ac: "1.2", paragraph: 4, data: { ac: "1.2", reason: "Evaluating means weighing evidence from at least two sources.", have: "no sources", min: 2, sources: "2 sources" } },
      ],
    },
    {
      name: "two sources where three are needed",
      unit: THREE,
      doc: acEssay({ "1.2": [answer("(Covey, 1989; Kolb, 1984)")], "2.1": [answer("(EMCC Global, 2021)")] }, LIST),
      problems: [{ messageId: "tooFew", ac: "1.2", paragraph: 4, data: { ac: "1.2", have: "2 sources", min: 3, sources: "3 sources" } }],
    },
    {
      name: "an AC answered under its second heading, the first left empty: counted, and pointed at the first",
      unit: SOURCED,
      doc: [
        "title: Assignment",
        "# Task 1",
        `## ${ac(SOURCED, "1.1")}`,
        filler(60),
        `## ${ac(SOURCED, "1.2")}`,
        `## ${ac(SOURCED, "2.1")}`,
        answer("(EMCC Global, 2021)"),
        `## ${ac(SOURCED, "1.2")}`,
        answer("(Covey, 1989)"),
        `## ${ac(SOURCED, "2.2")}`,
        filler(60),
        "# References",
        ...LIST,
      ],
      problems: [{ messageId: "tooFew", ac: "1.2", paragraph: 4, data: { ac: "1.2", have: "1 source", min: 2 } }],
    },
  ],
});
