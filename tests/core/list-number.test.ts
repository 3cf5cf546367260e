/**
 * A side-heading numbered by Word's list numbering: the "1.1" Word shows is not in the
 * paragraph's text; hosts give it as `listNumber`, and the checker treats it as the heading's
 * number, so a small wording difference is "altered", never "missing".
 */
import { acHeadingAltered } from "../../src/core/rules/ac-heading-altered";
import { acMissing } from "../../src/core/rules/ac-missing";
import { paragraphAcNumber } from "../../src/core/ac-number";
import { ruleTester } from "./rule-tester";
import { MARKED, filler } from "./fixtures";

const W11 = MARKED.criteria[0]!.wording;
const W12 = MARKED.criteria[1]!.wording;
/** Every AC of MARKED after 1.2, typed with its number, so only 1.1 and 1.2 are at stake. */
const rest = MARKED.criteria.slice(2).flatMap((c) => [`## ${c.id} ${c.wording}`, filler(120)]);
const listed = (text: string, listNumber: string) => ({ text, headingLevel: 2, listNumber });
const shortened = W11.replace(" within an organisational context", "");

describe("paragraphAcNumber", () => {
  test("a typed number wins; Word's list number is used when the text has none", () => {
    expect(paragraphAcNumber({ text: "1.2 Evaluate" })).toMatchObject({ ac: "1.2", rest: "Evaluate", fromList: false });
    expect(paragraphAcNumber({ text: "Evaluate", listNumber: "1.2" })).toMatchObject({ ac: "1.2", rest: "Evaluate", fromList: true });
    expect(paragraphAcNumber({ text: "1.1 Define", listNumber: "3.4" })).toMatchObject({ ac: "1.1", fromList: false });
    // An outcome heading's "1." and a bullet are not AC numbers.
    expect(paragraphAcNumber({ text: "Understand coaching", listNumber: "1." })).toBeNull();
    expect(paragraphAcNumber({ text: "A point", listNumber: "\u2022" })).toBeNull();
  });
});

ruleTester.run(acHeadingAltered, {
  valid: [{ name: "exact wording numbered by Word's list", doc: [listed(W11, "1.1"), filler(120), listed(W12, "1.2"), filler(120), ...rest] }],
  invalid: [
    {
      name: "a small difference under Word's numbering is an altered heading",
      doc: [listed(shortened, "1.1"), filler(120), listed(W12, "1.2"), filler(120), ...rest],
      problems: [{ messageId: "altered", ac: "1.1", paragraph: 0, data: { ac: "1.1", difference: "words missing: “within an organisational context”" } }],
    },
  ],
});

ruleTester.run(acMissing, {
  valid: [{ name: "the numbered heading with a small difference is present", doc: [listed(shortened, "1.1"), filler(120), listed(W12, "1.2"), filler(120), ...rest] }],
  invalid: [
    {
      name: "without the list number the same heading cannot be recognised",
      doc: [{ text: shortened, headingLevel: 2 }, filler(120), listed(W12, "1.2"), filler(120), ...rest],
      problems: [{ messageId: "before", ac: "1.1", paragraph: 2 }],
    },
  ],
});
