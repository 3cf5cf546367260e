import { problem } from "../../helpers/problem";
import { groupProblems, groupTitle } from "../../../src/taskpane/model/problem-groups";

const uncited = (i: number) => problem({ code: "reference-uncited", message: `Nothing cites Author${i} (2001).`, paragraph: 100 + i });
const order = (i: number) => problem({ code: "reference-order", message: `Author${i} (2001) is out of order.`, paragraph: 100 + i });

describe("the Whole draft list, grouped", () => {
  it("turns 199 uncited and 184 out-of-order references into two rows, most important first", () => {
    const rows = groupProblems([...Array.from({ length: 184 }, (_, i) => order(i)), ...Array.from({ length: 199 }, (_, i) => uncited(i))]);
    expect(rows.map((r) => (r.kind === "group" ? [r.title, r.problems.length] : r.problem.code))).toEqual([
      ["199 references are not cited", 199],
      ["184 references are out of alphabetical order", 184],
    ]);
  });

  it("says a group's fix once when every problem in it has the same fix", () => {
    const [row] = groupProblems([uncited(1), uncited(2)]);
    expect(row).toMatchObject({ kind: "group", fix: uncited(1).fix });
  });

  it("keeps a problem of its own kind as one row", () => {
    const wc = problem({ code: "word-count-out-of-range", message: "Too few words." });
    const rows = groupProblems([wc, uncited(1), uncited(2), uncited(3)]);
    expect(rows.map((r) => r.kind)).toEqual(["one", "group"]);
    expect(rows[0]).toEqual({ kind: "one", problem: wc });
  });

  it("puts errors before warnings before notes", () => {
    const err = problem({ code: "citation-unmatched", message: "x" });
    const note = problem({ code: "reference-duplicate", message: "y" });
    const rows = groupProblems([note, uncited(1), err]);
    expect(rows.map((r) => (r.kind === "one" ? r.problem.severity : r.severity))).toEqual(["error", "warning", "info"]);
  });

  it("words group titles with thousands separators", () => {
    expect(groupTitle("reference-uncited", 1200)).toBe("1,200 references are not cited");
    expect(groupTitle("guidance-left-in", 4)).toBe("Template guidance is left in 4 places");
  });
});
