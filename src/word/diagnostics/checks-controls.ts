/** Content controls: where insertParagraph lands at a control's edge, what deleting does, locks. */
import type { WContentControl, WParagraph } from "../word-api";
import { addParagraphs, enclosingTags, failureOf, observe, paragraphTexts, show } from "./probe";
import type { DiagnosticCheck, Scratch } from "./types";

const CONTROL = "https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrol";
const TAG = "ilm:diagnostics";

/** Paragraphs A, B, C inside one control tagged ilm:diagnostics, between "before" and "after". */
async function wrapped(scratch: Scratch): Promise<{ control: WContentControl; paragraphs: WParagraph[] }> {
  const ps = await addParagraphs(scratch, ["before", "A", "B", "C", "after"]);
  const control = ps[1]!.getRange("Whole").expandTo(ps[3]!.getRange("Whole")).insertContentControl();
  control.tag = TAG;
  await scratch.context.sync();
  return { control, paragraphs: ps };
}

async function controlCount(scratch: Scratch): Promise<number> {
  const found = scratch.body.contentControls.getByTag(TAG).load("items");
  await scratch.context.sync();
  return found.items.length;
}

export const CONTROL_CHECKS: DiagnosticCheck[] = [
  {
    id: "insert-after-control-edge",
    assumption: "insertParagraph(\"After\") on the last paragraph inside a control lands after the control, outside it.",
    source: "office-js #3176",
    async run(scratch) {
      const { paragraphs } = await wrapped(scratch);
      paragraphs[3]!.insertParagraph("X", "After");
      await scratch.context.sync();
      const tags = await enclosingTags(scratch);
      const texts = await paragraphTexts(scratch);
      const x = texts.indexOf("X");
      return observe(x === 4 && tags[x] === "", `paragraphs ${show(texts)}, enclosing tags ${show(tags)}`);
    },
  },
  {
    id: "insert-before-control-edge",
    assumption: "insertParagraph(\"Before\") on the first paragraph inside a control lands before the control, outside it.",
    source: "office-js #3176",
    async run(scratch) {
      const { paragraphs } = await wrapped(scratch);
      paragraphs[1]!.insertParagraph("Y", "Before");
      await scratch.context.sync();
      const tags = await enclosingTags(scratch);
      const texts = await paragraphTexts(scratch);
      const y = texts.indexOf("Y");
      return observe(y === 1 && tags[y] === "", `paragraphs ${show(texts)}, enclosing tags ${show(tags)}`);
    },
  },
  {
    id: "insert-after-inside-control",
    assumption: "insertParagraph(\"After\") on a paragraph in the middle of a control stays inside the control.",
    source: "office-js #3176 (only the edges move out); none found for the middle, confirmed here",
    async run(scratch) {
      const { paragraphs } = await wrapped(scratch);
      paragraphs[1]!.insertParagraph("Z", "After");
      await scratch.context.sync();
      const tags = await enclosingTags(scratch);
      const texts = await paragraphTexts(scratch);
      return observe(tags[texts.indexOf("Z")] === TAG, `paragraphs ${show(texts)}, enclosing tags ${show(tags)}`);
    },
  },
  {
    id: "control-insert-after-outside",
    assumption: "ContentControl.insertParagraph(\"After\") lands outside the control and \"End\" inside it.",
    source: `office-js #866 ("Start/End insert within the boundaries of the object, before/after outside"); ${CONTROL}#word-word-contentcontrol-insertparagraph-member(1)`,
    async run(scratch) {
      const { control } = await wrapped(scratch);
      control.insertParagraph("outside", "After");
      control.insertParagraph("inside", "End");
      await scratch.context.sync();
      const tags = await enclosingTags(scratch);
      const texts = await paragraphTexts(scratch);
      return observe(tags[texts.indexOf("outside")] === "" && tags[texts.indexOf("inside")] === TAG, `paragraphs ${show(texts)}, enclosing tags ${show(tags)}`);
    },
  },
  {
    id: "delete-edge-paragraph",
    assumption: "Deleting the first paragraph of a control removes the control; its other paragraphs stay.",
    source: "office-js #4975 (by design, per the Word team), #3176",
    async run(scratch) {
      const { paragraphs } = await wrapped(scratch);
      paragraphs[1]!.delete();
      await scratch.context.sync();
      const count = await controlCount(scratch);
      const texts = await paragraphTexts(scratch);
      return observe(count === 0 && texts.includes("B") && texts.includes("C"), `controls left ${count}, paragraphs ${show(texts)}`);
    },
  },
  {
    id: "delete-middle-paragraph",
    assumption: "Deleting a paragraph in the middle of a control keeps the control.",
    source: "office-js #4975 (only the edges hold the control's boundary)",
    async run(scratch) {
      const { paragraphs } = await wrapped(scratch);
      paragraphs[2]!.delete();
      await scratch.context.sync();
      const count = await controlCount(scratch);
      const texts = await paragraphTexts(scratch);
      return observe(count === 1 && !texts.includes("B"), `controls left ${count}, paragraphs ${show(texts)}`);
    },
  },
  {
    id: "control-delete-keep-content",
    assumption: "ContentControl.delete(true) removes the control and keeps its paragraphs; delete(false) removes both.",
    source: `${CONTROL}#word-word-contentcontrol-delete-member(1)`,
    async run(scratch) {
      const { control } = await wrapped(scratch);
      control.delete(true);
      await scratch.context.sync();
      const kept = await paragraphTexts(scratch);
      const countAfterKeep = await controlCount(scratch);
      scratch.body.clear();
      await scratch.context.sync();
      const again = await wrapped(scratch);
      again.control.delete(false);
      await scratch.context.sync();
      const dropped = await paragraphTexts(scratch);
      const ok = countAfterKeep === 0 && ["A", "B", "C"].every((t) => kept.includes(t)) && !dropped.some((t) => ["A", "B", "C"].includes(t));
      return observe(ok, `after delete(true) ${show(kept)}; after delete(false) ${show(dropped)}`);
    },
  },
  {
    id: "locked-control-refuses-edit",
    assumption: "A control with cannotEdit refuses insertions inside it: the sync fails with AccessDenied.",
    source: `${CONTROL}#word-word-contentcontrol-cannotedit-member; code from https://learn.microsoft.com/en-us/javascript/api/word/word.errorcodes`,
    async run(scratch) {
      const { control } = await wrapped(scratch);
      control.cannotEdit = true;
      await scratch.context.sync();
      const code = await failureOf(scratch, () => control.insertParagraph("sneaky", "End"));
      control.cannotEdit = false;
      await scratch.context.sync();
      return observe(code === "AccessDenied", `error ${code ?? "none: the insertion was accepted"}`);
    },
  },
  {
    id: "locked-control-refuses-delete",
    assumption: "A control with cannotDelete refuses delete(): the sync fails with AccessDenied.",
    source: `${CONTROL}#word-word-contentcontrol-cannotdelete-member`,
    async run(scratch) {
      const { control } = await wrapped(scratch);
      control.cannotDelete = true;
      await scratch.context.sync();
      const code = await failureOf(scratch, () => control.delete(true));
      control.cannotDelete = false;
      await scratch.context.sync();
      return observe(code === "AccessDenied", `error ${code ?? "none: the control was deleted"}`);
    },
  },
  {
    id: "empty-control-delete",
    assumption: "Word on the web refuses to delete a control with no text (the add-in types a space first); Word on Windows and Mac deletes it.",
    source: "office-js #5732",
    async run(scratch) {
      const [, empty] = await addParagraphs(scratch, ["before", "", "after"]);
      const control = empty!.insertContentControl();
      control.tag = TAG;
      await scratch.context.sync();
      const code = await failureOf(scratch, () => control.delete(false));
      const refused = code !== null;
      if (refused) {
        control.insertText(" ", "End");
        control.delete(false);
        await scratch.context.sync();
      }
      const left = await controlCount(scratch);
      const expected = scratch.platform === "web";
      return observe(refused === expected && left === 0, `${refused ? `refused (${code}), deleted after a space was typed` : "deleted"}; controls left ${left}`);
    },
  },
  {
    id: "control-insert-after-takes-formatting",
    assumption: "ContentControl.insertParagraph(\"After\") gives the new paragraph the formatting of the control's last paragraph, as Enter does, so the add-in sets the colour, italics and indents of everything it inserts.",
    source: `${CONTROL}#word-word-contentcontrol-insertparagraph-member(1) is silent on formatting; none found, confirmed here`,
    async run(scratch) {
      const { control, paragraphs } = await wrapped(scratch);
      paragraphs[3]!.font.italic = true;
      paragraphs[3]!.font.color = "#595959";
      const next = control.insertParagraph("X", "After");
      next.load("font/italic,font/color");
      await scratch.context.sync();
      return observe(next.font.italic === true && next.font.color.toUpperCase() === "#595959", `italic ${next.font.italic}, colour ${show(next.font.color)}`);
    },
  },
  {
    id: "heading-style-keeps-neighbour-colour",
    assumption: "A paragraph that took its neighbour's colour keeps it when its style is then set to a heading (setting styleBuiltIn leaves direct formatting), so a side-heading inserted after a learner's coloured text shows their colour; the add-in leaves a heading's colour to its style.",
    source: "https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-stylebuiltin-member is silent on direct formatting; none found, confirmed here",
    async run(scratch) {
      const [red] = await addParagraphs(scratch, ["red"]);
      red!.font.color = "#C00000";
      const heading = red!.insertParagraph("Heading", "After");
      heading.styleBuiltIn = "Heading2";
      heading.load("font/color");
      await scratch.context.sync();
      return observe(heading.font.color.toUpperCase() === "#C00000", `colour ${show(heading.font.color)}`);
    },
  },
  {
    id: "locked-content-control-delete",
    assumption: "A control whose content is locked (cannotEdit) but not the control (cannotDelete false) can be deleted with its content: the mark sheet replaces itself so.",
    source: `${CONTROL}#word-word-contentcontrol-cannotedit-member ("whether the user can edit the contents"); none found on deleting, confirmed here`,
    async run(scratch) {
      const { control } = await wrapped(scratch);
      control.cannotEdit = true;
      await scratch.context.sync();
      const code = await failureOf(scratch, () => control.delete(false));
      if (code !== null) {
        control.cannotEdit = false;
        control.delete(false);
        await scratch.context.sync();
      }
      return observe(code === null && (await controlCount(scratch)) === 0, `${code === null ? "deleted" : `refused (${code})`}`);
    },
  },
  {
    id: "not-transactional",
    assumption: "A batch is not a transaction: when one action fails, the actions queued before it in the same sync stay done.",
    source: "none found on a Word API page; confirmed here",
    async run(scratch) {
      const { control } = await wrapped(scratch);
      control.cannotEdit = true;
      await scratch.context.sync();
      const code = await failureOf(scratch, () => {
        scratch.body.insertParagraph("kept", "End");
        control.insertParagraph("refused", "End");
      });
      control.cannotEdit = false;
      await scratch.context.sync();
      const texts = await paragraphTexts(scratch);
      return observe(code !== null && texts.includes("kept") && !texts.includes("refused"), `error ${code ?? "none"}, paragraphs ${show(texts)}`);
    },
  },
];
