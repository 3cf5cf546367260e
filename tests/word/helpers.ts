import { getUnit } from "../../src/units/catalogue";
import type { Unit } from "../../src/units/types";
import { buildMemoryDocument, memoryWordRunner, snapshot, type MemoryDocument, type MemoryParagraphSpec, type ParagraphSnapshot } from "../../src/word-memory/memory-word";
import type { WordRunner } from "../../src/word/word-runner";

export function unit(id: string): Unit {
  const u = getUnit(id);
  if (!u) throw new Error(`unit ${id} missing from the catalogue`);
  return u;
}

/** Learner prose, deterministic, with a few traps: the word "guidance", AC-like numbers inside sentences. */
export function learnerText(i: number): string {
  const variants = [
    `Paragraph ${i}: in my organisation coaching is used for new managers.`,
    `Paragraph ${i}: my tutor's guidance was to focus on the GROW model (Whitmore, 2009).`,
    `Paragraph ${i}: as noted in 1.1 above, mentoring is longer term.`,
    `Paragraph ${i}:\tA tab, a quote \u201clike this\u201d and trailing spaces  `,
  ];
  return variants[i % variants.length]!;
}

export function prose(n: number, from = 0): MemoryParagraphSpec[] {
  return Array.from({ length: n }, (_, k) => ({ text: learnerText(from + k) }));
}

export function setup(paragraphs: MemoryParagraphSpec[], options: Parameters<typeof buildMemoryDocument>[1] = {}): { doc: MemoryDocument; word: WordRunner } {
  const doc = buildMemoryDocument(paragraphs, options);
  return { doc, word: memoryWordRunner(doc) };
}

/** Syncs an operation makes. */
export async function syncsOf(doc: MemoryDocument, op: () => Promise<unknown>): Promise<number> {
  const before = doc.syncTotal;
  await op();
  return doc.syncTotal - before;
}

/** The learner's paragraphs: those in no add-in control, identified by uid, with everything that matters. */
export function learnerParagraphs(snap: ParagraphSnapshot[], uids: Set<number>): ParagraphSnapshot[] {
  return snap.filter((p) => uids.has(p.uid));
}

export function uidsOf(doc: MemoryDocument): Set<number> {
  return new Set(snapshot(doc).map((p) => p.uid));
}

/** Heading 2 texts in document order. */
export function acHeadings(doc: MemoryDocument): string[] {
  return snapshot(doc)
    .filter((p) => p.styleBuiltIn === "Heading2")
    .map((p) => p.text);
}

import { buildTemplate, type TemplateOptions } from "../../src/core/template";

/**
 * A draft as the template would have made it, with some ACs left out and the
 * learner's answers written in. Heading controls can be locked as in Word.
 */
export function templateDraft(
  u: Unit,
  options: TemplateOptions & { skip?: Iterable<string>; answer?: (ac: string) => MemoryParagraphSpec[] },
): MemoryParagraphSpec[] {
  const skip = new Set(options.skip ?? []);
  const out: MemoryParagraphSpec[] = [];
  let n = 0;
  for (const b of buildTemplate(u, options)) {
    if (b.ac && skip.has(b.ac)) continue;
    if (b.kind === "answer" && b.ac && options.answer) {
      out.push(...options.answer(b.ac));
      continue;
    }
    for (const p of b.paragraphs) {
      out.push({
        text: p.text,
        style: p.style,
        bold: p.bold ?? false,
        italic: b.kind === "guidance",
        controls: b.tag ? [{ tag: b.tag, key: String(n), cannotEdit: b.lockable && options.lockHeadings, cannotDelete: b.lockable && options.lockHeadings }] : [],
      });
    }
    n++;
  }
  return out;
}

/** The answers kept in one table: a row per AC of `u` not in `skip`, its side-heading in the first cell and the learner's answer in the second. */
export function answerTableRows(u: Unit, skip: readonly string[]): MemoryParagraphSpec[] {
  return u.criteria.flatMap((c, row) =>
    skip.includes(c.id)
      ? []
      : [
          { text: `${c.id} ${c.wording}`, table: { table: 0, row, cell: 0 } },
          { text: `${c.id}: ${learnerText(row)}`, table: { table: 0, row, cell: 1 } },
        ],
  );
}
