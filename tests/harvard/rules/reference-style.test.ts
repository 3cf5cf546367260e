import { referenceStyle } from "../../../src/harvard/rules/reference-style";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

// Typed in each edition's form, as its CSL style prints it (10.5555 is the DOI prefix kept for examples).
const JONES_12 =
  "Jones, R.J., Woods, S.A. and Guillaume, Y.R.F. (2016) ‘The effectiveness of workplace coaching’, Journal of Occupational and Organizational Psychology, 89(2), pp. 249–277. Available at: https://doi.org/10.1111/joop.12119.";
const JONES_11 =
  "Jones, R.J., Woods, S.A. and Guillaume, Y.R.F. (2016) ‘The effectiveness of workplace coaching’, Journal of Occupational and Organizational Psychology, 89(2), pp. 249–277. doi:10.1111/joop.12119.";
const WESTERN_12 =
  "Western, S. (2012) ‘Coaching and mentoring in organisations’, in J. Passmore (ed.) Excellence in coaching: the industry guide. London: Kogan Page, pp. 12–30. Available at: https://doi.org/10.5555/excellence.2012.02.";
const WESTERN_11 =
  "Western, S. (2012) ‘Coaching and mentoring in organisations’, in Passmore, J. (ed.) Excellence in coaching: the industry guide. London: Kogan Page, pp. 12–30. doi:10.5555/excellence.2012.02.";
const HAWKINS_11 =
  "Hawkins, P. (2014) ‘Coaching supervision’, In: Cox, E., Bachkirova, T. and Clutterbuck, D. (eds) The complete handbook of coaching. 2nd edn. London: Sage, pp. 391–404.";

ruleTester.run(referenceStyle, {
  valid: [
    { name: "Cite Them Right", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster."]) },
    { name: "organisation with &", doc: essay(["Culture."], ["Institute of Leadership & Management (2011) Creating a coaching culture. London: ILM."]) },
    { name: "Title Case is tolerated", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 Habits of Highly Effective People. London: Simon & Schuster."]) },
    { name: "12th edition DOI", doc: essay(["Goals."], [JONES_12]) },
    { name: "11th edition DOI, 11th chosen", edition: "11th", doc: essay(["Goals."], [JONES_11]) },
    { name: "12th edition editors", doc: essay(["Goals."], [WESTERN_12]) },
    { name: "11th edition editors, 11th chosen", edition: "11th", doc: essay(["Goals."], [WESTERN_11]) },
    { name: "a DOI in a web address of another kind", doc: essay(["Goals."], ["Grant, A.M. (2017) Coaching. Available at: https://example.org/doi/10.5555/x (Accessed: 12 March 2024)."]) },
    {
      name: "a whole list in Cite Them Right form",
      doc: essay(["Goals."], [
        "Covey, S.R. (1989) The 7 habits. London: Simon & Schuster.",
        "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
        "Starr, J. (2016) The coaching manual. Harlow: Pearson.",
      ]),
    },
    { name: "an entry without an author is left to reference-incomplete", doc: essay(["Goals."], ["(n.d.) Coaching. Harlow: Pearson."]) },
    { name: "editors written out in full are left alone", doc: essay(["Goals."], ["Western, S. (2012) 'Coaching', in Jonathan Passmore (ed.) Excellence in coaching. London: Kogan Page."]) },
  ],
  invalid: [
    { name: "seed 002 Covey", doc: essay(["Goals."], ["Covey. Stephen R. (1989) The 7 Habits of Highly Effective People. Simon & Schuster UK Lt"]), problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Covey (1989)", notes: "Put a comma, not a full stop, after the surname; use initials rather than full first names" } },
      ] },
    { name: "seed 002 Rogers", doc: essay(["Goals."], ["Rogers, J; Gilbert A, Whittleworth K (2012) The Manager as Coach. McGraw Hill University Press."]), problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Rogers, Gilbert and Whittleworth (2012)", notes: "Separate the authors with commas and \"and\", not semicolons; write initials with full stops after the surname and a comma (Gilbert, A.)" } },
      ] },
    { name: "Anglia year", doc: essay(["Goals."], ["Covey, S.R., 1989. The 7 habits. London: Simon & Schuster."]), problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Covey (1989)", notes: "Put the year in round brackets after the names: (1989)" } },
      ] },
    { name: "n.d.", doc: essay(["Goals."], ["Downey, M. (n.d.) Effective coaching."]), problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Downey (n.d.)", notes: "Cite Them Right writes \"no date\" rather than \"n.d.\"" } },
      ] },
    { name: "ampersand between people", doc: essay(["Goals."], ["Clutterbuck, D. & Megginson, D. (2005) Making coaching work. London: CIPD."]), problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Clutterbuck and Megginson (2005)", notes: "Join the last two authors with \"and\", not \"&\"" } },
      ] },
    {
      name: '"doi:" in a 12th-edition list',
      doc: essay(["Goals."], [JONES_11]),
      problems: [{ messageId: "notes", paragraph: 3, data: { reference: "Jones, Woods and Guillaume (2016)", notes: "Cite Them Right 12th edition gives a DOI as a link: Available at: https://doi.org/10.1111/joop.12119" } }],
    },
    {
      name: "a DOI link without \"Available at:\" in a 12th-edition list",
      doc: essay(["Goals."], [JONES_12.replace("Available at: ", "")]),
      problems: [{ messageId: "notes", paragraph: 3, data: { reference: "Jones, Woods and Guillaume (2016)", notes: "Cite Them Right 12th edition puts \"Available at:\" before a DOI link" } }],
    },
    { name: "a DOI link in an 11th-edition list", edition: "11th", doc: essay(["Goals."], [JONES_12]), problems: [{ messageId: "notes", paragraph: 3, data: { reference: "Jones, Woods and Guillaume (2016)", notes: "Cite Them Right 11th edition gives a DOI as doi:10.1111/joop.12119" } }] },
    { name: "editors surname first in a 12th-edition list", doc: essay(["Goals."], [WESTERN_11]), problems: [{ messageId: "notes", paragraph: 3, data: { reference: "Western (2012)", notes: "Cite Them Right 12th edition gives a DOI as a link: Available at: https://doi.org/10.5555/excellence.2012.02; Cite Them Right 12th edition writes editors' initials before their surnames, as in \"in J. Passmore (ed.)\"" } }] },
    { name: "several editors surname first, 12th", doc: essay(["Goals."], [HAWKINS_11]), problems: [{ messageId: "notes", paragraph: 3, data: { reference: "Hawkins (2014)", notes: "Cite Them Right 12th edition writes editors' initials before their surnames, as in \"in J. Passmore (ed.)\"" } }] },
    { name: "editors initials first in an 11th-edition list", edition: "11th", doc: essay(["Goals."], [WESTERN_12]), problems: [{ messageId: "notes", paragraph: 3, data: { reference: "Western (2012)", notes: "Cite Them Right 11th edition gives a DOI as doi:10.5555/excellence.2012.02; Cite Them Right 11th edition writes editors' surnames first, as in \"in Passmore, J. (ed.)\"" } }] },
    {
      name: "a whole list in Word's Anglia style: the year said once for the list, other slips per entry",
      doc: essay(
        ["Goals."],
        [
          "Clutterbuck, D. & Megginson, D., 2005. Making coaching work. London: CIPD.",
          "Covey, S.R., 1989. The 7 habits. London: Simon & Schuster.",
          "Starr, J., 2016. The coaching manual. 4th ed. Harlow: Pearson.",
        ],
      ),
      problems: [
        { messageId: "listStyle", paragraph: 3, data: { list: "reference list", count: 3, example: "Clutterbuck and Megginson (2005)" } },
        { messageId: "notes", paragraph: 3, data: { reference: "Clutterbuck and Megginson (2005)", notes: 'Join the last two authors with "and", not "&"' } },
      ],
    },
    {
      name: "three entries of five without brackets are noted one by one, not as the list's style",
      doc: essay(["Goals."], [
        "Covey, S.R., 1989. The 7 habits. London: Simon & Schuster.",
        "Downey, M. (2003) Effective coaching. London: Texere.",
        "Kolb, D.A., 1984. Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
        "Starr, J., 2016. The coaching manual. Harlow: Pearson.",
        "Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey.",
      ]),
      problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Covey (1989)", notes: "Put the year in round brackets after the names: (1989)" } },
        { messageId: "notes", paragraph: 5, data: { reference: "Kolb (1984)", notes: "Put the year in round brackets after the names: (1984)" } },
        { messageId: "notes", paragraph: 6, data: { reference: "Starr (2016)", notes: "Put the year in round brackets after the names: (2016)" } },
      ],
    },
    {
      name: "four entries of five without brackets are the list's style",
      doc: essay(["Goals."], [
        "Covey, S.R., 1989. The 7 habits. London: Simon & Schuster.",
        "Downey, M., 2003. Effective coaching. London: Texere.",
        "Kolb, D.A., 1984. Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
        "Starr, J., 2016. The coaching manual. Harlow: Pearson.",
        "Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey.",
      ]),
      problems: [{ messageId: "listStyle", paragraph: 3, data: { list: "reference list", count: 4, example: "Covey (1989)" } }],
    },
    {
      name: "an entry without an author does not count against the list's style",
      doc: essay(["Goals."], [
        "(2016) The coaching manual. Harlow: Pearson.",
        "Covey, S.R., 1989. The 7 habits. London: Simon & Schuster.",
        "Kolb, D.A., 1984. Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
        "Starr, J., 2016. The coaching manual. Harlow: Pearson.",
      ]),
      problems: [{ messageId: "listStyle", paragraph: 4, data: { list: "reference list", count: 3, example: "Covey (1989)" } }],
    },
    {
      name: "a Bibliography in Word's Anglia style, after a slip in the reference list: said in document order",
      doc: essay(
        ["Goals."],
        ["Downey, M. (n.d.) Effective coaching."],
        [
          "Covey, S.R., 1989. The 7 habits. London: Simon & Schuster.",
          "Kolb, D.A., 1984. Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
          "Starr, J., 2016. The coaching manual. Harlow: Pearson.",
        ],
      ),
      problems: [
        { messageId: "notes", paragraph: 3, data: { reference: "Downey (n.d.)", notes: "Cite Them Right writes \"no date\" rather than \"n.d.\"" } },
        { messageId: "listStyle", paragraph: 5, data: { list: "bibliography", count: 3, example: "Covey (1989)" } },
      ],
    },
  ],
});
