/** Text boxes: where their text is (and is not), and how the add-in finds a box's anchor (WordApiDesktop 1.2). */
import { comparableText } from "../word-text";
import { addParagraphs, observe, paragraphTexts, show } from "./probe";
import type { DiagnosticCheck } from "./types";

const API = "https://learn.microsoft.com/en-us/javascript/api/word";
const SHAPES = { set: "WordApiDesktop", version: "1.2" };
const BOXED = "Boxed words";

export const SHAPE_CHECKS: DiagnosticCheck[] = [
  {
    id: "text-box-not-in-paragraphs",
    assumption: "A text box's text is in neither body.paragraphs nor Body.text, and the paragraph holding its anchor keeps its own text.",
    source: `office-js #5282 (Body.text leaves text boxes out); ${API}/word.paragraph#word-word-paragraph-inserttextbox-member(1)`,
    requires: SHAPES,
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Anchor"]);
      p!.insertTextBox(BOXED);
      const body = scratch.body.load("text");
      await scratch.context.sync();
      const texts = await paragraphTexts(scratch);
      const inParagraphs = texts.some((t) => t.includes(BOXED));
      return observe(
        !inParagraphs && !body.text.includes(BOXED) && texts.map(comparableText).includes("Anchor"),
        `paragraphs ${show(texts)}, body text ${show(body.text)}`,
      );
    },
  },
  {
    id: "shapes-list-text-box",
    assumption: "body.shapes lists a text box as type \"TextBox\", with textFrame.hasText true and its text in the shape's body.",
    source: `${API}/word.body#word-word-body-shapes-member; ${API}/word.shape#word-word-shape-body-member; ${API}/word.textframe#word-word-textframe-hastext-member`,
    requires: SHAPES,
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Anchor"]);
      const box = p!.insertTextBox(BOXED).load("id");
      const shapes = scratch.body.shapes.getByTypes(["TextBox", "GeometricShape"]).load(["items/id", "items/type", "items/textFrame/hasText"]);
      await scratch.context.sync();
      const found = shapes.items.find((s) => s.id === box.id);
      if (!found) return observe(false, `body.shapes ids ${show(shapes.items.map((s) => s.id))}, the text box's id ${box.id}`);
      const body = found.body.load("text");
      await scratch.context.sync();
      return observe(
        found.type === "TextBox" && found.textFrame.hasText && comparableText(body.text) === BOXED,
        `type ${show(found.type)}, hasText ${found.textFrame.hasText}, body text ${show(body.text)}`,
      );
    },
  },
  {
    id: "text-box-anchor-paragraph",
    assumption: "Paragraph.shapes of the paragraph holding a text box's anchor lists the box, and no other paragraph's does.",
    source: `${API}/word.paragraph#word-word-paragraph-shapes-member ("anchored in the paragraph"); ${API}/word.paragraph#word-word-paragraph-inserttextbox-member(1)`,
    requires: SHAPES,
    async run(scratch) {
      const [, anchor] = await addParagraphs(scratch, ["Before", "Anchor", "After"]);
      const box = anchor!.insertTextBox(BOXED).load("id");
      const ps = scratch.body.paragraphs.load("items/text");
      await scratch.context.sync();
      const perParagraph = ps.items.map((p) => p.shapes.load("items/id"));
      await scratch.context.sync();
      const holding = ps.items.filter((_p, i) => perParagraph[i]!.items.some((s) => s.id === box.id)).map((p) => comparableText(p.text));
      return observe(holding.length === 1 && holding[0] === "Anchor", `paragraphs listing the box ${show(holding)}`);
    },
  },
];
