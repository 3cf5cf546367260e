/**
 * Reading a centre template: what a centre may set, and what a malformed or hostile file gets:
 * one sentence naming the field, and nothing applied.
 */
import { parseCentreTemplate, CentreTemplateError } from "../../src/centre/parse";
import { DEFAULT_COVER_FIELDS } from "../../src/centre/schema";
import { MARK_SHEET_502, MINIMAL, NORTHGATE, NORTHGATE_TEXT, clone } from "./fixtures";

/** The error a template gets, checked to be one plain sentence. */
function refusal(input: unknown): CentreTemplateError {
  try {
    parseCentreTemplate(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CentreTemplateError);
    const err = e as CentreTemplateError;
    expect(err.message).toMatch(/^[A-Z].*\.$/);
    expect(err.message).not.toMatch(/\n/);
    expect(err.message.length).toBeLessThan(400);
    return err;
  }
  throw new Error("the template was accepted");
}

function withField(path: (t: Record<string, unknown>) => void, base: object = NORTHGATE): Record<string, unknown> {
  const t = clone(base) as Record<string, unknown>;
  path(t);
  return t;
}

describe("valid templates", () => {
  test("the README's example, from its text, with every field the issue names", () => {
    const t = parseCentreTemplate(NORTHGATE_TEXT);
    expect(t).toMatchObject({
      id: "northgate-8580-500",
      unit: "8580-500",
      centre: { name: "Northgate College", number: "123456" },
      guidance: true,
      lockHeadings: true,
      coverSheet: ["Learner name", "ILM registration number", "Cohort", "Tutor"],
      acGuidance: { "1.1": "Use at least two published definitions." },
      extraSections: ["Appendix 1: Coaching log", "Appendix 2: Supervision notes"],
      wordRange: [4000, 5500],
      harvard: { etAlFrom: 4, ampersandInBrackets: false, noDate: "n.d." },
    });
  });

  test("the fewest fields: everything else takes the pane's defaults", () => {
    const t = parseCentreTemplate(MINIMAL);
    expect(t).toEqual({ ...MINIMAL, guidance: true, lockHeadings: true, coverSheet: [...DEFAULT_COVER_FIELDS], acGuidance: {}, extraSections: [] });
  });

  test("no cover sheet at all, and a Harvard setting of every kind", () => {
    const t = parseCentreTemplate({ ...MINIMAL, coverSheet: false, harvard: { etAlFrom: 3, ampersandInBrackets: true, noDate: "n.d.", pageLocator: ": 42", edition: "11th" } });
    expect(t.coverSheet).toBe(false);
    expect(t.harvard).toEqual({ etAlFrom: 3, ampersandInBrackets: true, noDate: "n.d.", pageLocator: ": 42", edition: "11th" });
  });

  test("plain text that looks like markup but is not a tag is kept exactly", () => {
    const text = 'Use < 3 sources & "quote" them; {braces} and 5 > 4 stay as written.';
    const t = parseCentreTemplate({ ...MINIMAL, acGuidance: { "1.1": text } });
    expect(t.acGuidance["1.1"]).toBe(text);
  });

  test("a byte-order mark before the JSON is ignored (Windows editors write one)", () => {
    expect(parseCentreTemplate(`\uFEFF${NORTHGATE_TEXT}`).id).toBe("northgate-8580-500");
  });

  test("an unconfirmed unit (8580-502) may take the centre's mark-sheet wording", () => {
    expect(parseCentreTemplate(MARK_SHEET_502).criteria).toHaveLength(4);
  });
});

describe("missing fields", () => {
  test.each([
    ["id", (t: Record<string, unknown>) => delete t.id, /has no "id"/],
    ["unit", (t: Record<string, unknown>) => delete t.unit, /has no "unit"/],
    ["centre", (t: Record<string, unknown>) => delete t.centre, /has no "centre"/],
    ["centre.name", (t: Record<string, unknown>) => delete (t.centre as Record<string, unknown>).name, /has no "centre\.name"/],
  ])("%s", (field, remove, message) => {
    const err = refusal(withField(remove));
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
  });
});

describe("wrong types", () => {
  test.each([
    ["guidance", "yes", /"guidance" must be true or false, not text/],
    ["lockHeadings", 1, /"lockHeadings" must be true or false, not a whole number/],
    ["coverSheet", "Learner name", /"coverSheet" must be a list of fields, or false/],
    ["acGuidance", ["Use two definitions"], /"acGuidance" must be an object, not a list/],
    ["extraSections", "Appendix 1", /"extraSections" must be a list, not text/],
    ["wordRange", "4000-5500", /"wordRange" must be a list, not text/],
    ["centre", "Northgate College", /"centre" must be an object, not text/],
  ])("%s: %j", (field, value, message) => {
    const err = refusal(withField((t) => (t[field] = value)));
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
  });

  test("inside lists and objects, the field names the place", () => {
    expect(refusal(withField((t) => (t.wordRange = [4000, "5500"]))).field).toBe("wordRange[1]");
    expect(refusal(withField((t) => (t.coverSheet = ["Learner name", 7]))).field).toBe("coverSheet[1]");
    expect(refusal(withField((t) => (t.harvard = { etAlFrom: "four" }))).message).toMatch(/"harvard\.etAlFrom" must be a number, not text/);
    expect(refusal(withField((t) => (t.harvard = { noDate: "undated" }))).message).toMatch(/"harvard\.noDate" must be one of "no date", "n\.d\."/);
    expect(refusal(withField((t) => (t.acGuidance = { "1.1": 42 }))).field).toBe('acGuidance["1.1"]');
  });

  test("a misspelt field is refused rather than silently ignored", () => {
    const err = refusal(withField((t) => (t.wordrange = [1, 2])));
    expect(err.field).toBe("wordrange");
    expect(err.message).toMatch(/field it does not know: "wordrange"/);
    expect(refusal(withField((t) => ((t.harvard as Record<string, unknown>).etAl = 3))).field).toBe("harvard.etAl");
  });

  test("an id that is not a plain slug", () => {
    expect(refusal(withField((t) => (t.id = "Northgate 500"))).message).toMatch(/"id" must be lower-case letters, digits and hyphens/);
  });

  test("not JSON, not an object", () => {
    expect(refusal("{ id: northgate }").message).toBe("The file is not a centre template: it is not valid JSON.");
    expect(refusal("[1, 2]").message).toBe("The file is not a centre template: it should hold one JSON object.");
    expect(refusal(null).field).toBe("");
  });
});

describe("the unit and its ACs", () => {
  test("an unknown unit names the units there are", () => {
    const err = refusal(withField((t) => (t.unit = "8580-599")));
    expect(err.field).toBe("unit");
    expect(err.message).toMatch(/"unit" names no unit in the catalogue \("8580-599"\); use one of 8580-500, .*8581-700/);
  });

  test("guidance for an AC the unit does not have", () => {
    const err = refusal(withField((t) => (t.acGuidance = { "1.1": "ok", "4.1": "There is no 4.1 in 8580-500." })));
    expect(err.field).toBe('acGuidance["4.1"]');
    expect(err.message).toMatch(/is for AC 4\.1, which unit 8580-500 does not have \(its ACs are 1\.1 to 3\.2\)/);
    expect(refusal(withField((t) => (t.acGuidance = { "1.x": "?" }))).message).toMatch(/must be an AC number such as "1\.1"/);
  });

  test("a confirmed unit's wording cannot be changed", () => {
    const err = refusal({ ...MINIMAL, criteria: [{ ac: "1.1", wording: "Describe something other than the mark sheet does" }] });
    expect(err.field).toBe("criteria");
    expect(err.message).toMatch(/cannot change the wording of unit 8580-503/);
  });

  test("the centre's criteria are numbered 1.1, 1.2, 2.1 ... in order, each outcome titled", () => {
    const skip = clone(MARK_SHEET_502) as Record<string, unknown> & { criteria: { ac: string }[] };
    skip.criteria[1]!.ac = "1.3";
    expect(refusal(skip)).toMatchObject({ field: "criteria[1].ac" });
    const twice = clone(MARK_SHEET_502) as Record<string, unknown> & { criteria: { ac: string }[] };
    twice.criteria[1]!.ac = "1.1";
    expect(refusal(twice).message).toMatch(/repeats AC 1\.1/);
    const untitled = { ...clone(MARK_SHEET_502), outcomes: undefined, criteria: [...MARK_SHEET_502.criteria!, { ac: "3.1", wording: "A third outcome nobody titled anywhere" }, { ac: "4.1", wording: "Another outcome the catalogue cannot title either" }, { ac: "5.1", wording: "And a fifth outcome, which 8580-502 does not have" }] };
    expect(refusal(untitled).message).toMatch(/"outcomes" needs a title for learning outcome 5/);
    expect(refusal({ ...MINIMAL, unit: "8580-502", outcomes: [{ id: "1", title: "Orphan outcome" }] }).field).toBe("outcomes");
  });

  test("an extra section cannot be a side-heading, an outcome or a second References", () => {
    const section = (heading: string) => refusal(withField((t) => (t.extraSections = ["Appendix 1: Coaching log", heading])));
    expect(section("3.2 Explain how to manage the coaching or mentoring process within an organisation")).toMatchObject({
      field: "extraSections[1]",
      message: expect.stringMatching(/"extraSections\[1\]" starts with an AC number \(3\.2\), which only the unit's side-headings have: a centre cannot add to or change the criteria\.$/),
    });
    expect(section("AC 4.1 Reflection").message).toMatch(/AC number \(4\.1\)/);
    expect(section("Reference list").message).toMatch(/"extraSections\[1\]" is a heading for the reference list, which the template already has/);
    expect(section("Learning outcome 2").message).toMatch(/names a learning outcome/);
    expect(section("Appendix 1: coaching log").message).toMatch(/"extraSections\[1\]" repeats the section "Appendix 1: coaching log"/);
    // What a centre does add is kept.
    expect(parseCentreTemplate(withField((t) => (t.extraSections = ["Introduction", "Bibliography", "Appendix 1: Coaching log 2.1 to 2.5", "Reflective log"]))).extraSections).toHaveLength(4);
  });

  test("guidance keys are checked against the centre's own criteria", () => {
    expect(refusal({ ...clone(MARK_SHEET_502), acGuidance: { "3.2": "Not in the centre's mark sheet." } }).field).toBe('acGuidance["3.2"]');
  });

  test("a word range that ends before it starts, or is not whole numbers", () => {
    expect(refusal(withField((t) => (t.wordRange = [5500, 4000]))).message).toMatch(/"wordRange" starts above where it ends \(5,500 is more than 4,000\)/);
    expect(refusal(withField((t) => (t.wordRange = [4000.5, 5000]))).field).toBe("wordRange[0]");
    expect(refusal(withField((t) => (t.wordRange = [4000]))).field).toBe("wordRange");
  });
});

describe("hostile files", () => {
  test("a 10 MB string is refused by name, quickly, with its length", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const started = Date.now();
    const err = refusal(JSON.stringify(withField((t) => ((t.centre as Record<string, unknown>).name = huge))));
    expect(err.field).toBe("centre.name");
    expect(err.message).toBe('The centre template\'s "centre.name" is too long (10,485,760 characters; the most allowed is 120).');
    // Not a timing assert on the code's speed, only a guard that it did not hang.
    expect(Date.now() - started).toBeLessThan(20000);
    expect(refusal(withField((t) => (t.acGuidance = { "1.1": huge }))).field).toBe('acGuidance["1.1"]');
  });

  test("a file bigger than any template is not parsed at all", () => {
    expect(refusal(" ".repeat(20_000_001)).message).toMatch(/too large to be a centre template \(20,000,001 characters/);
  });

  test("too many entries", () => {
    expect(refusal(withField((t) => (t.extraSections = Array.from({ length: 21 }, (_, i) => `Appendix ${i + 1}`)))).message).toMatch(/"extraSections" has too many entries \(the most allowed is 20\)/);
  });

  test.each([
    ["acGuidance", { "1.1": "Read <script>alert(1)</script> first." }, 'acGuidance["1.1"]', '"<script>"'],
    ["centre", { name: "Northgate <b>College</b>" }, "centre.name", '"<b>"'],
    ["extraSections", ['<w:p><w:r><w:t>Injected</w:t></w:r></w:p>'], "extraSections[0]", '"<w:p>"'],
    ["coverSheet", ["<!-- comment -->"], "coverSheet[0]", '"<!--"'],
    ["acGuidance", { "1.1": "<?xml version='1.0'?>" }, 'acGuidance["1.1"]', '"<?xml"'],
  ])("markup in %s is refused and shown as text in the message", (field, value, named, shown) => {
    const err = refusal(withField((t) => (t[field] = value)));
    expect(err.field).toBe(named);
    expect(err.message).toContain(`contains markup (${shown}`);
    expect(err.message).toContain("write plain text");
  });

  test("control characters, and new lines in one-line fields", () => {
    expect(refusal(withField((t) => ((t.centre as Record<string, unknown>).name = "North\u0000gate"))).message).toMatch(/contains a control character \(U\+0000\)/);
    expect(refusal(withField((t) => (t.extraSections = ["Appendix 1\nInjected"]))).message).toMatch(/"extraSections\[0\]" must be a single line/);
    // Guidance may run to several lines.
    expect(parseCentreTemplate(withField((t) => (t.acGuidance = { "1.1": "First line.\nSecond line." }))).acGuidance["1.1"]).toBe("First line.\nSecond line.");
  });

  test("a lone surrogate, which no Word document can hold", () => {
    expect(refusal(withField((t) => (t.acGuidance = { "1.1": "broken \uD800 text" }))).field).toBe('acGuidance["1.1"]');
  });

  test("empty and blank text", () => {
    expect(refusal(withField((t) => ((t.centre as Record<string, unknown>).name = "   "))).message).toMatch(/"centre\.name" is empty/);
    expect(refusal(withField((t) => (t.coverSheet = [""]))).field).toBe("coverSheet[0]");
    expect(refusal(withField((t) => (t.coverSheet = ["Tutor", "tutor"]))).message).toMatch(/repeats the field "tutor"/);
  });
});
