/**
 * countWords classifies characters by hand for speed (an ASCII fast path, a cache for the rest of
 * the Basic Multilingual Plane, surrogate pairs joined by hand): checked here against the rule it
 * stands for, a run of non-spaces holding a letter or digit (\p{L} or \p{N}), one character at a
 * time, so a slip at a range's edge ("0", "Z", "a") or in the pairing shows.
 */
import { countWords } from "../../src/core/words";
import { isWordSpace } from "../../src/shared/text/spaces";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

describe("one character at a time", () => {
  test("every character of the Basic Multilingual Plane is a word exactly when it is a letter or digit", () => {
    const wrong: string[] = [];
    let words = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // halves of a pair: below
      const ch = String.fromCharCode(c);
      const expected = !isWordSpace(c) && LETTER_OR_DIGIT.test(ch) ? 1 : 0;
      words += expected;
      // twice: the second answer comes from the cache the first one filled
      if (countWords(ch) !== expected || countWords(`${ch} ${ch}`) !== 2 * expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(words).toBeGreaterThan(40000);
  });

  test.each([
    ["/", 0],
    ["0", 1],
    ["9", 1],
    [":", 0],
    ["@", 0],
    ["A", 1],
    ["Z", 1],
    ["[", 0],
    ["`", 0],
    ["a", 1],
    ["z", 1],
    ["{", 0],
    ["\u007f", 0],
    ["\u0080", 0],
  ])("ASCII edge %j: words %i", (ch, n) => {
    expect(countWords(ch)).toBe(n);
    expect(countWords(`-${ch}-`)).toBe(n);
  });

  test.each([
    ["a digit beyond the BMP (mathematical double-struck zero)", "\u{1D7D8}", 1],
    ["a letter beyond the BMP (Gothic ahsa)", "\u{10330}", 1],
    ["the first pair of all, a letter (Linear B syllable A, U+D800 U+DC00)", "\u{10000}", 1],
    ["a digit whose low half is the last (mathematical monospace nine, U+D835 U+DFFF)", "\u{1D7FF}", 1],
    ["an emoji, neither", "\u{1F600}", 0],
    ["a lone high surrogate at the end", "\uD835", 0],
    ["a lone low surrogate", "\uDFD8", 0],
    ["a high surrogate before a letter, not a pair", "\uD835a", 1],
    ["a high surrogate before a fullwidth letter above the low halves, not a pair", "\uD835\uFF21", 1],
    ["a letter before a lone low surrogate, not a pair", "a\uDFD8", 1],
    ["two lone low surrogates, not a pair", "\uDFD8\uDFD8", 0],
  ])("%s", (_name, text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
