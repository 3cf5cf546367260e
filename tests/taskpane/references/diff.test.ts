import { diffReferenceList } from "../../../src/taskpane/references/diff";

const entry = (text: string) => ({ id: text.slice(0, 5), text, html: text, runs: [{ text }] });

describe("diffReferenceList", () => {
  it("pairs typed lines with new entries by author and year, and lists what would be dropped", () => {
    const rows = diffReferenceList(
      ["Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.", "Whitmore J 2017 Coaching for performance", "Kolb, D.A. (1984) Experiential learning."],
      [
        entry("Clutterbuck, D. (2014) Everyone needs a mentor. 5th edn. London: CIPD."),
        entry("Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson."),
        entry("Whitmore, J. (2017) Coaching for performance. 5th edn. London: Nicholas Brealey."),
      ],
    );
    expect(rows.map((r) => r.kind)).toEqual(["added", "same", "changed", "removed"]);
    expect(rows[2].current).toBe("Whitmore J 2017 Coaching for performance");
    expect(rows[3].current).toMatch(/^Kolb/);
  });

  it("has nothing to change when the lists agree", () => {
    const text = "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.";
    expect(diffReferenceList([text], [entry(text)]).every((r) => r.kind === "same")).toBe(true);
  });
});
