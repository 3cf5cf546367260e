import { sectionNeedsReference } from "../../../src/core/rules/section-needs-reference";
import { acEssay, SOURCED } from "../helpers";
import { ruleTester } from "../rule-tester";

const LIST = [
  "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.",
  "EMCC Global (2021) Global code of ethics for coaches, mentors and supervisors.",
  "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
  "Starr, J. (2016) The coaching practice handbook. Harlow: Pearson.",
];
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
  ],
  invalid: [
    {
      name: "too few distinct works (same work twice counts once)",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989)"), answer("Covey (1989)")], "2.1": [answer("(EMCC Global, 2021)")] }, LIST),
      problems: [{ ac: "1.2", message: "cites 1 source; it needs at least 2" }],
    },
    {
      name: "no code of practice",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989; Kolb, 1984)")], "2.1": [answer("(Starr, 2016)")] }, LIST),
      problems: [{ ac: "2.1", message: "code of practice" }],
    },
    {
      name: "no sources where a code of practice is required",
      unit: SOURCED,
      doc: acEssay({ "1.2": [answer("(Covey, 1989; Kolb, 1984)")], "2.1": [answer("without any citation")] }, LIST),
      problems: [{ ac: "2.1", message: "cites no sources; it needs at least 1, including a professional body's code of practice" }],
    },
    {
      name: "no sources at all",
      unit: SOURCED,
      doc: acEssay({ "2.1": [answer("(ICF, 2020)")] }, [...LIST, "ICF (2020) ICF code of ethics."]),
      problems: [{ ac: "1.2", message: "cites no sources" }],
    },
  ],
});
