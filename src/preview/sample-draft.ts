import { TAG_PREFIX, Tags } from "../model/document";
import { getUnit } from "../units/catalogue";
import { buildMemoryDocument, memoryWordRunner, type MemoryDocument, type ParaData } from "../word-memory/memory-word";
import type { CslItem } from "../harvard/library/csl";
import { insertTemplate } from "../word/insert-template";
import { saveSources } from "../word/sources-save";

/**
 * The preview's sample: a learner's half-written 8580-500 report some weeks after inserting the
 * template. It is made the way a real one is: the add-in's own "Insert template" runs against the
 * in-browser Word, then the learner's edits are applied to the document directly, as typing in
 * Word would. The learner has answered the introduction, 1.1–1.3 and 2.1 (removing their guidance),
 * deleted 1.4 by mistake, left guidance under the other ACs, cited Starr, Clutterbuck, Whitmore
 * and Hawkins (who is missing from the reference list, which lists Kolb without citing him) and
 * half filled in the cover sheet. Their source library (saved in the document) holds the four books.
 */
export const SAMPLE_UNIT = "8580-500";

const ANSWERS: Record<string, string[]> = {
  intro: [
    "I work as a team leader in the customer contact centre of a regional housing association with around 450 staff. The organisation introduced an internal coaching programme two years ago, and I have been asked to help extend it to first-line managers. This report sets out the business case for coaching and mentoring to the Senior Management Team.",
  ],
  "1.1": [
    "Starr (2016) defines coaching as a conversation, or series of conversations, that one person has with another, where the coach intends to produce a conversation that benefits the coachee in a way that relates to their learning and progress. In an organisation this usually means a structured, time-limited relationship focused on performance in the current role.",
    "Mentoring, by contrast, is described as off-line help by one person to another in making significant transitions in knowledge, work or thinking (Clutterbuck, 2014). The mentor is usually more senior or experienced and the relationship often lasts longer, with a focus on career and personal development.",
    "The two approaches share several features. Both rely on a trusting, confidential relationship, and both use questioning and active listening to help the individual find their own solutions. They differ in that coaching is usually short term and tied to specific goals, while mentoring is longer term and broader; a coach need not have experience of the coachee's role, whereas a mentor normally does (Starr, 2016).",
  ],
  "1.2": [
    "Our culture is still largely directive, and several managers see coaching as a soft option. Research suggests that coaching works best where senior leaders model it themselves (Hawkins, 2012), so sponsorship from the Senior Management Team will be essential. Our flat structure helps, because coaches and coachees can meet across teams without lengthy approval.",
  ],
  "1.3": [
    "For individuals, coaching builds confidence and helps new managers take ownership of their development. For the organisation, it supports retention and improves performance against service targets; Whitmore (2017) argues that performance improves when people are helped to raise their own awareness and responsibility.",
  ],
  "2.1": [
    "An effective coach needs knowledge of coaching models and of the organisation, skills in listening, questioning and giving feedback, and behaviours such as patience and respect for confidentiality.",
  ],
};

/** Guidance the learner has already deleted (the sections they answered, except 1.2 where it was left in). */
const GUIDANCE_REMOVED = ["intro", "outcome-1", "1.1", "1.3", "2.1"];

const REFERENCES = [
  "Clutterbuck, D. (2014) Everyone needs a mentor. 5th edn. London: CIPD.",
  "Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
  "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.",
  "Whitmore, J. (2017) Coaching for performance. 5th edn. London: Nicholas Brealey.",
];

/** The learner's source library, kept in the document: the reference list's books (Hawkins is not in it yet). */
const SOURCES: CslItem[] = [
  book("clutterbuck2014", "Clutterbuck", "D.", 2014, "Everyone needs a mentor", "5", "London", "CIPD"),
  book("kolb1984", "Kolb", "D.A.", 1984, "Experiential learning", undefined, "Englewood Cliffs, NJ", "Prentice Hall"),
  book("starr2016", "Starr", "J.", 2016, "The coaching manual", "4", "Harlow", "Pearson"),
  book("whitmore2017", "Whitmore", "J.", 2017, "Coaching for performance", "5", "London", "Nicholas Brealey"),
];

function book(id: string, family: string, given: string, year: number, title: string, edition: string | undefined, place: string, publisher: string): CslItem {
  return {
    id,
    type: "book",
    author: [{ family, given }],
    issued: { "date-parts": [[year]] },
    title,
    ...(edition ? { edition } : {}),
    "publisher-place": place,
    publisher,
  };
}

const COVER: Array<[string, string]> = [
  ["Learner name:", "Learner name: Priya Shah"],
  ["Centre name:", "Centre name: Northgate Training"],
];

const hasTag = (p: ParaData, tag: string) => p.controls.some((c) => c.tag === tag);

/** The answer paragraph the template left for `ac`: the first plain paragraph after its heading and guidance. */
function answerSlot(memory: MemoryDocument, ac: string): ParaData | undefined {
  const paras = memory.paragraphs;
  const start =
    ac === "intro"
      ? paras.findIndex((p) => p.text === "Introduction")
      : paras.findIndex((p) => hasTag(p, Tags.heading(ac)));
  if (start < 0) return undefined;
  return paras.slice(start + 1).find((p) => p.controls.length === 0);
}

function write(memory: MemoryDocument, slot: ParaData, texts: string[]): void {
  slot.text = texts[0];
  let after = slot;
  for (const t of texts.slice(1)) after = memory.insertAfterParagraph(after, t);
}

/** Removes paragraphs as a learner selecting and deleting them would (locks were off at the time). */
function remove(memory: MemoryDocument, doomed: (p: ParaData) => boolean): void {
  for (const p of memory.paragraphs.filter(doomed)) {
    p.deleted = true;
    for (const c of p.controls) if (!memory.paragraphs.some((q) => q !== p && !doomed(q) && q.controls.includes(c))) c.deleted = true;
  }
  memory.paragraphs = memory.paragraphs.filter((p) => !p.deleted);
}

export async function buildSampleDraft(): Promise<MemoryDocument> {
  const unit = getUnit(SAMPLE_UNIT);
  const memory = buildMemoryDocument([]);
  if (!unit) return memory;
  const word = memoryWordRunner(memory);
  await insertTemplate(word, unit, {
    guidance: true,
    coverSheet: true,
    lockHeadings: true,
  });

  for (const [ac, texts] of Object.entries(ANSWERS)) {
    const slot = answerSlot(memory, ac);
    if (slot) write(memory, slot, texts);
  }
  const refsHeading = memory.paragraphs.findIndex((p) => p.text === "References");
  const refsSlot = memory.paragraphs.slice(refsHeading + 1).find((p) => p.controls.length === 0);
  if (refsSlot) write(memory, refsSlot, REFERENCES);

  for (const p of memory.paragraphs) {
    if (!hasTag(p, Tags.cover)) continue;
    const filled = COVER.find(([label]) => p.text === label);
    if (filled) p.text = filled[1];
  }

  // 1.4 went when the learner cut a paragraph too many: heading, guidance and answer slot.
  const h14 = memory.paragraphs.findIndex((p) => hasTag(p, Tags.heading("1.4")));
  const h15 = memory.paragraphs.findIndex((p) => hasTag(p, Tags.heading("1.5")));
  if (h14 >= 0 && h15 > h14) {
    const section = new Set(memory.paragraphs.slice(h14, h15));
    remove(memory, (p) => section.has(p));
  }
  remove(memory, (p) => p.controls.some((c) => GUIDANCE_REMOVED.some((g) => c.tag === `${TAG_PREFIX}guidance:${g}`)));
  await saveSources(word, { version: 1, items: SOURCES });
  memory.selection = null;
  return memory;
}
