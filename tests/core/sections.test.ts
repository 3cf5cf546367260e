import { scanDraft } from "../../src/core/sections";
import { buildContext } from "../../src/core/context";
import { draft, type Line } from "./draft";
import { MARKED, ac, filler } from "./fixtures";

const kinds = (lines: Line[]) =>
  scanDraft(draft(lines), MARKED).sections.map((s) => (s.kind === "ac" ? `ac ${s.ac}` : s.kind));
const wordsOf = (lines: Line[]) => {
  const ctx = buildContext(draft(lines), MARKED);
  return Object.fromEntries([...ctx.wordsByAc]);
};

describe("finding sections", () => {
  it("cuts a typical draft: front, introduction, tasks, ACs, conclusion, references, appendix", () => {
    expect(
      kinds([
        "title: My assignment",
        "# Introduction",
        filler(5),
        "# Task 1",
        `## ${ac(MARKED, "1.1")}`,
        filler(5),
        "# Conclusion",
        filler(5),
        "# References",
        "Starr, J. (2016) The coaching manual.",
        "# Appendix 1: Coaching log",
        "Session 1",
      ]),
    ).toEqual(["front", "other", "other", "ac 1.1", "other", "references", "appendix"]);
  });

  it("drops an empty front section", () => {
    expect(kinds(["# Introduction", filler(5)])).toEqual(["other"]);
  });

  it("keeps subheadings inside an AC section but ends it at a heading of the same level", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, "### Similarities", filler(5), "## Summary of task 1", filler(5)])).toEqual([
      "ac 1.1",
      "other",
    ]);
  });

  it("keeps a heading of the AC's own level inside its section unless it is structural", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, "## Similarities", filler(5), "# Task 2", filler(5)])).toEqual(["ac 1.1", "other"]);
    const ctx = buildContext(draft([`## ${ac(MARKED, "1.1")}`, "## Similarities", filler(5)]), MARKED);
    expect(ctx.wordsByAc.get("1.1")).toBe(5);
  });

  it("ends a bold side-heading's section at any real heading", () => {
    expect(kinds([`**${ac(MARKED, "1.1")}**`, filler(5), "### Anything", filler(5)])).toEqual(["ac 1.1", "other"]);
  });

  it("ends a section at Introduction / Conclusion / Task typed as bold text", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(5), "**Conclusion**", filler(5), "**Task 2:**", filler(5)])).toEqual([
      "ac 1.1",
      "other",
      "other",
    ]);
  });

  it("recognises References, Reference list and Bibliography as headings or bold text", () => {
    expect(kinds(["# Reference list", "x", "**Bibliography**", "y", "## References:", "z"])).toEqual([
      "references",
      "bibliography",
      "references",
    ]);
  });

  it("recognises a reference list named with its system: Harvard Reference List, References (Harvard), References used", () => {
    expect(kinds(["# Harvard Reference List", "x", "# References (Harvard style)", "y", "**Reference list \u2013 Cite Them Right**", "z", "# References used", "w"])).toEqual([
      "references",
      "references",
      "references",
      "references",
    ]);
    expect(kinds(["# Harvard", "x", "# References to my coaching log", "y"])).toEqual(["other", "other"]);
  });

  it("takes a plain line saying only References for the list once an answer has begun, not in a contents list before it", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(5), "References", "Starr, J. (2016) The coaching manual."])).toEqual(["ac 1.1", "references"]);
    const ctx = buildContext(draft([`## ${ac(MARKED, "1.1")}`, filler(5), "References", filler(30)]), MARKED);
    expect(ctx.totalWords).toBe(5);
    // A contents list typed by hand, no page numbers: its "References" line opens nothing.
    expect(kinds(["Contents", "Introduction", "References", "# Introduction", filler(5), `## ${ac(MARKED, "1.1")}`, filler(5)])).toEqual([
      "front",
      "other",
      "ac 1.1",
    ]);
    // A sentence that mentions references is answer text.
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(5), "References to the log show progress.", filler(5)])).toEqual(["ac 1.1"]);
  });

  it("ends the list at cover lines after it ('Word count:', the declaration, 'Signed:'), which are not answer words", () => {
    const lines = [
      `## ${ac(MARKED, "1.1")}`,
      filler(5),
      "# References",
      "Starr, J. (2016) The coaching manual.",
      "Word count: 3,292",
      "Declaration: I confirm that this assignment is my own work.",
      "Signed: A. Learner",
    ];
    const scan = scanDraft(draft(lines), MARKED);
    expect(scan.sections.map((s) => s.kind)).toEqual(["ac", "references", "other"]);
    expect(scan.sections[1]!.paragraphs.map((p) => p.text)).toEqual(["Starr, J. (2016) The coaching manual."]);
    expect(buildContext(draft(lines), MARKED).totalWords).toBe(5);
  });

  it("takes a Title or Subtitle line naming a part (References, Appendix, Conclusion) for that part's heading", () => {
    const sub = (text: string) => ({ text, isSubtitle: true });
    const lines = [
      "title: My assignment",
      sub("Level 5 Certificate"),
      `## ${ac(MARKED, "1.1")}`,
      filler(20),
      sub("Conclusion"),
      filler(5),
      "title: References",
      "Starr, J. (2016) The coaching manual.",
      sub("Appendix 1: Coaching log"),
      filler(40),
    ];
    expect(kinds(lines)).toEqual(["front", "ac 1.1", "other", "references", "appendix"]);
    expect(buildContext(draft(lines), MARKED).totalWords).toBe(25);
    // Before any answer, a Subtitle saying "Conclusion" is still a cover line.
    expect(kinds([sub("Conclusion"), `## ${ac(MARKED, "1.1")}`, filler(5)])).toEqual(["front", "ac 1.1"]);
  });

  it("starts a reference list at the add-in's references control", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(5), { text: "Starr, J. (2016)", tags: ["ilm:references"] }])).toEqual([
      "ac 1.1",
      "references",
    ]);
  });

  it("a reference list after each AC: the next side-heading starts a new AC section", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(5), "**References**", "Starr (2016)", `## ${ac(MARKED, "1.2")}`, filler(5)])).toEqual([
      "ac 1.1",
      "references",
      "ac 1.2",
    ]);
  });

  it("appendices run to the end, whatever headings they contain, until a reference list", () => {
    expect(kinds(["# Appendices", `## ${ac(MARKED, "1.1")}`, "# Conclusion", "x", "# Bibliography", "y"])).toEqual([
      "appendix",
      "bibliography",
    ]);
  });

  it("does not take a long bold paragraph for a heading", () => {
    expect(kinds([`**${ac(MARKED, "1.1")} ${filler(80)}**`])).toEqual(["front"]);
  });

  it("ignores cover-sheet and guidance paragraphs when looking for side-headings", () => {
    expect(kinds([`cover: ${ac(MARKED, "1.1")}`, `guidance[1.2]: ${ac(MARKED, "1.2")}`, `## ${ac(MARKED, "2.1")}`, "x"])).toEqual([
      "front",
      "ac 2.1",
    ]);
  });
});

describe("side-headings typed as plain lines (underlined or larger, which hosts do not report)", () => {
  const W11 = MARKED.criteria[0]!.wording;
  it("a line with the AC's number and wording, followed by the answer, is the side-heading", () => {
    expect(kinds([`1.1 ${W11}`, filler(20), `1.2 ${MARKED.criteria[1]!.wording}`, filler(20)])).toEqual(["ac 1.1", "ac 1.2"]);
    expect(scanDraft(draft([`1.1 ${W11}`, filler(20)]), MARKED).sideHeadings.find(Boolean)!.form).toBe("line");
  });

  it("not when the wording is another's, nor a list of the ACs typed one after another, nor a short line after it", () => {
    expect(kinds([`1.1 My first point about the programme`, filler(20)])).toEqual(["front"]);
    expect(kinds([`1.1 ${W11}`, `1.2 ${MARKED.criteria[1]!.wording}`, "Task 2", filler(20)])).toEqual(["front"]);
  });

  it("a plain 'Appendix 1: …' line after the answers starts the appendix; a sentence about an appendix does not", () => {
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(20), "Appendix 1: Coaching log", filler(30)])).toEqual(["ac 1.1", "appendix"]);
    expect(kinds([`## ${ac(MARKED, "1.1")}`, filler(20), "Appendix 2 shows my log.", filler(30)])).toEqual(["ac 1.1"]);
  });
});

describe("tables", () => {
  it("takes the rest of the row as the answer", () => {
    const words = wordsOf([`| ${ac(MARKED, "1.1")} | ${filler(30)} |`, `| ${ac(MARKED, "1.2")} | ${filler(20)} | ${filler(5)} |`]);
    expect(words).toEqual({ "1.1": 30, "1.2": 25 });
  });

  it("takes further paragraphs of the first cell as answer too", () => {
    expect(wordsOf([`| ${ac(MARKED, "1.1")}\\n${filler(7)} | ${filler(3)} |`])).toEqual({ "1.1": 10 });
  });

  it("joins the number in one cell to the wording in the next, which is heading, not answer", () => {
    const ctx = buildContext(draft([`| 1.1 | ${MARKED.criteria[0]!.wording} | ${filler(12)} |`]), MARKED);
    const [occ] = ctx.occurrences.get("1.1")!;
    expect(occ!.heading.exact).toBe(true);
    expect(occ!.heading.form).toBe("table");
    expect(occ!.words).toBe(12);
  });

  it("does not take the number for a heading when the next cell is the answer", () => {
    const ctx = buildContext(draft([`| 1.1 | ${filler(12)} |`]), MARKED);
    const [occ] = ctx.occurrences.get("1.1")!;
    expect(occ!.heading.exact).toBe(false);
    expect(occ!.words).toBe(12);
  });

  it("a number in a later cell is not a side-heading", () => {
    expect(kinds([`| Criterion | ${ac(MARKED, "1.1")} |`])).toEqual(["front"]);
  });

  it("a centre form's labelled rows: 'Assessment criterion | 1.1 …', then the evidence in the row below", () => {
    const form = [
      "# Task 1",
      `| Assessment criterion | ${ac(MARKED, "1.1")} |`,
      `| Learner evidence | ${filler(30)} |`,
      `| Assessment criterion | ${ac(MARKED, "1.2")} |`,
      `| ${filler(12)} |`,
    ];
    expect(kinds(form)).toEqual(["other", "ac 1.1", "ac 1.2"]);
    // The labels are the form's: not the answer before the criterion, nor the answer after it.
    expect(wordsOf(form)).toEqual({ "1.1": 30, "1.2": 12 });
    // A list of criteria, each row labelled, with no evidence rows: not side-headings.
    expect(kinds([`| Criterion | ${ac(MARKED, "1.1")} |`, `| Criterion | ${ac(MARKED, "1.2")} |`])).toEqual(["front"]);
    // A label that is not a criterion's, before an AC number in the second cell: not a side-heading.
    expect(kinds([`| Goal | ${ac(MARKED, "1.1")} |`, `| Learner evidence | ${filler(30)} |`])).toEqual(["front"]);
  });

  it("an empty first paragraph in the cell does not hide the criterion", () => {
    expect(kinds([`|  \\n${ac(MARKED, "1.1")} | answer |`])).toEqual(["front", "ac 1.1"]);
  });

  it("a header row before the criteria belongs to the section before", () => {
    expect(kinds(["# Task 1", "| Assessment criterion | Your answer |", `| ${ac(MARKED, "1.1")} | answer |`])).toEqual([
      "other",
      "ac 1.1",
    ]);
  });
});

describe("answer words", () => {
  it("counts answer text only", () => {
    const ctx = buildContext(
      draft([
        "title: Title words here",
        `cover: ${filler(40)}`,
        "Front text",
        "# Introduction",
        filler(10),
        `## ${ac(MARKED, "1.1")}`,
        "### Subheading words",
        filler(20),
        `guidance[1.1]: ${filler(30)}`,
        `{${filler(30)}}`,
        "{Open brace guidance", filler(8), "closed here}",
        "# Conclusion",
        filler(5),
        "# References",
        filler(50),
        "# Appendix 1",
        filler(50),
      ]),
      MARKED,
    );
    expect(ctx.wordsByAc.get("1.1")).toBe(20);
    // "Front text" is a short line before the first heading: cover text, not an answer.
    expect(ctx.totalWords).toBe(10 + 20 + 5);
  });
});

describe("notes and text boxes", () => {
  it("count with the section of their anchor, unless they hold guidance ({braced} or the unit's own)", () => {
    const box = (text: string) => ({ text, part: "textbox" as const, anchor: 1 });
    const lines = [`## ${ac(MARKED, "1.1")}`, filler(20), box(filler(6)), box(`{${filler(9)}}`)];
    expect(wordsOf(lines)).toEqual({ "1.1": 26 });
    expect(scanDraft(draft(lines), MARKED).classes.slice(2)).toEqual(["answer", "braced"]);
  });
});

describe("a checklist table of ACs at the front", () => {
  const checklist = [
    "| Assessment criterion | Page |",
    `| ${ac(MARKED, "1.1")} | p. 3 |`,
    `| ${ac(MARKED, "1.2")} | p. 4 |`,
  ];

  it("is not taken for the answers when the ACs have side-headings later", () => {
    const lines = [...checklist, "# Task 1", `## ${ac(MARKED, "1.1")}`, filler(10), `## ${ac(MARKED, "1.2")}`, filler(12)];
    const ctx = buildContext(draft(lines), MARKED);
    expect(ctx.occurrences.get("1.1")).toHaveLength(1);
    expect(ctx.occurrences.get("1.2")).toHaveLength(1);
    expect(ctx.occurrences.get("1.1")![0]!.heading.form).toBe("heading");
    // Its wording is not counted as answer words either, nor are its header row and page numbers (front matter).
    expect(ctx.totalWords).toBe(22);
  });

  it("is the answer table when nothing else heads the ACs (answers not yet written)", () => {
    const ctx = buildContext(draft(checklist), MARKED);
    expect(ctx.occurrences.get("1.1")![0]!.heading.form).toBe("table");
    expect(ctx.wordsByAc.get("1.1")).toBe(2);
  });

  it("a row with a real answer is an answer even if the AC appears again", () => {
    const lines = [`| ${ac(MARKED, "1.1")} | ${filler(40)} |`, `## ${ac(MARKED, "1.1")}`, filler(10)];
    expect(buildContext(draft(lines), MARKED).occurrences.get("1.1")).toHaveLength(2);
  });
});

describe("a table of contents", () => {
  const body = ["# Introduction", filler(10), `## ${ac(MARKED, "1.1")}`, filler(20), "# Conclusion", filler(5)];

  it("is neither answer words nor side-headings, even when bold", () => {
    const toc = [
      "# Contents",
      { text: "Introduction\t1" },
      { text: `${ac(MARKED, "1.1")}\t2`, bold: true },
      { text: "Conclusion\t.......\t3" },
    ];
    const ctx = buildContext(draft([...toc, ...body]), MARKED);
    expect(ctx.occurrences.get("1.1")).toHaveLength(1);
    expect(ctx.totalWords).toBe(35);
  });

  it("a line ending in a number after a tab that is not a heading is answer text", () => {
    const ctx = buildContext(draft([...body, "Sessions held\t12"]), MARKED);
    expect(ctx.totalWords).toBe(38);
  });
});
