import { citationStyle } from "../../../src/core/rules/citation-style";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

const OSCAR = "Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting.";
const ROGERS = "Rogers, J., Gilbert, A. and Whittleworth, K. (2012) The manager as coach. Maidenhead: McGraw-Hill.";

ruleTester.run(citationStyle, {
  valid: [
    { name: "Cite Them Right form", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009, p. 4) and Rogers, Gilbert and Whittleworth (2012)."], [OSCAR, ROGERS]) },
    { name: "no date spelt out", doc: essay(["Ethics (International Coaching Federation, no date)."], ["International Coaching Federation (no date) ICF code of ethics."]) },
  ],
  invalid: [
    { name: "ampersand", doc: essay(["OSCAR (Gilbert & Whittleworth, 2009)."], [OSCAR]), problems: [{ message: '"and"' }] },
    { name: "missing comma", doc: essay(["OSCAR (Gilbert and Whittleworth 2009)."], [OSCAR]), problems: [{ message: "comma" }] },
    { name: "et al without stop", doc: essay(["Managers (Rogers et al, 2012)."], [ROGERS]), problems: [{ message: /et al\./ }] },
    { name: "et al. for three authors", doc: essay(["Managers (Rogers et al., 2012)."], [ROGERS]), problems: [{ message: "four or more" }] },
    { name: "n.d.", doc: essay(["Ethics (ICF, n.d.)."], ["International Coaching Federation (no date) ICF code of ethics."]), problems: [{ message: '"no date"' }] },
    { name: "page format", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009, p.4)."], [OSCAR]), problems: [{ message: "p. 42" }] },
    { name: "square brackets", doc: essay(["OSCAR [Gilbert and Whittleworth, 2009]."], [OSCAR]), problems: [{ message: "round brackets" }] },
    { name: "several slips, one note", doc: essay(["OSCAR (Gilbert & Whittleworth 2009, p.4)."], [OSCAR]), problems: [{ message: /"and".*p\. 42.*comma/ }] },
  ],
});
