/**
 * Defect 10 of issue 10: the typed subset of the Word API (src/word/word-api.ts) must accept exactly
 * the arguments the real API does, so the compiler catches a call Word would reject (such as
 * Range.getRange("Before")). word-runner.ts already proves the real RequestContext satisfies the
 * subset; these compile-time checks prove the other way round, argument by argument: each pair of
 * unions must be equal, not merely overlapping. `npm run lint` (tsc) fails when one drifts.
 */
import type {
  BreakType,
  ChangeTrackingMode,
  WBody,
  WContentControl,
  WDocument,
  WList,
  WParagraph,
  WRange,
} from "../../src/word/word-api";
import { buildMemoryDocument, memoryRun } from "../../src/word-memory/memory-word";

/** Enum members as their string values: Word.RangeLocation.before -> "Before". */
type Lit<T> = T extends string ? `${T}` : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Arg<F, N extends number = 0> = F extends (...args: infer P) => unknown ? Lit<NonNullable<P[N]>> : never;

// Where a location is given, our subset and Word's must agree exactly.
const rangeGetRange: Same<Arg<WRange["getRange"]>, Arg<Word.Range["getRange"]>> = true;
const paragraphGetRange: Same<Arg<WParagraph["getRange"]>, Arg<Word.Paragraph["getRange"]>> = true;
const controlGetRange: Same<Arg<WContentControl["getRange"]>, Arg<Word.ContentControl["getRange"]>> = true;
const bodyGetRange: Same<Arg<WBody["getRange"]>, Arg<Word.Body["getRange"]>> = true;
const bodyInsertParagraph: Same<Arg<WBody["insertParagraph"], 1>, Arg<Word.Body["insertParagraph"], 1>> = true;
const paragraphInsertParagraph: Same<Arg<WParagraph["insertParagraph"], 1>, Arg<Word.Paragraph["insertParagraph"], 1>> = true;
const rangeInsertParagraph: Same<Arg<WRange["insertParagraph"], 1>, Arg<Word.Range["insertParagraph"], 1>> = true;
const controlInsertParagraph: Same<Arg<WContentControl["insertParagraph"], 1>, Arg<Word.ContentControl["insertParagraph"], 1>> = true;
const paragraphInsertText: Same<Arg<WParagraph["insertText"], 1>, Arg<Word.Paragraph["insertText"], 1>> = true;
const rangeInsertText: Same<Arg<WRange["insertText"], 1>, Arg<Word.Range["insertText"], 1>> = true;
const controlInsertText: Same<Arg<WContentControl["insertText"], 1>, Arg<Word.ContentControl["insertText"], 1>> = true;
const rangeInsertBreakWhere: Same<Arg<WRange["insertBreak"], 1>, Arg<Word.Range["insertBreak"], 1>> = true;
const reviewedVersion: Same<Arg<WParagraph["getReviewedText"]>, Arg<Word.Paragraph["getReviewedText"]>> = true;
const trackingMode: Same<ChangeTrackingMode, Lit<Word.Document["changeTrackingMode"]>> = true;
const selectMode: Same<Arg<WParagraph["select"]>, Arg<Word.Paragraph["select"]>> = true;
const levelNumbering: Same<Arg<WList["setLevelNumbering"], 1>, Arg<Word.List["setLevelNumbering"], 1>> = true;
// Deliberately a subset: the add-in inserts only line and page breaks.
const breakTypes: BreakType extends Lit<Word.BreakType> ? true : false = true;
// The document's members the add-in reads exist on Word's Document with the same types.
const documentShape: Pick<Word.Document, "changeTrackingMode"> extends Pick<WDocument, "changeTrackingMode"> ? true : false = true;

describe("the typed Word API subset (defect 10)", () => {
  test("every location union matches Word's (checked by the compiler above)", () => {
    expect([
      rangeGetRange, paragraphGetRange, controlGetRange, bodyGetRange, bodyInsertParagraph, paragraphInsertParagraph,
      rangeInsertParagraph, controlInsertParagraph, paragraphInsertText, rangeInsertText, controlInsertText,
      rangeInsertBreakWhere, reviewedVersion, trackingMode, selectMode, levelNumbering, breakTypes, documentShape,
    ].every((x) => x === true)).toBe(true);
  });

  test("the in-memory Word rejects what Word rejects: Range.getRange('Before')", async () => {
    const doc = buildMemoryDocument([{ text: "a" }]);
    await expect(
      memoryRun(doc)(async (context) => {
        const r = context.document.body.paragraphs.getFirst().getRange("Whole");
        // Word.RangeLocation: "before" is "for content control only".
        (r as unknown as { getRange(l: string): WRange }).getRange("Before").load("text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
