/**
 * Findings as comments, before any host writes them: which problems, what each comment says,
 * where it hangs, and how a second run matches the first run's comments.
 */
import { analyse } from "../../src/check/analyse";
import type { DraftDocument } from "../../src/model/document";
import type { Report } from "../../src/model/report";
import { buildSampleDraft } from "../../src/preview/sample-draft";
import { memoryWordRunner } from "../../src/word-memory/memory-word";
import { readDocument } from "../../src/word/read-document";
import { draft } from "../core/draft";
import {
  FINDING_AUTHOR,
  FINDING_PREFIX,
  commentAnchor,
  findingCommentText,
  findingComments,
  firstBodyParagraph,
} from "../../src/marking/finding-comments";
import { addinComments, planFindingComments } from "../../src/marking/comment-plan";

let doc: DraftDocument;
let report: Report;

beforeAll(async () => {
  doc = await readDocument(memoryWordRunner(await buildSampleDraft()));
  report = analyse(doc, {});
});

describe("finding comments on the sample draft", () => {
  test("one comment per error and warning, none for notes; each says what is wrong and how to fix it", () => {
    const comments = findingComments(report, doc);
    const wanted = report.problems.filter((p) => p.severity !== "info");
    expect(comments.map((c) => c.problem)).toEqual(wanted);
    const note = { ...wanted[0]!, severity: "info" as const };
    expect(findingComments({ problems: [note, ...wanted], sections: report.sections }, doc)).toHaveLength(wanted.length);
    for (const c of comments) {
      expect(c.text).toBe(`${FINDING_PREFIX}${c.problem.message} How to fix: ${c.problem.fix}`);
    }
    expect(new Set(comments.map((c) => c.key)).size).toBe(comments.length);
  });

  test("a citation problem hangs on the citation's own text", () => {
    const c = findingComments(report, doc).find((f) => f.problem.citation?.text === "(Hawkins, 2012)")!;
    expect(c.anchor).toMatchObject({ kind: "citation", text: "(Hawkins, 2012)", occurrence: 0 });
    if (c.anchor.kind !== "citation") throw new Error("not a citation anchor");
    expect(doc.paragraphs[c.anchor.paragraph]!.text.slice(c.anchor.start, c.anchor.end)).toBe("(Hawkins, 2012)");
  });

  test("a reference problem hangs on the entry; a section problem on the AC's side-heading", () => {
    const comments = findingComments(report, doc);
    const kolb = comments.find((f) => f.problem.code === "reference-uncited")!;
    expect(kolb.anchor.kind).toBe("reference");
    expect(doc.paragraphs[kolb.anchor.paragraph]!.text).toMatch(/^Kolb, D\.A\. \(1984\)/);
    const guidance = comments.find((f) => f.problem.code === "guidance-left-in" && f.problem.ac === "1.2")!;
    expect(guidance.anchor.kind).toBe("heading");
    expect(doc.paragraphs[guidance.anchor.paragraph]!.text).toMatch(/^1\.2 Evaluate/);
  });

  test("whole-draft problems hang on the first body paragraph (not the title, cover sheet or a heading)", () => {
    const first = firstBodyParagraph(doc);
    const p = doc.paragraphs[first]!;
    expect(p).toMatchObject({ role: "body", isTitle: false, headingLevel: 0 });
    expect(p.text).toMatch(/^I work as a team leader/);
    const wide = { code: "word-count-out-of-range", severity: "warning", message: "m", messageId: "x", data: {}, fix: "f" } as const;
    expect(commentAnchor(wide, report, doc)).toEqual({ kind: "draft", paragraph: first });
  });
});

describe("anchors in small drafts", () => {
  const problem = (extra: object) => ({ code: "citation-style", severity: "warning" as const, message: "m", messageId: "slips", data: {}, fix: "f", ...extra });

  test("the same citation twice in a paragraph: first and second occurrence", () => {
    const text = "Starr (2016) says so, and so does (Starr, 2016), and again (Starr, 2016).";
    const d = draft(["## 1.1 Define coaching", text]);
    const seen = new Map<string, number>();
    const p = problem({ paragraph: 1, citation: { authors: ["starr"], year: "2016", text: "(Starr, 2016)" } });
    const a = commentAnchor(p, { sections: [] }, d, seen);
    const b = commentAnchor(p, { sections: [] }, d, seen);
    expect([a, b].map((x) => (x.kind === "citation" ? [x.occurrence, x.start] : null))).toEqual([
      [0, text.indexOf("(Starr, 2016)")],
      [1, text.lastIndexOf("(Starr, 2016)")],
    ]);
  });

  test("a citation whose text is not in the paragraph falls back to the paragraph; a duplicate heading to its own copy", () => {
    const d = draft(["## 1.1 Define coaching", "Text.", "## 1.1 Define coaching", "More."]);
    expect(commentAnchor(problem({ paragraph: 1, citation: { authors: [], year: "", text: "(Gone, 2001)" } }), { sections: [] }, d)).toEqual({ kind: "paragraph", paragraph: 1 });
    const dup = { ...problem({}), code: "ac-duplicate", ac: "1.1", paragraph: 2, related: { paragraph: 0, label: "first" } };
    expect(commentAnchor(dup, { sections: [{ ac: "1.1", status: "ok", heading: "", words: 1, citations: 0, paragraphs: [0, 1] }] }, d)).toEqual({ kind: "heading", paragraph: 2 });
    const missing = { ...problem({}), code: "ac-missing", ac: "1.2" };
    expect(commentAnchor(missing, { sections: [] }, d)).toEqual({ kind: "draft", paragraph: 1 });
  });

  test("keys ignore paragraph numbers: the same finding after the learner adds paragraphs above keeps its key", () => {
    const p = problem({ paragraph: 1, ac: "1.1", citation: { authors: ["starr"], year: "2016", text: "(Starr, 2016)" } });
    const before = findingComments({ problems: [p], sections: [] }, draft(["## 1.1 Define coaching", "As (Starr, 2016) says."]));
    const after = findingComments({ problems: [{ ...p, paragraph: 3 }], sections: [] }, draft(["New.", "Newer.", "## 1.1 Define coaching", "As (Starr, 2016) says."]));
    expect(after[0]!.key).toBe(before[0]!.key);
  });
});

describe("a second run", () => {
  const f = (key: string, text: string) => ({ key, text, anchor: { kind: "draft" as const, paragraph: 0 }, problem: {} as never });

  test("keeps unchanged comments, updates changed text, removes fixed ones, adds new ones, and never touches other comments", () => {
    const markers = [
      { id: "c1", key: "k1" },
      { id: "c2", key: "k2" },
      { id: "c3", key: "k3" },
    ];
    const existing = [
      { id: "c1", content: "A" },
      { id: "c2", content: "B old" },
      { id: "c3", content: "C" },
      { id: "tutor", content: "Good point here.", authorName: "Dr Tutor" },
      { id: "learner", content: "Ask about this", authorName: "Learner" },
    ];
    const plan = planFindingComments([f("k1", "A"), f("k2", "B new"), f("k4", "D")], existing, markers);
    expect(plan.keep).toEqual([{ id: "c1", key: "k1" }]);
    expect(plan.update).toEqual([{ id: "c2", key: "k2", text: "B new" }]);
    expect(plan.remove).toEqual(["c3"]);
    expect(plan.insert.map((x) => x.key)).toEqual(["k4"]);
  });

  test("comments whose ids were lost are still recognised by the add-in's prefix or ilm-check's author, and matched by text", () => {
    const text = findingCommentText({ message: "AC 1.2 is short.", fix: "Write more." });
    const existing = [
      { id: "new-id", content: text },
      { id: "x", content: "Other finding", authorName: FINDING_AUTHOR },
      { id: "y", content: `Quoting: ${FINDING_PREFIX}` },
    ];
    expect(addinComments(existing, []).map((c) => c.id)).toEqual(["new-id", "x"]);
    const plan = planFindingComments([f("k", text)], existing, []);
    expect(plan).toEqual({ keep: [{ id: "new-id", key: "k" }], update: [], remove: ["x"], insert: [] });
  });
});
