import { buildContext } from "../../../src/core/context";
import { contentNotRead } from "../../../src/core/rules/content-not-read";
import { contentUnreachable } from "../../../src/core/rules/content-unreachable";
import type { DraftDocument } from "../../../src/model/document";
import { draft } from "../draft";
import { MARKED, ac, filler } from "../fixtures";

type Unread = NonNullable<DraftDocument["unread"]>;
const doc = (unread: Unread) => ({ ...draft([`## ${ac(MARKED, "1.1")}`, filler(20)]), unread });
const run = (rule: typeof contentNotRead | typeof contentUnreachable, unread: Unread) => rule.run(buildContext(doc(unread), MARKED));

describe("content-not-read", () => {
  it("finds nothing when everything was read", () => {
    expect(contentNotRead.run(buildContext(draft([filler(5)]), MARKED))).toEqual([]);
  });

  it("names what the file holds but could not be read, once per kind, at its place, as a warning", () => {
    const problems = run(contentNotRead, [{ what: "an embedded RTF document", paragraph: 1 }, { what: "an embedded RTF document", paragraph: 1 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "content-not-read", severity: "warning", messageId: "notRead", data: { what: "an embedded RTF document" }, paragraph: 1 });
  });

  it("leaves what this Word may not show to content-unreachable", () => {
    expect(run(contentNotRead, [{ what: "footnotes and endnotes", possibly: true }])).toEqual([]);
  });
});

describe("content-unreachable", () => {
  it("says what this Word may not show the add-in as a note, not a finding", () => {
    const problems = run(contentUnreachable, [{ what: "footnotes and endnotes", possibly: true }, { what: "footnotes and endnotes", possibly: true }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "content-unreachable", severity: "info", messageId: "mayNotBeRead", data: { what: "footnotes and endnotes" } });
    expect(problems[0]!.paragraph).toBeUndefined();
  });

  it("points at the place when the place is known (a shape this Word may not show)", () => {
    const problems = run(contentUnreachable, [{ what: "text boxes", possibly: true, paragraph: 1 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.paragraph).toBe(1);
  });

  it("leaves what the file holds but could not be read to content-not-read", () => {
    expect(run(contentUnreachable, [{ what: "an embedded RTF document", paragraph: 1 }])).toEqual([]);
  });
});
