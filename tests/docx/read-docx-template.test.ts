/**
 * A draft made from the add-in's template and saved as .docx: the content
 * controls' tags reach analyse() through the reader, so the CLI knows the
 * unit from the template tag and finds guidance the learner left in.
 */
import { analyse } from "../../src/check/analyse";
import { Tags } from "../../src/model/document";
import { readDocx } from "../../src/docx/read-docx";
import { getUnit } from "../../src/units/catalogue";
import { makeDocx, para, r, sdt, styled, WORD_STYLES } from "./helpers/make-docx";

const unit = getUnit("8580-503")!;
const answer = (ac: string) =>
  para(r(`My answer to ${ac} draws on coaching sessions with two colleagues and on Starr (2016), whose ideas shaped how I planned each conversation and reviewed it afterwards with my supervisor.`));

function templateDraft(keepGuidanceFor: string): Uint8Array {
  const blocks: string[] = [sdt(Tags.cover, para(r("Learner: A. Learner")))];
  for (const lo of unit.outcomes) {
    blocks.push(sdt(Tags.outcome(lo.id), styled("Heading1", r(`Learning outcome ${lo.id}: ${lo.title}`))));
    for (const c of unit.criteria.filter((x) => x.outcome === lo.id)) {
      blocks.push(sdt(Tags.heading(c.id), styled("Heading2", r(`${c.id} ${c.wording}`))));
      if (c.id === keepGuidanceFor) blocks.push(sdt(Tags.guidance(c.id), para(r("To pass, make sure your answer includes a clear assessment."))));
      blocks.push(answer(c.id));
    }
  }
  blocks.push(styled("Heading1", r("References")), para(r("Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.")));
  return makeDocx({ body: sdt(Tags.template(unit.id), blocks.join("")), styles: WORD_STYLES });
}

describe("a template draft saved as .docx", () => {
  const doc = readDocx(templateDraft("2.1"), "template.docx");

  test("tags are read outermost first and give roles", () => {
    const guidance = doc.paragraphs.find((p) => p.role === "guidance")!;
    expect(guidance.tags).toEqual([Tags.template(unit.id), Tags.guidance("2.1")]);
    expect(doc.paragraphs.find((p) => p.text === "Learner: A. Learner")).toMatchObject({ role: "cover", tags: [Tags.template(unit.id), Tags.cover] });
    const heading = doc.paragraphs.find((p) => p.text.startsWith("1.1 "))!;
    expect(heading).toMatchObject({ headingLevel: 2, role: "body", tags: [Tags.template(unit.id), Tags.heading("1.1")] });
  });

  test("analyse() takes the unit from the template tag and reports the guidance left in", () => {
    const report = analyse(doc);
    expect(report.unit).toBe(unit.id);
    expect(report.unitSource).toBe("template");
    expect(report.sections.map((s) => s.status)).toEqual(unit.criteria.map(() => "ok"));
    expect(report.problems.filter((p) => p.code === "guidance-left-in").map((p) => p.ac)).toEqual(["2.1"]);
  });
});
