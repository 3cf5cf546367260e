import { createFormatter } from "../../../src/harvard/format/harvard-format";
import { CTR_EDITIONS } from "../../../src/harvard/edition";
import { sourceFromTypedLine, sourcesFromTypedList } from "../../../src/harvard/library/from-typed";
import { blockingErrors } from "../../../src/harvard/library/validate";
import { SOURCES } from "./fixtures/sources";

describe("sources from the learner's typed reference list", () => {
  it.each(CTR_EDITIONS)("reads back every kind of entry the formatter writes in the %s edition, so re-formatting gives the same line", (edition) => {
    const list = createFormatter(SOURCES, { edition }).bibliography();
    const typed = sourcesFromTypedList(list.map((e) => e.text));
    expect(typed).toHaveLength(list.length);
    const again = new Set(createFormatter(typed.map((t) => t.item), { edition }).bibliography().map((e) => e.text));
    // "Smith, A. et al." cannot be turned back into four names: the learner is asked for them.
    const etAl = list.filter((e) => / et al\. /.test(e.text)).map((e) => e.text);
    expect(etAl).toHaveLength(1);
    expect(list.map((e) => e.text).filter((t) => !again.has(t))).toEqual(etAl);
    const smith = typed.find((t) => t.line === etAl[0])!;
    expect(smith.problems[0]).toMatchObject({ field: "authors", severity: "warning" });
    expect(smith.problems[0].message).toMatch(/add every author's name/);
  });

  it.each([
    [
      "Covey, Stephen R. (1989) The 7 Habits of Highly Effective People. Simon & Schuster UK",
      "book",
      { author: [{ family: "Covey", given: "Stephen R." }], issued: { "date-parts": [[1989]] }, publisher: "Simon & Schuster UK" },
      ["place"],
    ],
    [
      "Rogers, J; Gilbert A, Whittleworth K (2012) The Manager as Coach. McGraw Hill University Press.",
      "book",
      { author: [{ family: "Rogers", given: "J" }, { family: "Gilbert", given: "A" }, { family: "Whittleworth", given: "K" }] },
      ["place"],
    ],
    [
      "Covey, S.R., 1989. The 7 habits of highly effective people. London: Simon & Schuster.",
      "book",
      { "publisher-place": "London", publisher: "Simon & Schuster", issued: { "date-parts": [[1989]] } },
      [],
    ],
    [
      "CIPD, 2023. Coaching and mentoring. [online] Available at: <https://www.cipd.org/coaching> [Accessed 12 March 2024].",
      "web-page",
      { author: [{ literal: "CIPD" }], URL: "https://www.cipd.org/coaching", accessed: { "date-parts": [[2024, 3, 12]] } },
      [],
    ],
    [
      "Institute of Leadership & Management (2011) Creating a coaching culture. London: ILM.",
      "report",
      { author: [{ literal: "Institute of Leadership & Management" }], publisher: "ILM" },
      [],
    ],
    [
      "Bloggs, J. (2018) Coaching conversations in small firms. MA dissertation. University of Leeds.",
      "thesis",
      { genre: "MA dissertation", publisher: "University of Leeds" },
      [],
    ],
  ])("%s", (line, kind, fields, missing) => {
    const s = sourceFromTypedLine(line)!;
    expect(s.kind).toBe(kind);
    expect(s.item).toMatchObject(fields);
    expect(blockingErrors(s.problems).map((p) => p.field)).toEqual(missing);
  });

  it("skips a line with neither names nor year", () => {
    expect(sourceFromTypedLine("www.cipd.co.uk/coaching")).toBeNull();
    expect(sourcesFromTypedList(["", "www.cipd.co.uk/coaching"])).toEqual([]);
  });

  it("gives unique ids across the list and the library", () => {
    const s = sourcesFromTypedList(
      ["Covey, S.R. (1989) The 7 habits. London: Simon & Schuster.", "Covey, S.R. (1989) Another. London: Simon & Schuster."],
      ["covey1989"],
    );
    expect(s.map((x) => x.item.id)).toEqual(["covey1989-2", "covey1989-3"]);
  });
});
