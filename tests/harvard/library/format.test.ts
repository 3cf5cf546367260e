import { createFormatter, parseLocator, runsText, UnknownSourceError } from "../../../src/harvard/format/harvard-format";
import { htmlToRuns } from "../../../src/harvard/format/runs";
import type { CslItem } from "../../../src/harvard/library/csl";
import { SOURCES } from "./fixtures/sources";

const book = (id: string, family: string, year: number, title: string, extra: Partial<CslItem> = {}): CslItem => ({
  id, type: "book", title, author: [{ family, given: "J." }], issued: { "date-parts": [[year]] },
  "publisher-place": "London", publisher: "Sage", ...extra,
});

describe("in-text citations (Cite Them Right)", () => {
  const f = createFormatter(SOURCES);
  it.each([
    ["one author", [{ id: "covey1989" }], "(Covey, 1989)"],
    ["page", [{ id: "covey1989", locator: "42" }], "(Covey, 1989, p. 42)"],
    ["page range with p. typed", [{ id: "covey1989", locator: "pp. 42-45" }], "(Covey, 1989, pp. 42–45)"],
    ["three authors named, 'and' not '&'", [{ id: "rogers2012" }], "(Rogers, Whittleworth and Gilbert, 2012)"],
    ["four or more: et al.", [{ id: "smith2020" }], "(Smith et al., 2020)"],
    ["organisation", [{ id: "cipd2023" }], "(CIPD, 2023)"],
    ["no date", [{ id: "icfnd" }], "(International Coaching Federation, no date)"],
    ["edited book cites the editor", [{ id: "passmore2010" }], "(Passmore, 2010)"],
    ["several sources", [{ id: "covey1989" }, { id: "cipd2023" }], "(Covey, 1989; CIPD, 2023)"],
  ])("%s", (_name, refs, want) => {
    expect(f.citation(refs).text).toBe(want);
  });

  it("puts et al. in italics", () => {
    const c = f.citation([{ id: "smith2020" }]);
    expect(c.runs).toEqual([{ text: "(Smith " }, { text: "et al.", italic: true }, { text: ", 2020)" }]);
  });

  it("gives the same author's same-year works a and b, in title order, in citations and list alike", () => {
    // "A second book..." sorts before "Coaching for performance", so it is 2009a.
    expect(f.citation([{ id: "whitmore2009b" }]).text).toBe("(Whitmore, 2009a)");
    expect(f.citation([{ id: "whitmore2009" }]).text).toBe("(Whitmore, 2009b)");
    const list = f.bibliography().map((e) => e.text);
    expect(list.filter((t) => t.startsWith("Whitmore"))).toEqual([
      "Whitmore, J. (2009a) A second book by the same author. London: Nicholas Brealey.",
      "Whitmore, J. (2009b) Coaching for performance. 4th edn. London: Nicholas Brealey.",
    ]);
  });

  it("adds no letter when the year is unique", () => {
    const g = createFormatter([book("a", "Whitmore", 2009, "Coaching for performance"), book("b", "Whitmore", 2010, "Later")]);
    expect(g.citation([{ id: "a" }]).text).toBe("(Whitmore, 2009)");
  });

  it("adds initials for different authors with the same surname and year", () => {
    const g = createFormatter([
      book("a", "Smith", 2020, "One", { author: [{ family: "Smith", given: "Alan" }] }),
      book("b", "Smith", 2020, "Two", { author: [{ family: "Smith", given: "Beth" }] }),
    ]);
    expect(g.citation([{ id: "a" }]).text).toBe("(A. Smith, 2020)");
    expect(g.citation([{ id: "b" }]).text).toBe("(B. Smith, 2020)");
  });

  it.each([
    ["narrative with a page", [{ id: "covey1989", locator: "42" }], "Covey (1989, p. 42)"],
    ["narrative et al.", [{ id: "smith2020" }], "Smith et al. (2020)"],
    ["narrative, two sources", [{ id: "covey1989" }, { id: "cipd2023" }], "Covey (1989) and CIPD (2023)"],
    ["narrative, three sources", [{ id: "covey1989" }, { id: "cipd2023" }, { id: "rogers2012" }],
      "Covey (1989), CIPD (2023) and Rogers, Whittleworth and Gilbert (2012)"],
  ])("%s", (_name, refs, want) => {
    const c = f.citation(refs, { narrative: true });
    expect(c.text).toBe(want);
    expect(runsText(c.runs)).toBe(want);
  });

  it("keeps italics on et al. in a narrative citation", () => {
    expect(f.citation([{ id: "smith2020" }], { narrative: true }).runs).toContainEqual({ text: "et al.", italic: true });
  });

  it("refuses an unknown source or an empty citation with a sentence", () => {
    expect(() => f.citation([{ id: "nope" }])).toThrow(UnknownSourceError);
    expect(() => f.citation([])).toThrow("Choose at least one source to cite.");
  });
});

describe("reference list", () => {
  const list = createFormatter(SOURCES).bibliography();
  it("lists every source once, alphabetically by the style's rules", () => {
    expect(list).toHaveLength(SOURCES.length);
    expect(list[0].text).toMatch(/^Association for Coaching \(2016\)/);
    expect(list.map((e) => e.id).indexOf("covey1989")).toBeLessThan(list.map((e) => e.id).indexOf("passmore2010"));
  });
  it("gives rich runs whose text is exactly the plain text, with book titles in italics", () => {
    for (const e of list) expect(runsText(e.runs)).toBe(e.text);
    const covey = list.find((e) => e.id === "covey1989")!;
    expect(covey.runs).toEqual([
      { text: "Covey, S.R. (1989) " },
      { text: "The 7 habits of highly effective people", italic: true },
      { text: ". London: Simon & Schuster." },
    ]);
  });
  it("uses en-GB terms and dates", () => {
    const t = list.map((e) => e.text).join("\n");
    expect(t).toContain("(Accessed: 12 March 2024)");
    expect(t).toContain("2nd edn.");
    expect(t).toContain("(eds)");
    expect(t).toContain("(ed.)");
    expect(t).toContain("(no date)");
    expect(t).toContain("‘Coaching supervision’, in");
  });
  it("formats an empty library as an empty list", () => {
    expect(createFormatter([]).bibliography()).toEqual([]);
  });
});

describe("Cite Them Right edition", () => {
  const text = (edition?: "12th" | "11th") =>
    new Map(createFormatter(SOURCES, edition ? { edition } : {}).bibliography().map((e) => [e.id, e.text]));
  it("is the 12th by default: a DOI as a link after \"Available at:\", editors' initials first", () => {
    const t = text();
    expect(createFormatter([]).edition).toBe("12th");
    expect(t.get("jones2016")).toMatch(/pp\. 249–277\. Available at: https:\/\/doi\.org\/10\.1111\/joop\.12119\.$/);
    expect(t.get("western2012")).toContain("‘Coaching and mentoring in organisations’, in J. Passmore (ed.) Excellence in coaching");
    expect(t.get("hawkins2014")).toContain("in E. Cox, T. Bachkirova, and D. Clutterbuck (eds)");
    expect(text("12th")).toEqual(t);
  });
  it("is the 11th when chosen: \"doi:\" and editors' surnames first", () => {
    const t = text("11th");
    expect(t.get("jones2016")).toMatch(/pp\. 249–277\. doi:10\.1111\/joop\.12119\.$/);
    expect(t.get("western2012")).toContain("in Passmore, J. (ed.) Excellence in coaching");
    expect(t.get("hawkins2014")).toContain("in Cox, E., Bachkirova, T., and Clutterbuck, D. (eds)");
  });
  it("changes nothing else: the other entries and the citations are the same in both", () => {
    const a = text("12th");
    const b = text("11th");
    const differ = [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();
    expect(differ).toEqual(["hawkins2014", "jones2016", "theeboom2014", "western2012"]);
    const refs = SOURCES.map((x) => ({ id: x.id }));
    expect(createFormatter(SOURCES, { edition: "11th" }).citation(refs).text).toBe(createFormatter(SOURCES).citation(refs).text);
  });
});

describe("parseLocator", () => {
  it.each([
    ["42", { label: "page", locator: "42" }],
    ["p. 42", { label: "page", locator: "42" }],
    ["pp. 42 – 45", { label: "page", locator: "42-45" }],
    ["chapter 3", { label: "chapter", locator: "3" }],
    ["para 4", { label: "paragraph", locator: "4" }],
  ])("%s", (text, want) => expect(parseLocator(text)).toEqual(want));
  it("is null for blank", () => expect(parseLocator("  ")).toBeNull());
});

describe("htmlToRuns", () => {
  it("handles nesting, normal-style flip-flop and entities", () => {
    expect(htmlToRuns('A <i>B <span style="font-style:normal;">C</span> D</i> &#38; E')).toEqual([
      { text: "A " }, { text: "B ", italic: true }, { text: "C" }, { text: " D", italic: true }, { text: " & E" },
    ]);
  });
});
