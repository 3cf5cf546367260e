import { buildContext } from "../../../src/core/context";
import { contentNotRead } from "../../../src/core/rules/content-not-read";
import { draft } from "../draft";
import { MARKED, ac, filler } from "../fixtures";

const doc = (unread: Array<{ what: string; paragraph?: number; possibly?: boolean }>) => ({ ...draft([`## ${ac(MARKED, "1.1")}`, filler(20)]), unread });

describe("content-not-read", () => {
  it("has a description", () => {
    expect(contentNotRead.description.length).toBeGreaterThan(20);
  });

  it("finds nothing when everything was read", () => {
    expect(contentNotRead.check(buildContext(draft([filler(5)]), MARKED))).toEqual([]);
  });

  it("names what could not be read, once per kind, at its place", () => {
    const problems = contentNotRead.check(
      buildContext(doc([{ what: "an embedded RTF document", paragraph: 1 }, { what: "an embedded RTF document", paragraph: 1 }]), MARKED),
    );
    expect(problems).toEqual([
      {
        code: "content-not-read",
        severity: "warning",
        message: "This document holds an embedded RTF document, which could not be read: its words are not counted and its citations are not checked.",
        paragraph: 1,
      },
    ]);
  });

  it("says what the host may have missed as a note, not a finding", () => {
    const [p] = contentNotRead.check(buildContext(doc([{ what: "footnotes and endnotes", possibly: true }]), MARKED));
    expect(p).toMatchObject({ severity: "info", message: expect.stringMatching(/^This version of Word does not let the add-in read footnotes and endnotes: any words/) });
  });
});
