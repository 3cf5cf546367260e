/**
 * Generated drafts for the benchmark: a unit's template filled with plausible
 * answer text (with citations and a reference list), at any length.
 */
import { makeParagraph, type DocParagraph, type DraftDocument } from "../src/model/document";
import type { Unit } from "../src/units/types";

const SENTENCES = [
  "Coaching is a process that enables learning and development to occur and thus performance to improve (Parsloe and Leedham, 2016).",
  "In my organisation this distinction matters because managers are expected to develop their teams while still delivering targets.",
  "Starr (2016) describes coaching as a conversation that unlocks a person's potential to maximise their own performance.",
  "Line managers in the contact centre often lack the time to hold regular sessions, which reduces the impact of any programme.",
  "The OSCAR model builds on GROW by adding explicit review of actions (Gilbert and Whittleworth, 2009).",
  "Feedback from two of my coachees confirmed that they valued being asked open questions rather than being told what to do.",
  "However, the evidence is mostly drawn from large private-sector firms, so it may not transfer directly to a public service.",
  "Evaluation can be carried out at the levels of reaction, learning, behaviour and results (Kirkpatrick and Kirkpatrick, 2006).",
];

const REFERENCES = [
  "Gilbert, A. and Whittleworth, K. (2009) The OSCAR coaching model. Monmouth: Worth Consulting.",
  "Kirkpatrick, D.L. and Kirkpatrick, J.D. (2006) Evaluating training programs: the four levels. 3rd edn. San Francisco: Berrett-Koehler.",
  "Parsloe, E. and Leedham, M. (2016) Coaching and mentoring: practical techniques for developing learning and performance. 3rd edn. London: Kogan Page.",
  "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.",
];

const WORDS_PER_SENTENCE = SENTENCES.map((s) => s.split(/\s+/).length);

/** About `words` words of answer paragraphs (~90 words each), starting at sentence `seed`. */
function answer(words: number, seed: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inParagraph = 0;
  let total = 0;
  for (let i = seed; total < words; i++) {
    const k = i % SENTENCES.length;
    current.push(SENTENCES[k]!);
    inParagraph += WORDS_PER_SENTENCE[k]!;
    total += WORDS_PER_SENTENCE[k]!;
    if (inParagraph >= 90) {
      paragraphs.push(current.join(" "));
      current = [];
      inParagraph = 0;
    }
  }
  if (current.length) paragraphs.push(current.join(" "));
  return paragraphs;
}

export interface GeneratedLine {
  text: string;
  headingLevel?: number;
  isTitle?: boolean;
}

/** The draft as lines (title, introduction, outcomes, ACs, conclusion, references). */
export function generateLines(unit: Unit, words: number): GeneratedLine[] {
  const lines: GeneratedLine[] = [{ text: `ILM Unit ${unit.unitNumber}: ${unit.title}`, isTitle: true }];
  const intro = Math.round(words * 0.05);
  const perAc = Math.round((words * 0.9) / unit.criteria.length);
  lines.push({ text: "Introduction", headingLevel: 1 }, ...answer(intro, 0).map((text) => ({ text })));
  let outcome = "";
  unit.criteria.forEach((c, k) => {
    if (c.outcome !== outcome) {
      outcome = c.outcome;
      lines.push({ text: `Task ${outcome}`, headingLevel: 1 });
    }
    lines.push({ text: `${c.id} ${c.wording}`, headingLevel: 2 }, ...answer(perAc, k).map((text) => ({ text })));
  });
  lines.push({ text: "Conclusion", headingLevel: 1 }, ...answer(intro, 3).map((text) => ({ text })));
  lines.push({ text: "References", headingLevel: 1 }, ...REFERENCES.map((text) => ({ text })));
  return lines;
}

export function generateDraft(unit: Unit, words: number): DraftDocument {
  const paragraphs: DocParagraph[] = generateLines(unit, words).map((l, index) => makeParagraph({ index, ...l }));
  return { paragraphs, source: `generated-${words}` };
}
