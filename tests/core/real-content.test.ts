/**
 * How the analysis reads what real files hold: Word's list numbers on
 * headings, notes and text boxes, placeholders, cover text and subtitles,
 * guidance pasted from the unit's documents, and notes on a heading line.
 */
import { analyse } from "../../src/check/analyse";
import { buildContext } from "../../src/core/context";
import { getUnit } from "../../src/units/catalogue";
import type { Unit } from "../../src/units/types";
import { flattenGuidance } from "../../src/units/guidance-items";
import { draft, type Line } from "./draft";
import { MARKED, ac, filler } from "./fixtures";

function unit(id: string): Unit {
  const u = getUnit(id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
}

const codes = (lines: Line[], u: Unit) =>
  analyse(draft(lines), { unit: u.id, catalogue: [u] }).problems
    .filter((p) => /^(ac-|guidance)/.test(p.code))
    .map((p) => `${p.code}${p.ac ? ` ${p.ac}` : ""}`);

describe("Word's list numbers on headings", () => {
  const u = MARKED;
  const numbered = (number: string, text: string): Line => ({ text, headingLevel: 2, listNumber: number });

  it("a numbered heading with a small wording difference is the AC's, altered", () => {
    const ctx = buildContext(draft([numbered("1.1", "Define what coaching and mentoring are within an organisational context"), filler(20)]), u);
    const [occ] = ctx.occurrences.get("1.1")!;
    expect(occ!.heading).toMatchObject({ exact: false, text: "1.1 Define what coaching and mentoring are within an organisational context" });
    expect(occ!.heading.difference).toMatch(/“is”.*“are”/);
  });

  it("the wording decides when Word's numbering is off by one (an Introduction numbered 1)", () => {
    const ctx = buildContext(
      draft([
        { text: "Introduction", headingLevel: 1, listNumber: "1." },
        filler(10),
        numbered("2.1", ac(u, "1.1").slice(4)),
        filler(20),
        numbered("2.2", "Evaluate how the organisational context effects coaching or mentoring"),
        filler(20),
      ]),
      u,
    );
    expect([...ctx.occurrences.keys()]).toEqual(["1.1", "1.2"]);
    expect(ctx.occurrences.get("1.1")![0]!.heading.exact).toBe(true);
    expect(ctx.occurrences.get("1.2")![0]!.heading.exact).toBe(false);
  });

  it("a bullet or a number that is no AC number leaves the heading to its wording", () => {
    const ctx = buildContext(draft([numbered("\uF0B7", ac(u, "1.2").slice(4)), filler(10), numbered("3.", "Something else"), filler(5)]), u);
    expect([...ctx.occurrences.keys()]).toEqual(["1.2"]);
  });
});

describe("notes and text boxes", () => {
  const lines: Line[] = [
    "title: My assignment",
    `## ${ac(MARKED, "1.1")}`,
    filler(20),
    `## ${ac(MARKED, "1.2")}`,
    filler(10),
    "# References",
    "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.",
    { text: filler(7), part: "footnote", anchor: 2 },
    { text: filler(3), part: "textbox", anchor: 4 },
    { text: filler(9), part: "endnote", anchor: 6 },
    { text: filler(4), part: "textbox", anchor: 0 },
  ];

  it("count in the section of their anchor, never in the title or the reference list", () => {
    const ctx = buildContext(draft(lines), MARKED);
    expect(ctx.wordsByAc.get("1.1")).toBe(27);
    expect(ctx.wordsByAc.get("1.2")).toBe(13);
    expect(ctx.totalWords).toBe(40);
  });

  it("a section's range in the report ends at its last body paragraph", () => {
    const report = analyse(draft(lines), { unit: MARKED.id, catalogue: [MARKED] });
    expect(report.sections.find((s) => s.ac === "1.1")!.paragraphs).toEqual([1, 2]);
  });

  it("a source cited only in a footnote is cited", () => {
    const doc = draft([
      "# Introduction",
      filler(10),
      "# References",
      "Covey, S.R. (1989) The 7 habits of highly effective people. London: Simon & Schuster.",
      { text: "As Covey (1989) argues, habits matter.", part: "footnote", anchor: 1 },
    ]);
    const report = analyse(doc, { unit: MARKED.id, catalogue: [MARKED] });
    expect(report.problems.filter((p) => p.code === "reference-uncited")).toEqual([]);
    // Reported at the paragraph that holds the footnote mark: hosts select body paragraphs.
    expect(report.citations.map((c) => c.paragraph)).toEqual([1]);
  });
});

describe("placeholders", () => {
  it("an answer that is only a placeholder is empty, and none of it is counted", () => {
    const lines: Line[] = [`## ${ac(MARKED, "1.1")}`, { text: "Click or tap here to enter text.", placeholder: true }, `## ${ac(MARKED, "1.2")}`, "Click here to enter text.", filler(4)];
    const ctx = buildContext(draft(lines), MARKED);
    expect(ctx.wordsByAc.get("1.1")).toBe(0);
    expect(ctx.wordsByAc.get("1.2")).toBe(4);
    expect(codes(lines, MARKED).filter((c) => c.startsWith("ac-empty"))).toEqual(["ac-empty 1.1"]);
  });

  it("a learner's sentence that mentions typing is still an answer", () => {
    const ctx = buildContext(draft([`## ${ac(MARKED, "1.1")}`, "Type your answer here, my coachee said, and laughed."]), MARKED);
    expect(ctx.wordsByAc.get("1.1")).toBe(9);
  });
});

describe("cover text and subtitles", () => {
  it("cover lines, a cover table, a subtitle and a declaration are not answer words; an unheaded introduction is", () => {
    const intro = "This report looks at how coaching is used in my organisation and what I have learnt from coaching four colleagues this year.";
    const ctx = buildContext(
      draft([
        "title: ILM assignment",
        { text: "Level 5 Certificate in Coaching and Mentoring", isSubtitle: true },
        "Learner: Alex Learner",
        "Centre: Example Training Centre",
        "Word count: 2,150",
        "| Learner name | Alex Learner |",
        "I declare that the work submitted is my own and that every source is acknowledged.",
        intro,
        "Date of birth matters little here.",
        `## ${ac(MARKED, "1.1")}`,
        filler(20),
        "Date: in my log I noted how the session went.",
      ]),
      MARKED,
    );
    // The introduction (22 words) and the short line after it are answer text; so is a "Date:" line inside an answer.
    expect(ctx.totalWords).toBe(22 + 6 + 20 + 10);
  });

  it("label lines under a heading before the first AC are cover text too", () => {
    const ctx = buildContext(draft(["# Cover sheet", "Learner name: Alex", "Centre: Example", "# Introduction", filler(12), `## ${ac(MARKED, "1.1")}`, filler(5)]), MARKED);
    expect(ctx.totalWords).toBe(17);
  });
});

describe("guidance pasted from the unit's own documents", () => {
  const u = unit("8580-500");
  const c11 = u.criteria[0]!;
  const heading = `## ${c11.id} ${c11.wording}`;

  it("seed 000's blocks with their bullets are guidance left in, and not counted", () => {
    const lines: Line[] = [
      heading,
      "To pass this question, make sure your answer includes:",
      ...c11.passDescriptors.map((t) => `\u2022\t${t}`),
      "Your answer should cover the following:",
      ...flattenGuidance(c11.indicativeContent).map(({ text: t }) => `- ${t.replace(/\.$/, "")}`),
      filler(40),
    ];
    expect(buildContext(draft(lines), u).wordsByAc.get("1.1")).toBe(40);
    expect(codes(lines, u)).toContain("guidance-left-in 1.1");
  });

  it("a centre template's criterion column may print the guidance: that is its form, not guidance left in", () => {
    const lines: Line[] = [`| ${c11.id} ${c11.wording}\\n${c11.passDescriptors.join("\\n")} | ${filler(40)} |`];
    expect(codes(lines, u).filter((c) => c.startsWith("guidance"))).toEqual([]);
    expect(codes([heading, ...c11.passDescriptors, filler(40)], u)).toContain("guidance-left-in 1.1");
  });

  it("small edits are tolerated: case, punctuation, a word changed", () => {
    const edited = c11.passDescriptors[0]!.toLowerCase().replace("detailed", "thorough").replace(/\.$/, "");
    expect(codes([heading, edited, filler(40)], u)).toContain("guidance-left-in 1.1");
  });

  it("no false alarms: a subheading taken from the guidance, a short item alone, a paraphrase, the learner's own prose", () => {
    const u21 = u.criteria.find((c) => c.id === "2.1")!;
    const lines: Line[] = [
      `## 2.1 ${u21.wording}`,
      "### Giving and receiving feedback",
      filler(30),
      "Giving and receiving feedback.",
      filler(30),
      "My review covers the knowledge, skills and behaviours that an effective coach needs, with examples from my own practice.",
      "**Transactional Analysis**",
      filler(30),
    ];
    expect(codes(lines, u).filter((c) => c.startsWith("guidance"))).toEqual([]);
    // Filler, the short item, the learner's sentence (19) and the bold line (2) are all answer words.
    expect(buildContext(draft(lines), u).wordsByAc.get("2.1")).toBe(90 + 4 + 19 + 2);
  });
});

describe("notes on a heading line (seed 002)", () => {
  const u = unit("8581-700");
  const c = u.criteria[0]!;

  it.each(["{maximum 12 Marks}", "{max 8 Marks}", "(max 8 Marks)", "[max 8 Marks]", "(12 marks)", "\u2013 max 8 marks", "- maximum 12 Marks"])("“%s” makes the heading the AC's plus guidance, not an altered one", (note) => {
    const lines: Line[] = [`## ${c.id}. ${c.wording} ${note}`, filler(30)];
    const ctx = buildContext(draft(lines), u);
    expect(ctx.occurrences.get("1.1")![0]!.heading.exact).toBe(true);
    expect(codes(lines, u)).toEqual(expect.arrayContaining(["guidance-left-in 1.1"]));
    expect(codes(lines, u)).not.toContain("ac-heading-altered 1.1");
  });

  it("brackets of the learner's own, or marks without 'max' after a dash, stay part of the heading", () => {
    for (const tail of ["(see appendix 2)", "[draft]", "- 8 marks"]) {
      const lines: Line[] = [`## ${c.id}. ${c.wording} ${tail}`, filler(30)];
      expect(codes(lines, u)).toContain("ac-heading-altered 1.1");
    }
  });

  it("a reference list heading with a note is still the reference list", () => {
    const ctx = buildContext(draft(["# Introduction", filler(5), "# References {List all the references you have used}", "Covey, S.R. (1989) The 7 habits. London: Simon & Schuster."]), u);
    expect(ctx.sections.map((s) => s.kind)).toEqual(["other", "references"]);
  });
});
