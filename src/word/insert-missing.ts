/**
 * "Insert missing sections": adds the side-heading (plus guidance, if chosen,
 * and an empty answer paragraph) of every AC the draft lacks, each in its
 * place in AC order, and touches nothing else.
 *
 * Where an AC goes, in order of preference:
 *  1. before the next present AC of the same learning outcome;
 *  2. after the section of the previous present AC of the same outcome;
 *  3. after the section under the outcome's own heading;
 *  4. after the section of the previous present AC of any outcome;
 *  5. before the next present AC (or before its outcome heading);
 *  6. before the reference list or appendices, else at the end.
 * Present ACs are recognised by the checker's rules (present-acs.ts).
 *
 * A draft that keeps its answers in a table gets the new sections just outside
 * that table: Word cannot add a heading inside a cell without adding a row,
 * which would change the learner's table.
 */
import type { DraftDocument } from "../model/document";
import { TAG_PREFIX } from "../model/document";
import type { Section } from "../model/sections";
import { acBlocks, type TemplateCustomisation, type TemplateOptions } from "../core/template";
import type { Criterion, Unit } from "../units/types";
import { unitName } from "../units/unit-name";
import { runInWord, type WordRunner } from "./word-runner";
import { otherSections, presentAcs, sectionEnd, type PresentAc } from "./present-acs";
import { readInContext, readOptionsFor, type DocumentRead } from "./read-document";
import { requireBaseline } from "./requirements";
import { writeBlocks, type InsertPoint } from "./write-blocks";
import { isTracking, LOCKS_SKIPPED_NOTE } from "./track-changes";
import { otherUnitOf } from "../core/document-unit";
import { UNITS } from "../units/catalogue";
import { mixedUnitsMessage } from "./mixed-units";
import type { WParagraph } from "./word-api";

export interface InsertMissingResult {
  /** Nothing was written because the document belongs to another unit; the message says what to do. */
  refused?: true;
  /** AC ids inserted, in unit order. */
  inserted: string[];
  /** ACs placed just outside a table because their neighbours were inside one. */
  besideTable: string[];
  message: string;
}

/** A place in the document, by paragraph index, before any write. */
type Anchor = { where: "before" | "after"; index: number } | { where: "start" } | { where: "end" };

function anchorKey(a: Anchor): string {
  return a.where === "start" || a.where === "end" ? a.where : `${a.where}:${a.index}`;
}

const OUTCOME_TAG = `${TAG_PREFIX}outcome:`;

/**
 * The section opened by the heading of learning outcome `id`: the add-in's tagged heading, or "Learning outcome 1",
 * "LO1", "Task 1", "1 Title" as a heading, or "Task 1" typed in bold (which the section finder takes as a heading too:
 * a section of kind "other" opened by a paragraph of no heading level is one of its structural titles).
 */
function outcomeSection(sections: readonly Section[], id: string): Section | undefined {
  const numbered = new RegExp(`^\\s*(?:(?:learning\\s+)?outcome|lo|task|section|part)?\\s*${id}(?![\\d.])\\b`, "i");
  return sections.find((s) => {
    const h = s.heading;
    // An equivalent mutant (issue 14): only an "other" section's heading can read as an outcome's; an AC's
    // side-heading starts with its AC number ("2.1", refused by the lookahead) or its wording, and a reference
    // list's or an appendix's heading starts with its own word.
    if (s.kind !== "other" || !h) return false;
    if (h.tags.includes(`${OUTCOME_TAG}${id}`)) return true;
    return numbered.test(h.text);
  });
}

function chooseAnchor(c: Criterion, unit: Unit, present: Map<string, PresentAc>, others: readonly Section[], doc: DraftDocument): Anchor {
  const order = unit.criteria;
  const k = order.findIndex((x) => x.id === c.id);
  const before = order.slice(0, k).reverse();
  const after = order.slice(k + 1);
  const sameOutcome = (x: Criterion) => x.outcome === c.outcome && present.has(x.id);

  const nextSame = after.find(sameOutcome);
  if (nextSame) return { where: "before", index: present.get(nextSame.id)!.heading };
  const prevSame = before.find(sameOutcome);
  if (prevSame) return { where: "after", index: present.get(prevSame.id)!.end };
  const own = outcomeSection(others, c.outcome);
  if (own) return { where: "after", index: sectionEnd(own) };
  const prevAny = before.find((x) => present.has(x.id));
  if (prevAny) return { where: "after", index: present.get(prevAny.id)!.end };
  const nextAny = after.find((x) => present.has(x.id));
  if (nextAny) {
    const heading = present.get(nextAny.id)!.heading;
    const theirs = outcomeSection(others, nextAny.outcome);
    // An outcome's heading and an AC's are never one paragraph, so `<` and `<=` agree (an equivalent mutant, issue 14).
    if (theirs?.heading && theirs.heading.index < heading) return { where: "before", index: theirs.heading.index };
    return { where: "before", index: heading };
  }
  const tail = others.find((s) => s.heading && (s.kind === "references" || s.kind === "bibliography" || s.kind === "appendix"));
  if (tail?.heading) return { where: "before", index: tail.heading.index };
  return doc.paragraphs.length ? { where: "end" } : { where: "start" };
}

/** Moves an anchor inside a table to just outside it. Returns null when it was not in a table. */
function outsideTable(a: Anchor, doc: DraftDocument): Anchor | null {
  if (a.where !== "before" && a.where !== "after") return null;
  const ps = doc.paragraphs;
  // Every anchor's index is a paragraph of the document, so `?.` never applies (an equivalent mutant, issue 14).
  if (!ps[a.index]?.table) return null;
  if (a.where === "after") {
    let j = a.index;
    while (j + 1 < ps.length && ps[j + 1]!.table) j++;
    return j + 1 < ps.length ? { where: "before", index: j + 1 } : { where: "end" };
  }
  let j = a.index;
  while (j - 1 >= 0 && ps[j - 1]!.table) j--;
  return j > 0 ? { where: "after", index: j - 1 } : { where: "start" };
}

/**
 * The Office.js insertion point for an anchor. Inserting "after" the last
 * paragraph of a content control would land inside that control (and fail
 * when it is locked), so the outermost control ending (or starting) there is
 * used instead.
 */
function insertPoint(a: Anchor, read: DocumentRead, body: import("./word-api").WBody): InsertPoint {
  if (a.where === "start") return { kind: "body", target: body, location: "Start" };
  if (a.where === "end") return { kind: "body", target: body, location: "End" };
  // Out of the in-memory Word's reach (issue 14): it follows office-js #3176, where Paragraph.insertParagraph
  // at a control's edge already lands outside the control, so going through the control or the paragraph gives
  // the same document there and the mutants of this loop (no stack, no control, either edge test) survive. The
  // control is kept because Word's reference does not promise #3176's behaviour. stacks has an entry for every
  // paragraph, and the in-memory Word lists every control of a stack in body.contentControls, so `?? []` and
  // `if (!c)` never apply there (equivalent mutants).
  const stack = read.stacks[a.index] ?? [];
  for (const id of stack) {
    const c = read.controls.get(id);
    if (!c) continue;
    if (a.where === "after" && c.last === a.index) return { kind: "control", target: c.proxy, location: "After" };
    if (a.where === "before" && c.first === a.index) return { kind: "control", target: c.proxy, location: "Before" };
  }
  return { kind: "paragraph", target: read.paragraphs[a.index]!, location: a.where === "after" ? "After" : "Before" };
}

function list(ids: string[]): string {
  // join("") joins at most one id, so its separator is never written (an equivalent mutant, issue 14).
  return ids.length <= 1 ? ids.join("") : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

export async function insertMissingSections(
  word: WordRunner,
  unit: Unit,
  requested: Pick<TemplateOptions, "guidance" | "lockHeadings">,
  /** A centre template's additions: its guidance goes in with the missing sections. */
  custom: TemplateCustomisation = {},
): Promise<InsertMissingResult> {
  requireBaseline(word);
  return runInWord(word, "insert the missing sections", async (context) => {
    // "Word" only labels read.doc.source, which nothing here reads (an equivalent mutant, issue 14).
    const read = await readInContext(context, "Word", readOptionsFor(word));
    // Locked content with tracked insertions is a revision nobody can accept (office-js #2886).
    const tracking = isTracking(read.changeTrackingMode) && requested.lockHeadings;
    const options = tracking ? { ...requested, lockHeadings: false } : requested;
    const doc = read.doc;
    // Another unit's side-headings share this unit's AC numbers: splicing between them mixes two units.
    const other = otherUnitOf(doc, unit, UNITS);
    if (other) return { refused: true, inserted: [], besideTable: [], message: mixedUnitsMessage(other, unit, "missing sections") };
    const present = presentAcs(doc, unit);
    const missing = unit.criteria.filter((c) => !present.has(c.id));
    if (missing.length === 0) {
      return { inserted: [], besideTable: [], message: `Nothing to insert: every side-heading of unit ${unitName(unit)} is already in the document.` };
    }
    const others = otherSections(doc, unit);

    // Group by anchor, keeping unit order inside each group.
    const groups = new Map<string, { anchor: Anchor; criteria: Criterion[] }>();
    const besideTable: string[] = [];
    for (const c of missing) {
      let anchor = chooseAnchor(c, unit, present, others, doc);
      const moved = outsideTable(anchor, doc);
      if (moved) {
        anchor = moved;
        besideTable.push(c.id);
      }
      const key = anchorKey(anchor);
      const g = groups.get(key) ?? { anchor, criteria: [] };
      g.criteria.push(c);
      groups.set(key, g);
    }

    const body = context.document.body;
    let firstHeading: WParagraph | undefined;
    for (const { anchor, criteria } of groups.values()) {
      const blocks = criteria.flatMap((c) => acBlocks(c, options, custom));
      const { written } = writeBlocks(insertPoint(anchor, read, body), blocks, options);
      // Every group holds an AC, whose blocks start with its heading, so `?.` never applies (an equivalent mutant, issue 14).
      firstHeading ??= written[0]?.paragraphs[0];
    }
    // Word scrolls to the first new side-heading; the cursor waits at its start, nothing selected.
    firstHeading?.select("Start");
    await context.sync();

    const inserted = missing.map((c) => c.id);
    const note = besideTable.length
      ? ` (${list(besideTable)} went just outside your table, so move ${besideTable.length === 1 ? "it" : "them"} into a row if you prefer)`
      : "";
    return {
      inserted,
      besideTable,
      message: `Inserted the side-headings for ${list(inserted)} in AC order${note}; your own text is unchanged.${tracking ? LOCKS_SKIPPED_NOTE : ""}`,
    };
  });
}
