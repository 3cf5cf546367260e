import { referenceStyle } from "../../../src/core/rules/reference-style";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

ruleTester.run(referenceStyle, {
  valid: [
    { name: "Cite Them Right", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster."]) },
    { name: "organisation with &", doc: essay(["Culture."], ["Institute of Leadership & Management (2011) Creating a coaching culture. London: ILM."]) },
    { name: "Title Case is tolerated", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 Habits of Highly Effective People. London: Simon & Schuster."]) },
  ],
  invalid: [
    { name: "seed 002 Covey", doc: essay(["Goals."], ["Covey. Stephen R. (1989) The 7 Habits of Highly Effective People. Simon & Schuster UK Lt"]), problems: [{ message: /comma, not a full stop.*initials/ }] },
    { name: "seed 002 Rogers", doc: essay(["Goals."], ["Rogers, J; Gilbert A, Whittleworth K (2012) The Manager as Coach. McGraw Hill University Press."]), problems: [{ message: "semicolons" }] },
    { name: "Anglia year", doc: essay(["Goals."], ["Covey, S.R., 1989. The 7 habits. London: Simon & Schuster."]), problems: [{ message: "round brackets" }] },
    { name: "n.d.", doc: essay(["Goals."], ["Downey, M. (n.d.) Effective coaching."]), problems: [{ message: '"no date"' }] },
    { name: "ampersand between people", doc: essay(["Goals."], ["Clutterbuck, D. & Megginson, D. (2005) Making coaching work. London: CIPD."]), problems: [{ message: '"and"' }] },
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
      problems: [{ message: /^Your reference list gives the year without brackets in 3 entries .* for example Clutterbuck and Megginson \(2005\)\.$/ }, { message: /^Clutterbuck and Megginson \(2005\): Join the last two authors with "and", not "&"\.$/ }],
    },
  ],
});
