import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";

/**
 * A year in brackets after a piece of work with nobody's name near it: "The review (2019) was
 * late." The reader cannot tell whose work it is, nor find it in the reference list. A note
 * rather than an error: the learner may mean their organisation's own document.
 */
export const citationNoAuthor = defineRule({
  id: "citation-no-author",
  severity: "info",
  description: "A year in brackets after a piece of work (\"the review (2019)\") names whose work it is.",
  fix: "Say whose work it is, for example “Starr’s {{noun}} ({{year}})” or “(Starr, {{year}})”, and list it under References.",
  messages: {
    noAuthor: "“{{text}}” gives a year but no author, so a reader cannot tell who wrote it or find it in your list.",
  },
  check(ctx: ReferencingContext, report) {
    for (const y of ctx.yearsWithoutAuthor) {
      report("noAuthor", { text: y.text, noun: y.noun, year: y.year }, { ...(y.ac ? { ac: y.ac } : {}), paragraph: y.paragraph });
    }
  },
});
