/**
 * Track Changes and the selection: these need the Document itself (a hidden document has no
 * changeTrackingMode or selection), so they run only in a blank document the pane is open in.
 */
import { addParagraphs, failureOf, observe, paragraphTexts, show } from "./probe";
import type { DiagnosticCheck, Scratch } from "./types";

const DOCUMENT = "https://learn.microsoft.com/en-us/javascript/api/word/word.document";
const REVIEWED = "https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)";

/** Runs `body` with Track Changes on, and turns it off again whatever happens. */
async function tracking<T>(scratch: Scratch, body: () => Promise<T>): Promise<T> {
  const doc = scratch.document!;
  doc.changeTrackingMode = "TrackAll";
  await scratch.context.sync();
  try {
    return await body();
  } finally {
    doc.changeTrackingMode = "Off";
    await scratch.context.sync();
  }
}

export const TRACKING_CHECKS: DiagnosticCheck[] = [
  {
    id: "tracking-mode",
    assumption: "Document.changeTrackingMode reads \"Off\", \"TrackAll\" or \"TrackMineOnly\", and can be set for the add-in's own writes.",
    source: `${DOCUMENT}#word-word-document-changetrackingmode-member (WordApi 1.4)`,
    scope: "document",
    requires: { set: "WordApi", version: "1.4" },
    async run(scratch) {
      const doc = scratch.document!;
      doc.load("changeTrackingMode");
      await scratch.context.sync();
      const before = doc.changeTrackingMode;
      const during = await tracking(scratch, async () => {
        doc.load("changeTrackingMode");
        await scratch.context.sync();
        return doc.changeTrackingMode;
      });
      return observe(["Off", "TrackAll", "TrackMineOnly"].includes(before) && during === "TrackAll", `before ${show(before)}, while tracking ${show(during)}`);
    },
  },
  {
    id: "tracked-deletion-stays",
    assumption: "With Track Changes on, a deleted paragraph stays in the body and in `text`; getReviewedText(\"Current\") leaves it out.",
    source: REVIEWED,
    scope: "document",
    requires: { set: "WordApi", version: "1.4" },
    async run(scratch) {
      await addParagraphs(scratch, ["Keep", "Gone"]);
      const observed = await tracking(scratch, async () => {
        const ps = scratch.body.paragraphs.load("items");
        await scratch.context.sync();
        ps.items[1]!.delete();
        await scratch.context.sync();
        const texts = await paragraphTexts(scratch);
        const current = scratch.body.getReviewedText("Current");
        await scratch.context.sync();
        return { texts, current: current.value };
      });
      return observe(observed.texts.includes("Gone") && !observed.current.includes("Gone") && observed.current.includes("Keep"), `paragraphs ${show(observed.texts)}, current ${show(observed.current)}`);
    },
  },
  {
    id: "tracked-insertion-original",
    assumption: "With Track Changes on, an inserted paragraph is in getReviewedText(\"Current\") but not in (\"Original\").",
    source: REVIEWED,
    scope: "document",
    requires: { set: "WordApi", version: "1.4" },
    async run(scratch) {
      await addParagraphs(scratch, ["Old"]);
      const [original, current] = await tracking(scratch, async () => {
        scratch.body.insertParagraph("New", "End");
        const o = scratch.body.getReviewedText("Original");
        const c = scratch.body.getReviewedText("Current");
        await scratch.context.sync();
        return [o.value, c.value];
      });
      return observe(!original!.includes("New") && current!.includes("New"), `original ${show(original)}, current ${show(current)}`);
    },
  },
  {
    id: "tracked-control-delete",
    assumption: "With Track Changes on, deleting a content control leaves the control in place (only its content is marked deleted).",
    source: "office-js #1299 (by design)",
    scope: "document",
    requires: { set: "WordApi", version: "1.4" },
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Guidance"]);
      const control = p!.insertContentControl();
      control.tag = "ilm:diagnostics";
      await scratch.context.sync();
      const left = await tracking(scratch, async () => {
        control.delete(false);
        await scratch.context.sync();
        const found = scratch.body.contentControls.getByTag("ilm:diagnostics").load("items");
        await scratch.context.sync();
        return found.items.length;
      });
      return observe(left === 1, `controls left ${left}`);
    },
  },
  {
    id: "tracked-locked-control",
    assumption: "With Track Changes on, a control locked with cannotEdit cannot be deleted.",
    source: "office-js #2886 (by design)",
    scope: "document",
    requires: { set: "WordApi", version: "1.4" },
    async run(scratch) {
      const [p] = await addParagraphs(scratch, ["Heading"]);
      const control = p!.insertContentControl();
      control.cannotEdit = true;
      await scratch.context.sync();
      const code = await tracking(scratch, () => failureOf(scratch, () => control.delete(false)));
      control.cannotEdit = false;
      await scratch.context.sync();
      return observe(code !== null, `error ${code ?? "none: the control was deleted"}`);
    },
  },
  {
    id: "selection-through-mark",
    assumption: "A selection that runs through a paragraph's mark ends at the start of the next paragraph: its text ends \"\\r\" and its first paragraph is the selected one.",
    source: "none found; https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation describes the points; confirmed here",
    scope: "document",
    async run(scratch) {
      const [p, next] = await addParagraphs(scratch, ["Coaching works", "Next paragraph."]);
      p!.getRange("Start").expandTo(next!.getRange("Start")).select();
      await scratch.context.sync();
      const selection = scratch.document!.getSelection().load("text");
      const first = selection.paragraphs.getFirst().load("text");
      await scratch.context.sync();
      return observe(selection.text.endsWith("\r") && first.text === "Coaching works", `selection ${show(selection.text)}, first paragraph ${show(first.text)}`);
    },
  },
];
