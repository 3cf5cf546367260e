import { citationNoAuthor } from "../../../src/harvard/rules/citation-no-author";
import { SOURCED, acEssay, essay } from "../helpers";
import { ruleTester } from "../rule-tester";

const STARR = "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.";

ruleTester.run(citationNoAuthor, {
  valid: [
    { name: "an author in the bracket", doc: essay(["The review (Starr, 2016) was late."], [STARR]) },
    { name: "an author before the bracket", doc: essay(["Starr (2016) reviews the models."], [STARR]) },
    { name: "a possessive names the author, in the list", doc: essay(["Starr's review (2016) was late."], [STARR]) },
    { name: "a possessive names the author, not in the list", doc: essay(["Whitmore's review (2016) was late."], [STARR]) },
    { name: "a named model with no entry", doc: essay(["Maslow's Hierarchy of Needs (1943) explains motivation."], [STARR]) },
    { name: "a named code with no entry", doc: essay(["We follow the EMCC Global Code of Ethics (2021) in every session."], [STARR]) },
    { name: "an organisation's survey", doc: essay(["A recent CIPD survey (2023) found the same."], [STARR]) },
    { name: "a year after a word that is no piece of work", doc: essay(["The team met twice that year (2019) and again later."], [STARR]) },
    { name: "a date in brackets", doc: essay(["The review took place (14 March 2019) in London."], [STARR]) },
    { name: "a year that is a quantity", doc: essay(["The survey had many answers (2019 in all)."], [STARR]) },
  ],
  invalid: [
    {
      name: "The review (2019) was late",
      doc: essay(["The review (2019) was late."], [STARR]),
      problems: [{ messageId: "noAuthor", paragraph: 1, data: { text: "The review (2019)", noun: "review", year: "2019" } }],
    },
    {
      name: "a study with a page",
      doc: essay(["As a recent study (2020, p. 4) found, coaching helps."], [STARR]),
      problems: [{ messageId: "noAuthor", paragraph: 1, data: { text: "a recent study (2020, p. 4)", noun: "study", year: "2020" } }],
    },
    {
      name: "two in one answer, under their AC",
      unit: SOURCED,
      doc: acEssay({ "1.1": ["The report (2018) and the later survey (2021) agree on this point."] }, [STARR]),
      problems: [
        { messageId: "noAuthor", ac: "1.1", data: { text: "The report (2018)", noun: "report", year: "2018" } },
        { messageId: "noAuthor", ac: "1.1", data: { text: "the later survey (2021)", noun: "survey", year: "2021" } },
      ],
    },
    {
      name: "after a sentence that ends with a name",
      doc: essay(["This was noted by Starr. The findings (2016) were clear."], [STARR]),
      problems: [{ messageId: "noAuthor", data: { text: "The findings (2016)", noun: "findings", year: "2016" } }],
    },
  ],
});
