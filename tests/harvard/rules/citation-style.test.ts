import { citationStyle } from "../../../src/harvard/rules/citation-style";
import { acEssay, essay, SOURCED } from "../helpers";
import { ruleTester } from "../rule-tester";

const OSCAR = "Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting.";
const ROGERS = "Rogers, J., Gilbert, A. and Whittleworth, K. (2012) The manager as coach. Maidenhead: McGraw-Hill.";

ruleTester.run(citationStyle, {
  valid: [
    { name: "Cite Them Right form", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009, p. 4) and Rogers, Gilbert and Whittleworth (2012)."], [OSCAR, ROGERS]) },
    { name: "no date spelt out", doc: essay(["Ethics (International Coaching Federation, no date)."], ["International Coaching Federation (no date) ICF code of ethics."]) },
  ],
  invalid: [
    { name: "ampersand", doc: essay(["OSCAR (Gilbert & Whittleworth, 2009)."], [OSCAR]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Gilbert & Whittleworth, 2009)", fixes: "write \"and\" between authors, not \"&\"" } },
      ] },
    { name: "missing comma", doc: essay(["OSCAR (Gilbert and Whittleworth 2009)."], [OSCAR]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Gilbert and Whittleworth 2009)", fixes: "put a comma between the names and the year" } },
      ] },
    { name: "et al without stop", doc: essay(["Managers (Rogers et al, 2012)."], [ROGERS]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Rogers et al, 2012)", fixes: "write \"et al.\" with a full stop (and no full stop after \"et\"); this work has 3 authors: Cite Them Right names up to three authors and uses \"et al.\" only for four or more" } },
      ] },
    { name: "et al. for three authors", doc: essay(["Managers (Rogers et al., 2012)."], [ROGERS]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Rogers et al., 2012)", fixes: "this work has 3 authors: Cite Them Right names up to three authors and uses \"et al.\" only for four or more" } },
      ] },
    { name: "n.d.", doc: essay(["Ethics (ICF, n.d.)."], ["International Coaching Federation (no date) ICF code of ethics."]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(ICF, n.d.)", fixes: "Cite Them Right writes \"no date\" rather than \"n.d.\"" } },
      ] },
    { name: "page format", doc: essay(["OSCAR (Gilbert and Whittleworth, 2009, p.4)."], [OSCAR]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Gilbert and Whittleworth, 2009, p.4)", fixes: "write page numbers as \"p. 42\" or \"pp. 42–45\"" } },
      ] },
    { name: "square brackets", doc: essay(["OSCAR [Gilbert and Whittleworth, 2009]."], [OSCAR]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "[Gilbert and Whittleworth, 2009]", fixes: "use round brackets" } },
      ] },
    { name: "several slips, one note", doc: essay(["OSCAR (Gilbert & Whittleworth 2009, p.4)."], [OSCAR]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Gilbert & Whittleworth 2009, p.4)", fixes: "write \"and\" between authors, not \"&\"; write page numbers as \"p. 42\" or \"pp. 42–45\"; put a comma between the names and the year" } },
      ] },
    { name: "et al. for a work with one author", doc: essay(["Goals (Covey et al., 1989)."], ["Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster."]), problems: [
        { messageId: "slips", paragraph: 1, data: { citation: "(Covey et al., 1989)", fixes: "this work has one author: Cite Them Right names up to three authors and uses \"et al.\" only for four or more" } },
      ] },
    {
      name: "carries the AC",
      unit: SOURCED,
      doc: acEssay({ "1.2": ["Context shapes coaching (Gilbert & Whittleworth, 2009) in practice."] }, [OSCAR]),
      problems: [{ messageId: "slips", ac: "1.2", paragraph: 5, data: { citation: "(Gilbert & Whittleworth, 2009)" } }],
    },
  ],
});
