import type { ReferencingRule } from "../../harvard/context";
import type { Problem } from "../report";

/**
 * A year in brackets after a piece of work with nobody's name near it: "The review (2019) was
 * late." The reader cannot tell whose work it is, nor find it in the reference list. A note
 * rather than an error: the learner may mean their organisation's own document.
 */
export const citationNoAuthor: ReferencingRule = {
  id: "citation-no-author",
  description: "A year in brackets after a piece of work (\"the review (2019)\") names whose work it is.",
  check(ctx) {
    return ctx.yearsWithoutAuthor.map(
      (y): Problem => ({
        code: "citation-no-author",
        severity: "info",
        ...(y.ac ? { ac: y.ac } : {}),
        message: `“${y.text}” gives a year but no author: say whose work it is, for example “Starr’s ${y.noun} (${y.year})” or “(Starr, ${y.year})”, and list it under References.`,
        paragraph: y.paragraph,
      }),
    );
  },
};
