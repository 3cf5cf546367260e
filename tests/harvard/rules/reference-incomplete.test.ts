import { referenceIncomplete } from "../../../src/harvard/rules/reference-incomplete";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

ruleTester.run(referenceIncomplete, {
  valid: [
    { name: "author and year", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 habits. London: Simon & Schuster."]) },
    { name: "organisation and no date", doc: essay(["Ethics."], ["International Coaching Federation (no date) ICF code of ethics."]) },
    { name: "sub-heading in the list", doc: essay(["Goals."], ["Websites", "CIPD (2023) Coaching and mentoring."]) },
  ],
  invalid: [
    { name: "bare URL", doc: essay(["Goals."], ["www.cipd.co.uk/coaching"]), problems: [
        { messageId: "noAuthorOrYear", paragraph: 3, data: { excerpt: "www.cipd.co.uk/coaching" } },
      ] },
    { name: "no year", doc: essay(["Goals."], ["Starr, J. The coaching manual. Harlow: Pearson."]), problems: [
        { messageId: "noYear", paragraph: 3, data: { excerpt: "Starr, J. The coaching manual. Harlow: Pearson." } },
      ] },
    { name: "no author", doc: essay(["Goals."], ["(2019) Coaching handbook. London: Sage."]), problems: [
        { messageId: "noAuthor", paragraph: 3, data: { excerpt: "(2019) Coaching handbook. London: Sage." } },
      ] },
    { name: "also in the bibliography", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 habits."], ["https://www.emccglobal.org/ethics"]), problems: [
        { messageId: "noAuthorOrYear", paragraph: 5, data: { excerpt: "https://www.emccglobal.org/ethics" } },
      ] },
  ],
});
