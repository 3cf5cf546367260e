import { groupUnits, matchesUnit, unitLabel } from "../../../src/taskpane/model/units";
import { listUnits } from "../../../src/units/catalogue";

describe("unit picker", () => {
  const units = listUnits();
  it("groups the catalogue by level, Level 5 first", () => {
    const groups = groupUnits(units);
    expect(groups.map((g) => g.level)).toEqual([5, 7]);
    expect(groups.flatMap((g) => g.units).length).toBe(units.length);
  });

  it("finds units by number or by words of the title", () => {
    expect(units.filter((u) => matchesUnit(u, "8581")).map((u) => u.id)).toEqual(["8581-700"]);
    const byWords = units.filter((u) => matchesUnit(u, "coaching 500"));
    expect(byWords.map((u) => u.id).sort()).toEqual(["8580-500", "8580-500-2017"]);
    expect(units.filter((u) => matchesUnit(u, "no such unit"))).toEqual([]);
  });

  it("tells two editions of one unit number apart", () => {
    const labels = units.filter((u) => u.unitNumber === "8580-500").map(unitLabel);
    expect(new Set(labels).size).toBe(2);
    expect(labels.some((l) => l.startsWith("8580-500 (2017 edition)"))).toBe(true);
  });
});
