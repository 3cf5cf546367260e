import type { CslItem } from "../../../src/harvard/library/csl";
import { draftFromItem, itemFromDraft, type SourceDraft } from "../../../src/harvard/library/fields";
import { SOURCE_FORMS } from "../../../src/harvard/library/forms";
import { SOURCE_KINDS, sourceKindOf, type SourceKind } from "../../../src/harvard/library/kinds";
import { parseName, parseNames } from "../../../src/harvard/library/names";
import { blockingErrors, validateDraft, validateSource } from "../../../src/harvard/library/validate";
import { SOURCES } from "./fixtures/sources";

const errorsOf = (kind: SourceKind, draft: SourceDraft) =>
  blockingErrors(validateDraft(kind, draft)).map((e) => `${e.field}: ${e.message}`);
const fields = (kind: SourceKind, draft: SourceDraft) => blockingErrors(validateDraft(kind, draft)).map((e) => e.field).sort();

const person = [{ family: "Covey", given: "S.R." }];
const org = [{ literal: "CIPD" }];

describe("every fixture source is complete", () => {
  it.each(SOURCES.map((s) => [s.id, s] as const))("%s", (_id, s) => {
    expect(blockingErrors(validateSource(s))).toEqual([]);
  });
});

describe("required fields per kind", () => {
  const want: Record<SourceKind, string[]> = {
    book: ["authors", "place", "publisher", "title", "year"],
    "edited-book": ["editors", "place", "publisher", "title", "year"],
    chapter: ["authors", "containerTitle", "editors", "pages", "place", "publisher", "title", "year"],
    "journal-article": ["authors", "containerTitle", "pages", "title", "volume", "year"],
    "web-page": ["accessed", "title", "url"],
    report: ["authors", "publisher", "title", "year"],
    "code-of-practice": ["authors", "publisher", "title"],
    thesis: ["authors", "genre", "publisher", "title", "year"],
  };
  it.each(SOURCE_KINDS.map((k) => [k]))("an empty %s form asks for the right fields", (kind) => {
    expect(fields(kind, {})).toEqual(want[kind]);
  });
  it("every form field has a British English label, and required fields are marked", () => {
    for (const k of SOURCE_KINDS) {
      expect(SOURCE_FORMS[k].fields.length).toBeGreaterThan(2);
      for (const fl of SOURCE_FORMS[k].fields) expect(fl.label).not.toMatch(/organization|center\b/i);
      expect(SOURCE_FORMS[k].fields.filter((x) => x.required).map((x) => x.key)).toContain("title");
    }
  });
});

describe("field checks", () => {
  const goodBook: SourceDraft = { authors: person, year: "1989", title: "The 7 habits", place: "London", publisher: "Simon & Schuster" };
  it("accepts a complete book", () => expect(errorsOf("book", goodBook)).toEqual([]));
  it("rejects a year with a letter, and says why", () =>
    expect(errorsOf("book", { ...goodBook, year: "2009a" })).toEqual(["year: Type the year without a letter: the a and b are added for you."]));
  it("rejects a year that is not four digits", () => expect(fields("book", { ...goodBook, year: "89" })).toEqual(["year"]));
  it("accepts 'in press'", () => expect(errorsOf("book", { ...goodBook, year: "in press" })).toEqual([]));
  it("rejects a malformed URL", () =>
    expect(fields("web-page", { authors: org, title: "T", url: "cipd dot org", accessed: "2024-03-12" })).toEqual(["url"]));
  it("reads accessed dates in ISO and British forms, and rejects nonsense", () => {
    const base = { authors: org, title: "T", url: "https://cipd.org" };
    expect(errorsOf("web-page", { ...base, accessed: "12 March 2024" })).toEqual([]);
    expect(errorsOf("web-page", { ...base, accessed: "12/03/2024" })).toEqual([]);
    expect(fields("web-page", { ...base, accessed: "31/02/2024" })).toEqual(["accessed"]);
  });
  it("web page with no author is allowed but warned (the title stands in)", () => {
    const all = validateDraft("web-page", { year: "2019", title: "T", url: "https://x.org", accessed: "2024-03-12" });
    expect(all).toEqual([expect.objectContaining({ field: "authors", severity: "warning" })]);
  });
  it("web page with no date is allowed but warned", () => {
    const all = validateDraft("web-page", { authors: org, title: "T", url: "https://cipd.org", accessed: "2024-03-12" });
    expect(all).toEqual([expect.objectContaining({ field: "year", severity: "warning" })]);
  });
  it("journal article: a DOI stands in for pages and needs no accessed date", () => {
    const art: SourceDraft = { authors: person, year: "2014", title: "Does coaching work?", containerTitle: "JPP", volume: "9" };
    expect(fields("journal-article", art)).toEqual(["pages"]);
    expect(errorsOf("journal-article", { ...art, doi: "https://doi.org/10.1080/17439760.2013.837499" })).toEqual([]);
    expect(fields("journal-article", { ...art, doi: "10.1080/x", url: "https://x.org/a" })).toEqual([]);
    expect(fields("journal-article", { ...art, pages: "1-18", url: "https://x.org/a" })).toEqual(["accessed"]);
    expect(fields("journal-article", { ...art, doi: "not a doi" })).toEqual(["doi"]);
  });
  it("report or code: publisher or web address", () => {
    const r: SourceDraft = { authors: org, year: "2011", title: "Creating a coaching culture" };
    expect(fields("report", r)).toEqual(["publisher"]);
    expect(fields("report", { ...r, publisher: "ILM" })).toEqual([]);
    expect(fields("code-of-practice", { ...r, url: "https://emcc.org", accessed: "2024-03-12" })).toEqual([]);
  });
  it("pages must be numbers", () => {
    const ch: SourceDraft = { authors: person, year: "2014", title: "C", editors: person, containerTitle: "B", place: "London", publisher: "Sage" };
    expect(errorsOf("chapter", { ...ch, pages: "391–404" })).toEqual([]);
    expect(fields("chapter", { ...ch, pages: "three" })).toEqual(["pages"]);
  });
  it("warns about a first edition and 'edn' typed in", () => {
    expect(validateDraft("book", { ...goodBook, edition: "1st" })).toEqual([expect.objectContaining({ field: "edition", severity: "warning" })]);
    expect(validateDraft("book", { ...goodBook, edition: "2nd edition" })[0].message).toBe('Type only the number, for example 2: "edn." is added for you.');
  });
  it("names: a surname is required, initials are advised", () => {
    expect(errorsOf("book", { ...goodBook, authors: [{ family: "", given: "S." }] })).toEqual(["authors: Add the surname of author."]);
    expect(validateDraft("book", { ...goodBook, authors: [{ family: "Covey" }] })).toEqual([
      expect.objectContaining({ field: "authors", severity: "warning" }),
    ]);
  });
  it("an item of a type no form fits asks for the kind", () => {
    expect(validateSource({ id: "x", type: "song", title: "Y" })).toEqual([expect.objectContaining({ field: "kind" })]);
  });
});

describe("kinds and forms round trip", () => {
  it("maps each kind to its CSL type and back", () => {
    for (const s of SOURCES) {
      const kind = sourceKindOf(s)!;
      const again = itemFromDraft(kind, draftFromItem(s), s.id, s);
      expect(sourceKindOf(again)).toBe(kind);
      expect(again).toEqual(s);
    }
  });
  it("an edited book is a CSL book with editors and no author", () => {
    const it0 = itemFromDraft("edited-book", { editors: person, year: "2010", title: "T", place: "L", publisher: "P" }, "x");
    expect(it0).toMatchObject({ type: "book", editor: person });
    expect(it0.author).toBeUndefined();
  });
  it("a code of practice is a CSL report marked as such; a report genre naming a code is recognised", () => {
    const c = itemFromDraft("code-of-practice", { authors: org, title: "Code" }, "x");
    expect(c.type).toBe("report");
    expect(sourceKindOf(c)).toBe("code-of-practice");
    const imported: CslItem = { id: "y", type: "report", genre: "Code of ethics", title: "C" };
    expect(sourceKindOf(imported)).toBe("code-of-practice");
    expect(sourceKindOf({ id: "z", type: "standard" })).toBe("code-of-practice");
  });
  it("changing kind drops fields the new form lacks", () => {
    const web = SOURCES.find((s) => s.id === "cipd2023")!;
    const asBook = itemFromDraft("book", draftFromItem(web), web.id, web);
    expect(asBook.type).toBe("book");
    expect(asBook.title).toBe(web.title);
  });
});

describe("names", () => {
  it.each([
    ["Covey, Stephen R.", { family: "Covey", given: "Stephen R." }],
    ["S.R. Covey", { family: "Covey", given: "S.R." }],
    ["van Vianen, A.E.M.", { family: "Vianen", given: "A.E.M.", "non-dropping-particle": "van" }],
    ["CIPD", { literal: "CIPD" }],
    ["Institute of Leadership & Management", { literal: "Institute of Leadership & Management" }],
    ["{EMCC Global}", { literal: "EMCC Global" }],
  ])("%s", (text, want) => expect(parseName(text)).toEqual(want));
  it("splits a list on semicolons and new lines", () => {
    expect(parseNames("Rogers, J.; Gilbert, A.\nWhittleworth, K.")).toHaveLength(3);
  });
});
