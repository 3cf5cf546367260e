import { parseAcNumber } from "../../src/core/ac-number";

describe("parseAcNumber", () => {
  it.each([
    ["1.1 Define", "1.1", "Define"],
    ["1.1. Define", "1.1", "Define"],
    ["AC 1.1 Define", "1.1", "Define"],
    ["AC1.1: Define", "1.1", "Define"],
    ["ac 2.3 - Review", "2.3", "Review"],
    ["A.C. 3.2 – Analyse", "3.2", "Analyse"],
    ["1.1) Define", "1.1", "Define"],
    ["  4.2", "4.2", ""],
    ["01.02 Define", "1.2", "Define"],
    ["1.10 Tenth", "1.10", "Tenth"],
    ["AC1.1:Define", "1.1", "Define"],
    ["1.1. Define coaching.", "1.1", "Define coaching."],
    ["AC 2.3 \u2013 Review the responsibilities", "2.3", "Review the responsibilities"],
    ["3.1) Review a model", "3.1", "Review a model"],
    // Issue 11: a word before the number, or the number after the wording, as learners type them.
    ["Criterion 1.1: Define", "1.1", "Define"],
    ["Assessment criterion 2.3 Review", "2.3", "Review"],
    ["Question 1.2 Evaluate", "1.2", "Evaluate"],
    ["Q1.1 Define", "1.1", "Define"],
    ["Define coaching (1.1)", "1.1", "Define coaching"],
    ["Define coaching (AC 1.1).", "1.1", "Define coaching"],
    ["Define coaching [AC1.1]", "1.1", "Define coaching"],
    ["Define coaching \u2013 AC 1.1", "1.1", "Define coaching"],
    ["Define coaching: AC 2.4", "2.4", "Define coaching"],
  ])("%j -> %s / %j", (text, ac, rest) => {
    expect(parseAcNumber(text)).toEqual({ ac, rest });
  });

  it.each([["Introduction"], ["2020 was a hard year"], ["1.1.2 Sub-point"], ["1.15% of staff"], ["Task 1.1"], ["Section 1"], ["11 hours"], ["123.4 km"], [""], ["(1.1)"], ["Quality 1.1"], ["Question 1.1.2 Sub-point"], ["Define coaching - 1.1"], ["Costs rose by (1.15%)"]])("%j is not an AC number", (text) => {
    expect(parseAcNumber(text)).toBeNull();
  });
});
