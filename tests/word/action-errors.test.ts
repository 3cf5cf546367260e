import { REASON_BY_CODE, toWordActionError, WordActionError, WORDING } from "../../src/word/action-errors";

/** Office.js error codes -> the one sentence a learner reads (the pane shows the same, src/taskpane/model/pane-error.ts). */

const READ_ONLY =
  "Word would not let the add-in insert the template because the document, or the part being changed, is read-only or locked: choose Enable Editing (or open an editable copy, or turn off restrictions) and try again.";
const UNSUPPORTED = "This version of Word cannot insert the template: update Word, or use Word on the web.";
const CHANGED = "The document changed while the add-in tried to insert the template: please try again.";
const TOO_LARGE = "The document is too large for Word to insert the template in one go: save it, close other documents and try again.";
const BUSY = "Word is busy and could not insert the template: wait a moment and try again.";

const TABLE: Array<[code: string, reason: string, sentence: string]> = [
  ["AccessDenied", "read-only", READ_ONLY],
  ["EditModeRequired", "read-only", READ_ONLY],
  ["ApiNotFound", "unsupported", UNSUPPORTED],
  ["NotImplemented", "unsupported", UNSUPPORTED],
  ["ApiNotAvailable", "unsupported", UNSUPPORTED],
  ["ItemNotFound", "changed", CHANGED],
  ["InvalidObjectPath", "changed", CHANGED],
  ["ItemAlreadyExists", "changed", CHANGED],
  ["RequestPayloadSizeLimitExceeded", "too-large", TOO_LARGE],
  ["ResponsePayloadSizeLimitExceeded", "too-large", TOO_LARGE],
  ["ActivityLimitReached", "busy", BUSY],
  ["Busy", "busy", BUSY],
  ["ServiceNotAvailable", "busy", BUSY],
  ["GeneralException", "failed", "Word could not insert the template (GeneralException): save the document, then try again."],
  ["InvalidArgument", "failed", "Word could not insert the template (InvalidArgument): save the document, then try again."],
  // Not an own property of the table: an ordinary unknown code.
  ["toString", "failed", "Word could not insert the template (toString): save the document, then try again."],
];

describe("Office.js error codes in one sentence", () => {
  it.each(TABLE)("%s -> %s", (code, reason, sentence) => {
    const e = toWordActionError({ code, message: `${code}: internal detail` }, "insert the template");
    expect(e).toBeInstanceOf(WordActionError);
    expect(e).toMatchObject({ reason, officeCode: code, message: sentence });
    expect(e.message).not.toMatch(/internal detail/);
  });

  it("lists every code of the table above, and no other", () => {
    const listed = TABLE.filter(([, reason]) => reason !== "failed").map(([code]) => code);
    expect(Object.keys(REASON_BY_CODE).sort()).toEqual(listed.sort());
  });

  it("every sentence is one sentence a learner can act on, in British English", () => {
    for (const [reason, wording] of Object.entries(WORDING)) {
      const sentence = wording.sentence("save your ticks", "X");
      expect(sentence).toMatch(/^[A-Z].*\.$/);
      expect(sentence.split(/\.\s/)).toHaveLength(1);
      expect(sentence).toMatch(/try again|update Word/);
      expect(wording.title).toMatch(/^[A-Z][^.]*[^.]$/);
      expect(reason).toMatch(/^[a-z-]+$/);
    }
  });

  it("errors without a code get the general sentence, without a code in brackets", () => {
    expect(toWordActionError(new Error("boom"), "read the document")).toMatchObject({
      reason: "failed",
      officeCode: undefined,
      message: "Word could not read the document: save the document, then try again.",
    });
  });
});
