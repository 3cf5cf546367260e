import { citationMatchedWithWarning } from "../../../src/core/rules/citation-matched-with-warning";
import { essay } from "../helpers";
import { ruleTester } from "../rule-tester";

const WHITMORE = ["Whitmore, J. (2009a) Coaching for performance. London: Nicholas Brealey.", "Whitmore, J. (2009b) Coaching questions. London: Nicholas Brealey."];
const OSCAR = "Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting.";

ruleTester.run(citationMatchedWithWarning, {
  valid: [
    { name: "exact match", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009)."], [OSCAR]) },
    { name: "suffix given", doc: essay(["Performance (Whitmore, 2009a; Whitmore, 2009b)."], WHITMORE) },
    { name: "et al. for four or more", doc: essay(["It works (Smith et al., 2020)."], ["Smith, A. et al. (2020) 'Four authors paper', Journal of Things, 1(1), pp. 1–2."]) },
    { name: "unmatched is not this rule's", doc: essay(["Emotions (Goleman, 1996)."], [OSCAR]) },
  ],
  invalid: [
    { name: "suffix missing", doc: essay(["Performance (Whitmore, 2009)."], WHITMORE), problems: [{ message: "2009a, 2009b" }] },
    { name: "suffix not in list", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009a)."], [OSCAR]), problems: [{ message: 'letter "a"' }] },
    { name: "near spelling", doc: essay(["OSCAR (Gilbret and Whittleworth, 2009)."], [OSCAR]), problems: [{ message: "near spelling" }] },
    { name: "co-author omitted", doc: essay(["OSCAR (Gilbert, 2009)."], [OSCAR]), problems: [{ message: "fewer authors" }] },
    { name: "co-author differs", doc: essay(["OSCAR (Gilbert and Smith, 2009)."], [OSCAR]), problems: [{ message: "names Smith" }] },
    { name: "et al. missing for four or more", doc: essay(["It works (Smith, 2020)."], ["Smith, A. et al. (2020) 'Four authors paper', Journal of Things, 1(1), pp. 1–2."]), problems: [{ message: "Smith et al." }] },
  ],
});
