/**
 * isRegexSpace is the hand-written scanners' copy of a regular expression's \s (the in-text
 * citation scanners use it beside patterns written with \s): checked against \s itself for every
 * character of the Basic Multilingual Plane and a few beyond, so the two cannot drift apart.
 */
import { isRegexSpace, isWordSpace } from "../../../src/shared/text/spaces";

const S = /\s/u;

describe("isRegexSpace agrees with \\s", () => {
  test("for every character of the Basic Multilingual Plane and some beyond it", () => {
    const codes: number[] = [];
    for (let c = 0; c <= 0xffff; c++) codes.push(c);
    codes.push(0x10000, 0x1f600, 0x10ffff);
    const disagree = codes.filter((c) => isRegexSpace(c) !== S.test(String.fromCodePoint(c))).map((c) => c.toString(16));
    expect(disagree).toEqual([]);
    // the check above is not vacuous: \s holds 25 characters in this range
    expect(codes.filter((c) => isRegexSpace(c))).toHaveLength(25);
  });

  test("and differs from the word spaces only at U+200B, U+0085 and the controls other than tab to carriage return", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isRegexSpace(c) !== isWordSpace(c)) differ.push(c);
    const controls = Array.from({ length: 33 }, (_, c) => c).filter((c) => c !== 0x20 && (c < 0x09 || c > 0x0d));
    expect(differ).toEqual([...controls, 0x85, 0x200b].sort((a, b) => a - b));
  });
});
