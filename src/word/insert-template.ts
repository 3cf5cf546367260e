/**
 * "Insert template". Into an empty document: the whole template. Into a
 * document with text but none of the unit's side-headings: the title and
 * cover sheet go on top and the sections after the learner's text, so
 * nothing the learner wrote is overwritten, reordered or re-styled; they then
 * move their paragraphs under the headings themselves. A learner who already
 * started on the template gets "Insert missing sections" instead, which fills
 * the gaps in place; re-inserting the whole template would duplicate headings.
 *
 * "Empty" means no words, tables or controls; it does not mean nothing is there. Page and section
 * breaks ("\f" in `text`), pictures and anchored text boxes are not words: the template then goes
 * after them, and only paragraphs that hold nothing at all (judged by their OOXML) are deleted.
 * With Track Changes on, nothing is locked (track-changes.ts).
 */
import type { DraftDocument } from "../model/document";
import { TAG_PREFIX, Tags } from "../model/document";
import { buildTemplate, type TemplateCustomisation, type TemplateOptions } from "../core/template";
import type { Unit } from "../units/types";
import { unitName } from "../units/unit-name";
import { runInWord, type WordRunner } from "./word-runner";
import { presentAcs } from "./present-acs";
import { readInContext, readOptionsFor } from "./read-document";
import { requireBaseline } from "./requirements";
import { writeBlocks } from "./write-blocks";
import { isTracking, LOCKS_SKIPPED_NOTE } from "./track-changes";
import type { WClientResult } from "./word-api";
import { otherUnitOf, unitNameOf } from "../core/document-unit";
import { UNITS } from "../units/catalogue";
import { mixedUnitsMessage } from "./mixed-units";

export type InsertTemplateOutcome =
  /** The document was empty; it now holds the template. */
  | "inserted"
  /** The template was placed around the learner's existing text. */
  | "appended"
  /** Nothing was written; the message says what to do instead. */
  | "refused";

export interface InsertTemplateResult {
  outcome: InsertTemplateOutcome;
  message: string;
}

/** White space a paragraph may hold and still be blank: never a page or section break ("\f"). */
const BLANK = /^[ \t\n\u00a0]*$/;

/** No words, no tables, no content controls: a new document (Word always keeps one empty paragraph), perhaps with breaks or pictures. */
export function isEmptyDocument(doc: DraftDocument): boolean {
  return doc.paragraphs.every((p) => p.text.replace(/\f/g, "").trim() === "" && !p.table && p.tags.length === 0);
}

/**
 * Does a blank-looking paragraph hold something `text` does not show? Pictures (w:drawing, w:pict,
 * w:object), anchored shapes and text boxes (mc:AlternateContent, w:txbxContent), a section break
 * (w:sectPr), fields, notes or inline controls (ECMA-376 Part 1, 17.3).
 */
export function holdsMoreThanText(ooxml: string): boolean {
  return /<(w:drawing|w:pict|w:object|mc:AlternateContent|w:txbxContent|w:sectPr|w:fldChar|w:fldSimple|w:footnoteReference|w:endnoteReference|w:sdt|w:br)\b/.test(ooxml);
}

function list(ids: string[]): string {
  // join("") joins at most one id, so its separator is never written (an equivalent mutant, issue 14).
  return ids.length <= 1 ? ids.join("") : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

/** `custom`: a centre template's additions (cover-sheet fields, its guidance, extra sections). */
export async function insertTemplate(word: WordRunner, unit: Unit, requested: TemplateOptions, custom: TemplateCustomisation = {}): Promise<InsertTemplateResult> {
  requireBaseline(word);
  return runInWord(word, "insert the template", async (context) => {
    // "Word" only labels read.doc.source, which nothing here reads (an equivalent mutant, issue 14).
    const read = await readInContext(context, "Word", readOptionsFor(word));
    // Locked content with tracked insertions is a revision nobody can accept (office-js #2886).
    const tracking = isTracking(read.changeTrackingMode) && requested.lockHeadings;
    const options = tracking ? { ...requested, lockHeadings: false } : requested;
    const note = tracking ? LOCKS_SKIPPED_NOTE : "";
    const blocks = buildTemplate(unit, options, custom);
    const body = context.document.body;

    if (isEmptyDocument(read.doc)) {
      // The empty paragraph(s) of a new document would sit above the title; anything else stays.
      const blank = read.paragraphs.filter((_, i) => BLANK.test(read.doc.paragraphs[i]!.text));
      const ooxml: WClientResult<string>[] = blank.map((p) => p.getOoxml());
      if (blank.length) await context.sync();
      writeBlocks({ kind: "body", target: body, location: "End" }, blocks, options);
      blank.forEach((p, k) => {
        if (!holdsMoreThanText(ooxml[k]!.value)) p.delete();
      });
      await context.sync();
      return { outcome: "inserted", message: `Inserted the template for unit ${unitName(unit)}.${note}` };
    }

    // Another unit's document: its side-headings share AC numbers with this unit's, never their wording.
    const other = otherUnitOf(read.doc, unit, UNITS);
    if (other) return { outcome: "refused", message: mixedUnitsMessage(other, unit, "template") };

    const present = [...presentAcs(read.doc, unit).keys()];
    const hasTemplateTag = read.doc.paragraphs.some((p) => p.tags.includes(Tags.template(unit.id)));
    if (present.length > 0 || hasTemplateTag) {
      const what = present.length ? `the side-headings for ${list(present)}` : "the template";
      return {
        outcome: "refused",
        message: `This document already has ${what} of unit ${unitNameOf(unit)}, so nothing was inserted: use "Insert missing sections" to add only what is missing without touching your text.`,
      };
    }

    const otherTemplate = read.doc.paragraphs.some((p) => p.tags.some((t) => t.startsWith(`${TAG_PREFIX}template:`)));
    const front = blocks.filter((b) => b.kind === "title" || b.kind === "cover");
    const rest = blocks.filter((b) => b.kind !== "title" && b.kind !== "cover");
    // Another unit's title already heads the document: do not stack a second title above it.
    if (!otherTemplate) writeBlocks({ kind: "body", target: body, location: "Start" }, front, options);
    writeBlocks({ kind: "body", target: body, location: "End" }, otherTemplate ? blocks : rest, options);
    await context.sync();
    return {
      outcome: "appended",
      message: `Added the template for unit ${unitName(unit)} after your existing text, which is unchanged: move your paragraphs under the matching side-headings when you are ready.${note}`,
    };
  });
}
