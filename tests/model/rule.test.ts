import { defineRule, interpolate } from "../../src/model/rule";

describe("interpolate", () => {
  it("fills every placeholder, numbers included", () => {
    expect(interpolate("AC {{ac}} has {{ words }} words.", { ac: "1.2", words: 3 })).toBe("AC 1.2 has 3 words.");
  });
  it("refuses a placeholder with no data, so a rule cannot print {{…}} to a learner", () => {
    expect(() => interpolate("AC {{ac}}.", {})).toThrow(/No data for \{\{ac\}\}/);
  });
});

describe("defineRule", () => {
  const rule = defineRule({
    id: "test-rule",
    severity: "warning",
    description: "A rule used only to test the rule shape itself.",
    fix: { one: "Fix {{what}} once.", two: "Fix {{what}} twice." },
    action: "remove-guidance",
    messages: { one: "One {{what}}.", two: "Two {{what}}." },
    check(ctx: { items: string[] }, report) {
      ctx.items.forEach((what, i) => report(i % 2 ? "two" : "one", { what }, { ac: "1.1", paragraph: i, related: { paragraph: 0, label: "the first" } }));
    },
  });

  it("stamps code, severity, message, fix, data and place from the declaration", () => {
    expect(rule.run({ items: ["a", "b"] })).toEqual([
      { code: "test-rule", severity: "warning", ac: "1.1", message: "One a.", messageId: "one", data: { what: "a" }, fix: "Fix a once.", paragraph: 0, related: { paragraph: 0, label: "the first" } },
      { code: "test-rule", severity: "warning", ac: "1.1", message: "Two b.", messageId: "two", data: { what: "b" }, fix: "Fix b twice.", paragraph: 1, related: { paragraph: 0, label: "the first" } },
    ]);
  });

  it("keeps its metadata for the documentation and the pane", () => {
    expect(rule).toMatchObject({ id: "test-rule", severity: "warning", action: "remove-guidance" });
    expect(Object.keys(rule.messages)).toEqual(["one", "two"]);
  });

  it("starts every run afresh", () => {
    expect(rule.run({ items: ["x"] })).toHaveLength(1);
    expect(rule.run({ items: [] })).toEqual([]);
  });
});
