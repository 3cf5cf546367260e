import { acMissing } from "../../../src/core/rules/ac-missing";
import { ruleTester } from "../rule-tester";
import { MARKED, PLAIN, ac, completeMarked, filler } from "../fixtures";

const without = (id: string) => {
  const lines = completeMarked();
  const at = lines.indexOf(`## ${ac(MARKED, id)}`);
  lines.splice(at, 2);
  return lines;
};

ruleTester.run(acMissing, {
  valid: [
    { name: "every AC has a Heading 2 side-heading", doc: completeMarked() },
    {
      name: "side-headings typed as bold text, with the AC prefix",
      doc: MARKED.criteria.flatMap((c) => [`**AC${c.id}: ${c.wording}**`, filler(200)]),
    },
    {
      name: "criteria in the first column of a table, answers in the second",
      doc: MARKED.criteria.map((c) => `| ${c.id}. ${c.wording} | ${filler(200)} |`),
    },
    {
      name: "an altered heading still counts as present (ac-heading-altered reports it)",
      doc: completeMarked().map((l) => (l === `## ${ac(MARKED, "1.2")}` ? "## 1.2 Organisational context" : l)),
    },
    {
      name: "exact wording without a number in the text (Word's heading numbering supplies it)",
      doc: MARKED.criteria.flatMap((c) => [`## ${c.wording}`, filler(100)]),
    },
    { name: "no unit: nothing to compare with", doc: ["# Essay", filler(100)], unit: null },
  ],
  invalid: [
    { name: "1.2 left out: points at the next AC's heading", doc: without("1.2"), problems: [
        { messageId: "before", ac: "1.2", paragraph: 7, data: { ac: "1.2", wording: "Evaluate how the organisational context affects coaching or mentoring", next: "2.1" } },
      ] },
    { name: "1.1 left out: points at 1.2, the next heading", doc: without("1.1"), problems: [
        { messageId: "before", ac: "1.1", paragraph: 4, data: { ac: "1.1", next: "1.2" } },
      ] },
    { name: "2.1 left out: points at the last AC's heading", doc: without("2.1"), problems: [
        { messageId: "before", ac: "2.1", paragraph: 9, data: { ac: "2.1", next: "2.2" } },
      ] },
    { name: "the last AC left out: no later heading to point at", doc: without("2.2"), problems: [
        { messageId: "after", ac: "2.2", paragraph: null, data: { ac: "2.2", wording: "Analyse why coaches require effective communication skills", previous: "2.1" } },
      ] },
    {
      name: "a heading for a number the unit does not have is not a side-heading",
      doc: ["## 1.1 " + MARKED.criteria[0]!.wording, filler(200), "## 1.3 Something else entirely", filler(200)],
      problems: [
        { messageId: "after", ac: "1.2", paragraph: null, data: { ac: "1.2", wording: "Evaluate how the organisational context affects coaching or mentoring", previous: "1.1" } },
        { messageId: "after", ac: "2.1", paragraph: null, data: { ac: "2.1", wording: "Review the knowledge, skills and behaviours of an effective coach", previous: "1.1" } },
        { messageId: "after", ac: "2.2", paragraph: null, data: { ac: "2.2", wording: "Analyse why coaches require effective communication skills", previous: "1.1" } },
      ],
    },
    {
      name: "wording without a number must be exact to count",
      doc: [`## ${MARKED.criteria[0]!.wording} today`, filler(100)],
      problems: [
        { messageId: "alone", ac: "1.1", paragraph: null, data: { ac: "1.1", wording: "Define what coaching and mentoring is within an organisational context" } },
        { messageId: "alone", ac: "1.2", paragraph: null, data: { ac: "1.2", wording: "Evaluate how the organisational context affects coaching or mentoring" } },
        { messageId: "alone", ac: "2.1", paragraph: null, data: { ac: "2.1", wording: "Review the knowledge, skills and behaviours of an effective coach" } },
        { messageId: "alone", ac: "2.2", paragraph: null, data: { ac: "2.2", wording: "Analyse why coaches require effective communication skills" } },
      ],
    },
    {
      name: "a body paragraph starting with a number is not a side-heading",
      doc: [`${ac(MARKED, "1.1")} and then the learner writes a long answer in the same paragraph.`],
      problems: [
        { messageId: "alone", ac: "1.1", paragraph: null, data: { ac: "1.1", wording: "Define what coaching and mentoring is within an organisational context" } },
        { messageId: "alone", ac: "1.2", paragraph: null, data: { ac: "1.2", wording: "Evaluate how the organisational context affects coaching or mentoring" } },
        { messageId: "alone", ac: "2.1", paragraph: null, data: { ac: "2.1", wording: "Review the knowledge, skills and behaviours of an effective coach" } },
        { messageId: "alone", ac: "2.2", paragraph: null, data: { ac: "2.2", wording: "Analyse why coaches require effective communication skills" } },
      ],
    },
    {
      name: "ACs inside an appendix do not count",
      doc: [...completeMarked().slice(0, 9), "# Appendix 1: Coaching log", `## ${ac(MARKED, "2.1")}`, filler(100)],
      problems: [
        { messageId: "after", ac: "2.1", paragraph: null, data: { ac: "2.1", wording: "Review the knowledge, skills and behaviours of an effective coach", previous: "1.2" } },
        { messageId: "after", ac: "2.2", paragraph: null, data: { ac: "2.2", wording: "Analyse why coaches require effective communication skills", previous: "1.2" } },
      ],
    },
    {
      name: "the other edition's wording under the same numbers still counts as present for the unit given",
      unit: PLAIN,
      doc: ["## 1.1 Explain the rationale for coaching or mentoring for one or more clients", filler(100)],
      problems: [
        { messageId: "after", ac: "1.2", paragraph: null, data: { ac: "1.2", wording: "Identify individual developmental needs and agree goals with clients", previous: "1.1" } },
        { messageId: "after", ac: "2.1", paragraph: null, data: { ac: "2.1", wording: "Complete a minimum of twelve hours of coaching or mentoring activity", previous: "1.1" } },
        { messageId: "after", ac: "2.2", paragraph: null, data: { ac: "2.2", wording: "Critically review your use of diagnostic coaching tools and techniques", previous: "1.1" } },
      ],
    },
  ],
});
