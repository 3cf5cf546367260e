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
  ])("%j -> %s / %j", (text, ac, rest) => {
    expect(parseAcNumber(text)).toEqual({ ac, rest });
  });

  it.each([["Introduction"], ["2020 was a hard year"], ["1.1.2 Sub-point"], ["1.15% of staff"], ["Task 1.1"], ["Section 1"], ["11 hours"], ["123.4 km"], [""]])("%j is not an AC number", (text) => {
    expect(parseAcNumber(text)).toBeNull();
  });
});
