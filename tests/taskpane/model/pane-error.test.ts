import { describeError } from "../../../src/taskpane/model/pane-error";
import { toWordActionError, WordActionError } from "../../../src/word/action-errors";
import { UnknownUnitError } from "../../../src/units/unknown-unit-error";

/** The pane's messages: the sentence from src/word's one table of Office.js codes, with a title from the same place. */

const TITLES: Array<[code: string, title: string]> = [
  ["AccessDenied", "The document is read-only"],
  ["ApiNotFound", "This version of Word cannot do that"],
  ["ItemNotFound", "The document changed"],
  ["RequestPayloadSizeLimitExceeded", "The document is too large"],
  ["ActivityLimitReached", "Word is busy"],
  ["GeneralException", "Word could not finish that"],
];

describe("describeError", () => {
  it.each(TITLES)("a Word action that failed with %s is titled %p, with src/word's sentence", (code, title) => {
    const thrown = toWordActionError({ code }, "insert the template");
    expect(describeError(thrown, "insert template")).toEqual({ title, message: thrown.message, intent: "error" });
  });

  it.each(TITLES.filter(([code]) => code !== "GeneralException"))("a raw Office.js %s error gets the same title and sentence", (code, title) => {
    const raw = { code, message: `${code}: internal`, name: "RichApi.Error" };
    expect(describeError(raw, "check my draft")).toEqual({ title, message: toWordActionError(raw, "check my draft").message, intent: "error" });
  });

  it("words a raw read-only error so the learner knows to enable editing", () => {
    expect(describeError({ code: "AccessDenied" }).message).toMatch(/^Word would not let the add-in do that because .*Enable Editing/);
  });

  it("words any other code of a raw Office.js error as src/word does, keeping the code for support", () => {
    const raw = { code: "GeneralException", message: "GeneralException: internal", name: "RichApi.Error" };
    expect(describeError(raw, "check my draft")).toEqual({
      title: "Word could not finish that",
      message: "Word could not check my draft (GeneralException): save the document, then try again.",
      intent: "error",
    });
  });

  it("keeps the sentence of an error src/word raised on purpose", () => {
    const e = new WordActionError("Choose a source to cite first.", "failed");
    expect(describeError(e, "insert citation")).toEqual({ title: "Word could not finish that", message: "Choose a source to cite first.", intent: "error" });
  });

  it("names the unit problem", () => {
    const e = describeError(new UnknownUnitError("9999", ["8580-500"]));
    expect(e.title).toBe("Unknown unit");
    expect(e.message).toMatch(/9999/);
  });

  it("never shows an unknown code or a stack trace", () => {
    const e = describeError({ code: "SomethingInternal", message: "at foo (bar.js:1:2)" }, "check my draft");
    expect(e.title).toBe("Could not check my draft");
    expect(e.message).not.toMatch(/SomethingInternal|bar\.js/);
  });
});

describe("describeError: the learner's sentence", () => {
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

