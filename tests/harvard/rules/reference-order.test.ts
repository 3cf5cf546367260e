import { referenceOrder } from "../../../src/harvard/rules/reference-order";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

ruleTester.run(referenceOrder, {
  valid: [
    { name: "alphabetical", doc: essay(["x."], ["Berne, E. (1964) Games people play.", "Covey, S.R. (1989) The 7 habits.", "Kolb, D.A. (1984) Experiential learning."]) },
    { name: "particle names are never flagged", doc: essay(["x."], ["Berne, E. (1964) Games.", "Hay, J. (2007) Reflective practice.", "de Haan, E. (2008) Relational coaching.", "Kolb, D.A. (1984) Learning.", "van Nieuwerburgh, C. (2017) Skills.", "Whitmore, J. (2017) Performance."]) },
    { name: "word-by-word order", doc: essay(["x."], ["R Core Team (2012) R.", "Rasmann, S. et al. (2005) Roots."]) },
    { name: "same author, years ascending", doc: essay(["x."], ["Covey, S.R. (1989) The 7 habits.", "Covey, S.R. (2004) The 8th habit."]) },
  ],
  invalid: [
    {
      name: "an entry that belongs before every other",
      doc: essay(["x"], [
        "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.",
        "Starr, J. (2016) The coaching manual. Harlow: Pearson.",
        "Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey.",
        "Adair, J. (1973) Action-centred leadership. London: McGraw-Hill.",
      ]),
      problems: [{ messageId: "atStart", paragraph: 6, data: { reference: "Adair (1973)", list: "reference list" }, key: "Adair 1973" }],
    },
    { name: "one entry out of place", doc: essay(["x."], ["Covey, S.R. (1989) The 7 habits.", "Berne, E. (1964) Games.", "Kolb, D.A. (1984) Learning."]), problems: [
        { messageId: "after", paragraph: 3, related: 4, data: { reference: "Covey (1989)", target: "Berne (1964)", list: "reference list" } },
      ] },
    {
      name: "one misplaced entry is one note, not a cascade",
      doc: essay(["x."], ["Whitmore, J. (2017) Performance.", "Berne, E. (1964) Games.", "Covey, S.R. (1989) Habits.", "Kolb, D.A. (1984) Learning.", "Starr, J. (2016) Manual."]),
      problems: [
        { messageId: "after", paragraph: 3, related: 7, data: { reference: "Whitmore (2017)", target: "Starr (2016)", list: "reference list" } },
      ],
    },
    { name: "bibliography too", doc: essay(["x."], ["Berne, E. (1964) Games."], ["Starr, J. (2016) Manual.", "Downey, M. (2003) Effective coaching."]), problems: [
        { messageId: "after", paragraph: 5, related: 6, data: { reference: "Starr (2016)", target: "Downey (2003)", list: "bibliography" } },
      ] },
  ],
});
