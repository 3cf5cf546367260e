import { formatCount } from "../../../src/shared/text/count";

describe("formatCount", () => {
  it("groups thousands as en-GB writes them, like toLocaleString", () => {
    for (const n of [0, 7, 999, 1000, 5116, 12345, 123456, 1234567, 200075, -4500, 1e9]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-GB"));
    }
  });

  it("rounds to a whole number first", () => {
    expect(formatCount(1234.5)).toBe("1,235");
    expect(formatCount(999.4)).toBe("999");
    expect(formatCount(-0.2)).toBe("0");
  });
});
