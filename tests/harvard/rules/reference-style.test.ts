import { referenceStyle } from "../../../src/harvard/rules/reference-style";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

ruleTester.run(referenceStyle, {
  valid: [
    { name: "Cite Them Right", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster."]) },
    { name: "organisation with &", doc: essay(["Culture."], ["Institute of Leadership & Management (2011) Creating a coaching culture. London: ILM."]) },
    { name: "Title Case is tolerated", doc: essay(["Goals."], ["Covey, S.R. (1989) The 7 Habits of Highly Effective People. London: Simon & Schuster."]) },
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
  ],
});
