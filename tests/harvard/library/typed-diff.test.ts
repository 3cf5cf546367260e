import { diffReferenceLists, diffReferenceRows } from "../../../src/harvard/library/typed-diff";

const STARR = "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.";
const WHITMORE = "Whitmore, J. (2017) Coaching for performance. 5th edn. London: Nicholas Brealey.";
const VAN = "van Nieuwerburgh, C. (2017) An introduction to coaching skills: a practical guide. 2nd edn. London: Sage.";

describe("diffReferenceRows", () => {
  it.each([
    ["identical lines are the same", [STARR], [STARR], ["same"]],
    ["white space and curly quotes do not make a change", ["Starr,  J. (2016) The coaching manual. 4th edn. Harlow: Pearson. "], [STARR], ["same"]],
    ["same author and year in another form is a change", ["Whitmore J 2017 Coaching for performance"], [WHITMORE], ["changed"]],
    ["a particle name pairs by its surname", ["Van Nieuwerburgh, C (2017) Coaching skills, Sage"], [VAN], ["changed"]],
    ["another year does not pair", ["Starr, J. (2008) The coaching manual. 2nd edn."], [STARR], ["added", "removed"]],
    ["an entry only generated is added", [], [STARR], ["added"]],
    ["a typed line with no entry would be removed", [STARR], [], ["removed"]],
    ["blank typed lines are ignored", ["", "  "], [STARR], ["added"]],
  ])("%s", (_name, typed, generated, kinds) => {
    expect(diffReferenceRows(typed, generated).map((r) => r.kind)).toEqual(kinds);
  });

  it("pairs each typed line once, even when two entries share author and year", () => {
    const a = "Whitmore, J. (2009a) Coaching for performance. 4th edn. London: Nicholas Brealey.";
    const b = "Whitmore, J. (2009b) Coaching for performance: the workbook. London: Nicholas Brealey.";
    const rows = diffReferenceRows(["Whitmore, J. (2009) Coaching for performance."], [a, b]);
    expect(rows.map((r) => r.kind)).toEqual(["changed", "added"]);
    expect(rows[0]!.current).toMatch(/^Whitmore/);
  });
});

describe("diffReferenceLists", () => {
  it("keeps only the entries without a partner", () => {
    const kolb = "Kolb, D.A. (1984) Experiential learning.";
    expect(diffReferenceLists([STARR, kolb, "Whitmore J 2017 Coaching"], [WHITMORE, STARR, VAN])).toEqual({
      onlyTyped: [kolb],
      onlyGenerated: [VAN],
    });
  });
});
