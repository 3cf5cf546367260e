import { referenceOrder } from "../../../src/harvard/rules/reference-order";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

ruleTester.run(referenceOrder, {
  valid: [
    { name: "alphabetical", doc: essay(["x."], ["Berne, E. (1964) Games people play.", "Covey, S.R. (1989) The 7 habits.", "Kolb, D.A. (1984) Experiential learning."]) },
    { name: "particle names are never flagged", doc: essay(["x."], ["Berne, E. (1964) Games.", "Hay, J. (2007) Reflective practice.", "de Haan, E. (2008) Relational coaching.", "Kolb, D.A. (1984) Learning.", "van Nieuwerburgh, C. (2017) Skills.", "Whitmore, J. (2017) Performance."]) },
    { name: "word-by-word order", doc: essay(["x."], ["R Core Team (2012) R.", "Rasmann, S. et al. (2005) Roots."]) },
    { name: "same author, years ascending", doc: essay(["x."], ["Covey, S.R. (1989) The 7 habits.", "Covey, S.R. (2004) The 8th habit."]) },
    { name: "letter-by-letter order (Rasmann before R Core Team)", doc: essay(["x."], ["Rasmann, S. et al. (2005) Roots.", "R Core Team (2012) R."]) },
    {
      name: "word-by-word order across three entries, the last judged against the entry before it",
      doc: essay(["x."], ["R Core Team (2012) R.", "R Foundation (2020) Annual report.", "Rasmann, S. et al. (2005) Roots."]),
    },
    { name: "word by word, a one-letter word sorts before a word with a digit (R before R3)", doc: essay(["x."], ["R Core Team (2012) R.", "R3 (2016) Corda: an introduction."]) },
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
    {
      name: "a surname that is also a particle (Le) is still put in order",
      doc: essay(["x."], ["Adair, J. (1973) Leadership.", "Berne, E. (1964) Games.", "Whitmore, J. (2009) Coaching.", "Zeus, P. (2000) Coaching.", "Le, T. (2019) Study."]),
      problems: [{ messageId: "after", paragraph: 7, related: 4, data: { reference: "Le (2019)", target: "Berne (1964)", list: "reference list" }, key: "Le 2019" }],
    },
    {
      name: "an organisation's name of several words is put in order",
      doc: essay(["x."], ["Adair, J. (1973) Leadership.", "World Health Organization (2019) Report.", "Berne, E. (1964) Games.", "Covey, S.R. (1989) Habits."]),
      problems: [
        {
          messageId: "after",
          paragraph: 4,
          related: 6,
          relatedLabel: "the entry for Covey (1989)",
          data: { reference: "World Health Organization (2019)", target: "Covey (1989)", list: "reference list" },
        },
      ],
    },
    {
      name: "an apostrophe in a surname is passed over (O'Connor goes after Oades)",
      doc: essay(["x."], ["O'Connor, J. (2018) Coaching.", "Oades, L. (2011) Coaching and mental health."]),
      problems: [{ messageId: "after", paragraph: 3, related: 4, data: { reference: "O'Connor (2018)", target: "Oades (2011)" } }],
    },
    {
      name: "an entry before two by the same author is one note",
      doc: essay(["x."], ["Covey, S.R. (1989) The 7 habits.", "Covey, S.R. (2004) The 8th habit.", "Adair, J. (1973) Action-centred leadership."]),
      problems: [{ messageId: "atStart", paragraph: 5, data: { reference: "Adair (1973)", list: "reference list" } }],
    },
    {
      name: "an author's earlier work goes before the later one, not after it",
      doc: essay(["x."], ["Covey, S.R. (1989) The 7 habits.", "Berne, E. (1964) Games.", "Kolb, D.A. (1984) Learning.", "Covey, S.R. (2004) The 8th habit."]),
      problems: [
        { messageId: "after", paragraph: 3, related: 4, data: { reference: "Covey (1989)", target: "Berne (1964)" } },
        { messageId: "after", paragraph: 5, related: 6, data: { reference: "Kolb (1984)", target: "Covey (2004)" } },
      ],
    },
    {
      name: "an author's later work goes after the earlier one",
      doc: essay(["x."], ["Covey, S.R. (2004) The 8th habit.", "Berne, E. (1964) Games.", "Covey, S.R. (1989) The 7 habits.", "Kolb, D.A. (1984) Learning."]),
      problems: [{ messageId: "after", paragraph: 3, related: 5, data: { reference: "Covey (2004)", target: "Covey (1989)" } }],
    },
    {
      name: "in neither order: R Core Team after Raab (word by word it leads, letter by letter it follows Rasmann)",
      doc: essay(["x."], ["Raab, F. (2010) Hands.", "R Core Team (2012) R.", "Rasmann, S. et al. (2005) Roots."]),
      problems: [{ messageId: "after", paragraph: 4, related: 5, data: { reference: "R Core Team (2012)", target: "Rasmann et al. (2005)" } }],
    },
    {
      name: "an entry is judged against its nearest entries in order, not against another out of place",
      doc: essay(["x."], ["Adair, J. (1973) Leadership.", "Raab, F. (2010) Hands.", "Abbott, A. (1988) The system of professions.", "R Core Team (2012) R.", "Rasmann, S. et al. (2005) Roots."]),
      problems: [
        { messageId: "atStart", paragraph: 5, data: { reference: "Abbott (1988)" } },
        { messageId: "after", paragraph: 6, related: 7, data: { reference: "R Core Team (2012)", target: "Rasmann et al. (2005)" } },
      ],
    },
    {
      name: "two entries out of place before the next entry in order",
      doc: essay(["x."], [
        "Rawls, J. (1971) A theory of justice.",
        "Raymond, E. (1999) The cathedral and the bazaar.",
        "R Core Team (2012) R.",
        "Rasmann, S. et al. (2005) Roots.",
        "Rasmussen, K. (2018) Trust.",
        "R Foundation (2020) Annual report.",
      ]),
      problems: [
        { messageId: "atStart", paragraph: 6, data: { reference: "Rasmann et al. (2005)" } },
        { messageId: "atStart", paragraph: 7, data: { reference: "Rasmussen (2018)" } },
      ],
    },
    { name: "bibliography too", doc: essay(["x."], ["Berne, E. (1964) Games."], ["Starr, J. (2016) Manual.", "Downey, M. (2003) Effective coaching."]), problems: [
        { messageId: "after", paragraph: 5, related: 6, data: { reference: "Starr (2016)", target: "Downey (2003)", list: "bibliography" } },
      ] },
  ],
});
