/**
 * "Remove guidance": deletes the add-in's guidance blocks (content controls
 * tagged ilm:guidance:...) and nothing else.
 *
 * A learner sometimes types their answer inside a guidance block. A block is
 * judged by its paragraphs: one that still reads exactly as the template
 * wrote it (or is empty) is guidance and goes; any other paragraph is the
 * learner's and stays, byte for byte. A block with learner paragraphs is
 * then unwrapped (control removed, their text kept) rather than deleted, and
 * the result says how many paragraphs were kept so the learner can check them.
 *
 * Order matters in Word: deleting the paragraph that holds a control's boundary (its first or last
 * paragraph) removes the control (office-js #4975, #3176), so a block is unwrapped first and its
 * guidance paragraphs deleted after. Word on the web refuses to delete a control with no text
 * (office-js #5732): an emptied block gets a space first. With Track Changes on, deletions would
 * only be marked (track-changes.ts): the learner is asked first.
 */
import { TAG_PREFIX } from "../model/document";
import { buildTemplate, type TemplateCustomisation } from "../core/template";
import type { Unit } from "../units/types";
import { runInWord, type WordRunner } from "./word-runner";
import { readInContext, readOptionsFor } from "./read-document";
import { requireBaseline } from "./requirements";
import { collapseSpace } from "../shared/text/fold";
import { isTracking, trackChangesError, untracked, type TrackingOptions } from "./track-changes";
import { otherUnitOf } from "../core/document-unit";
import { UNITS } from "../units/catalogue";

export interface RemoveGuidanceResult {
  /** Guidance blocks removed entirely. */
  removed: number;
  /** Guidance blocks unwrapped because the learner had typed in them. */
  unwrapped: number;
  /** Learner paragraphs kept from those blocks. */
  keptParagraphs: number;
  message: string;
}

const GUIDANCE_PREFIX = `${TAG_PREFIX}guidance:`;

/** Guidance paragraph texts per tag, as the template writes them for these units. */
function expectedGuidance(units: readonly Unit[], custom: TemplateCustomisation): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // Equivalent mutants (issue 14): coverSheet and lockHeadings cannot change the result, since the
  // cover block and the headings' locking hold no guidance; and only guidance blocks carry a
  // guidance tag (Tags.guidance in core/template.ts), so the kind test only spares building sets
  // that are never looked up.
  for (const b of units.flatMap((u) => buildTemplate(u, { guidance: true, coverSheet: false, lockHeadings: false }, custom))) {
    if (b.kind !== "guidance" || !b.tag) continue;
    const set = out.get(b.tag) ?? new Set<string>();
    for (const p of b.paragraphs) set.add(collapseSpace(p.text));
    out.set(b.tag, set);
  }
  return out;
}

/**
 * `unit`: the draft's unit. When it is not known, pass every unit of the
 * catalogue: a paragraph then counts as guidance if any unit's template
 * wrote it under that tag. `options.trackChangesOff`: the learner agreed to
 * remove it with Track Changes off. `custom`: a centre template's additions,
 * whose guidance counts as guidance too.
 */
export async function removeGuidance(
  word: WordRunner,
  unit: Unit | readonly Unit[],
  options: TrackingOptions = {},
  custom: TemplateCustomisation = {},
): Promise<RemoveGuidanceResult> {
  requireBaseline(word);
  return runInWord(word, "remove the guidance", async (context) => {
    // "Word" only labels read.doc.source, which nothing here reads (an equivalent mutant, issue 14).
    const read = await readInContext(context, "Word", readOptionsFor(word));
    // The guidance in the document is its own unit's, whatever unit the pane has chosen.
    const own = Array.isArray(unit) ? unit : [otherUnitOf(read.doc, unit as Unit, UNITS) ?? (unit as Unit)];
    const expected = expectedGuidance(own, custom);
    let removed = 0;
    let unwrapped = 0;
    let keptParagraphs = 0;
    const handled = new Set<number>();
    const writes: Array<() => void> = [];

    for (const control of read.controls.values()) {
      // first < 0: a control enclosing no whole paragraph (inline in a sentence, in Word). The in-memory
      // Word models block controls only, so no test reaches this guard (issue 14's one untestable mutant).
      if (!control.tag.startsWith(GUIDANCE_PREFIX) || control.first < 0) continue;
      // Nested inside a guidance block already being deleted whole: nothing more to do.
      // Equivalent mutants (issue 14): stacks has an entry for every paragraph, so `?? []` never applies;
      // each control is visited once, so `handled` never holds it yet and `id !== control.id` is a safeguard.
      const stackAt = read.stacks[control.first] ?? [];
      if (stackAt.some((id) => id !== control.id && handled.has(id))) continue;
      const known = expected.get(control.tag) ?? new Set<string>();
      const inside: number[] = [];
      // A control's range is contiguous, so the includes() test holds for every i here (an equivalent mutant, issue 14).
      for (let i = control.first; i <= control.last; i++) if (read.stacks[i]!.includes(control.id)) inside.push(i);
      const isGuidance = (i: number) => {
        const p = read.doc.paragraphs[i]!;
        const text = collapseSpace(p.text);
        // Another control inside (not guidance) holds something else: keep it.
        const ownStack = read.stacks[i]!;
        const nestedForeign = ownStack.slice(ownStack.indexOf(control.id) + 1).some((id) => !read.controls.get(id)?.tag.startsWith(GUIDANCE_PREFIX));
        return !nestedForeign && (text === "" || known.has(text));
      };
      const learner = inside.filter((i) => !isGuidance(i));
      if (learner.length === 0) {
        // Equivalent mutants (issue 14): a space put into a block that is not empty goes with it on delete.
        const empty = inside.every((i) => read.doc.paragraphs[i]!.text === "");
        writes.push(() => {
          if (empty) control.proxy.insertText(" ", "End");
          control.proxy.delete(false);
        });
        handled.add(control.id);
        removed++;
      } else {
        // The control first, keeping its content; then the template's paragraphs, no longer at its edges.
        writes.push(() => {
          control.proxy.delete(true);
          for (const i of inside) if (isGuidance(i)) read.paragraphs[i]!.delete();
        });
        handled.add(control.id);
        unwrapped++;
        keptParagraphs += learner.length;
      }
    }
    if (writes.length > 0) {
      if (isTracking(read.changeTrackingMode) && !options.trackChangesOff) throw trackChangesError("remove the guidance");
      untracked(context, read.changeTrackingMode, () => writes.forEach((w) => w()));
      await context.sync();
    }

    const total = removed + unwrapped;
    let message: string;
    if (total === 0) message = "There was no guidance to remove.";
    else if (keptParagraphs === 0) message = `Removed ${total} guidance ${total === 1 ? "block" : "blocks"}.`;
    else
      message = `Removed the guidance; ${keptParagraphs} ${keptParagraphs === 1 ? "paragraph" : "paragraphs"} you typed inside guidance blocks ${keptParagraphs === 1 ? "was" : "were"} kept as your text, so check ${keptParagraphs === 1 ? "it sits" : "they sit"} where you want.`;
    return { removed, unwrapped, keptParagraphs, message };
  });
}
