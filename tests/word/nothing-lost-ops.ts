/**
 * Every add-in operation that writes to the document, as the property tests run them against the
 * in-memory Word: the learner's, the tutor's and the centre's. Each takes the runner and the
 * document (for the selection a citation goes in at) and resolves when done; a refusal in one
 * sentence (WordActionError) is an outcome, not a failure.
 */
import { analyse } from "../../src/check/analyse";
import { centreCustomisation, centreTemplateOptions, centreUnit } from "../../src/centre/apply";
import { parseCentreTemplate } from "../../src/centre/parse";
import { createFormatter } from "../../src/harvard/format/harvard-format";
import { buildMarkSheet } from "../../src/marking/mark-sheet";
import type { Marking } from "../../src/marking/marking";
import type { MemoryDocument } from "../../src/word-memory/memory-word";
import { addFindingComments, removeFindingComments } from "../../src/word/finding-comments";
import { insertCentreTemplate } from "../../src/word/insert-centre-template";
import { insertMissingSections } from "../../src/word/insert-missing";
import { insertTemplate } from "../../src/word/insert-template";
import { insertCitation } from "../../src/word/citation-insert";
import { insertMarkSheet } from "../../src/word/mark-sheet";
import { saveMarking } from "../../src/word/marking-store";
import { updateReferenceList } from "../../src/word/reference-list";
import { removeGuidance } from "../../src/word/remove-guidance";
import { WordActionError, type WordRunner } from "../../src/word/word-runner";
import { NORTHGATE } from "../centre/fixtures";
import { SOURCES } from "../harvard/library/fixtures/sources";
import { unit } from "./helpers";

export const U = unit("8580-500");
const CENTRE = parseCentreTemplate(NORTHGATE);
const ENTRIES = createFormatter(SOURCES.slice(0, 3)).bibliography();
const MARKING: Marking = {
  unit: U.id,
  tutor: "Dr Tutor",
  date: "2026-11-29",
  grades: Object.fromEntries(U.criteria.map((c, i) => [c.id, { grade: i % 2 ? "pass" : "good-pass", rationale: `Rationale ${i} \u2014 “quoted”.` }])),
} as unknown as Marking;

export type OpName =
  | "insertTemplate"
  | "insertTemplateBare"
  | "insertMissing"
  | "removeGuidance"
  | "insertCitation"
  | "updateReferenceList"
  | "addFindings"
  | "removeFindings"
  | "saveGrades"
  | "insertMarkSheet"
  | "applyCentreTemplate";

export const OP_NAMES: readonly OpName[] = [
  "insertTemplate",
  "insertTemplateBare",
  "insertMissing",
  "removeGuidance",
  "insertCitation",
  "updateReferenceList",
  "addFindings",
  "removeFindings",
  "saveGrades",
  "insertMarkSheet",
  "applyCentreTemplate",
];

const OPS: Record<OpName, (word: WordRunner, doc: MemoryDocument) => Promise<unknown>> = {
  insertTemplate: (word) => insertTemplate(word, U, { guidance: true, coverSheet: true, lockHeadings: true }),
  insertTemplateBare: (word) => insertTemplate(word, U, { guidance: false, coverSheet: false, lockHeadings: false }),
  insertMissing: (word) => insertMissingSections(word, U, { guidance: true, lockHeadings: true }),
  removeGuidance: (word) => removeGuidance(word, U),
  insertCitation: (word) => insertCitation(word, [{ text: "(Whitmore, 2009)" }]),
  updateReferenceList: (word) => updateReferenceList(word, ENTRIES),
  addFindings: (word) => addFindingComments(word, (d) => analyse(d, { unit: U.id })),
  removeFindings: (word) => removeFindingComments(word),
  saveGrades: (word) => saveMarking(word, MARKING),
  insertMarkSheet: (word) => insertMarkSheet(word, buildMarkSheet(U, MARKING)),
  applyCentreTemplate: (word) => insertCentreTemplate(word, centreUnit(CENTRE), centreTemplateOptions(CENTRE), centreCustomisation(CENTRE), CENTRE),
};

/** Runs one operation; a one-sentence refusal is a normal outcome. Returns the refusal, if any. */
export async function runOp(name: OpName, word: WordRunner, doc: MemoryDocument): Promise<string | null> {
  try {
    await OPS[name](word, doc);
    return null;
  } catch (err) {
    if (err instanceof WordActionError) return err.message;
    throw err;
  }
}
