import type { ProblemCode } from "../../src/core/report";
import { describeError } from "../../src/taskpane/model/errors";
import { actionsFor, adviceFor } from "../../src/taskpane/model/fixes";
import { groupUnits, matchesUnit, unitLabel } from "../../src/taskpane/model/units";
import { listUnits } from "../../src/units";
import { WordActionError } from "../../src/word/host";

describe("fix advice", () => {
  const codes: ProblemCode[] = [
    "ac-missing", "ac-heading-altered", "ac-empty", "ac-short", "ac-out-of-order", "ac-duplicate", "guidance-left-in",
    "word-count-out-of-range", "citation-unmatched", "citation-matched-with-warning", "citation-style", "reference-uncited",
    "reference-incomplete", "reference-style", "reference-duplicate", "reference-order", "section-needs-reference",
    "reference-list-is-bibliography", "content-not-read",
  ];
  it.each(codes)("%s has a one-line fix ending with a full stop", (code) => {
    const { fix } = adviceFor({ code });
    expect(fix).toMatch(/^[A-Z].*\.$/);
    expect(fix).not.toMatch(/\n/);
  });

  it("offers each safe fix button once, in a stable order", () => {
    expect(actionsFor([{ code: "guidance-left-in" }, { code: "ac-missing" }, { code: "guidance-left-in" }, { code: "ac-empty" }])).toEqual([
      "insert-missing",
      "remove-guidance",
    ]);
    expect(actionsFor([{ code: "ac-heading-altered" }])).toEqual([]);
  });
});

describe("describeError", () => {
  it("passes on the sentence src/word wrote for the learner", () => {
    const e = describeError(new WordActionError("Word would not let the add-in insert the template because the document is read-only.", "read-only", "AccessDenied"));
    expect(e).toEqual({ title: "The document is read-only", message: "Word would not let the add-in insert the template because the document is read-only.", intent: "error" });
  });

  it("maps raw Office.js error codes to something a learner can act on", () => {
    expect(describeError({ code: "AccessDenied", message: "AccessDenied" }).message).toMatch(/Enable Editing/);
  });

  it("never shows a stack trace or internal message for unknown errors", () => {
    const e = describeError(new TypeError("Cannot read properties of undefined (reading 'items')"), "check your draft");
    expect(e.title).toBe("Could not check your draft");
    expect(e.message).not.toMatch(/undefined|items|TypeError/);
  });
});

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
