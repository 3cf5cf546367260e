/**
 * "Insert mark sheet": the tutor's grades as a Word table at the end of the document, inside a
 * content control the add-in owns (tag "ilm:mark-sheet"), so inserting it again replaces it in
 * place and the checks never take it for the learner's answer (src/model/document.ts gives its
 * paragraphs the role "mark-sheet"). The sheet is drawn from the grades saved in the document;
 * edits made in the table are replaced the next time it is inserted.
 *
 * Two syncs whatever the document's size: find the old sheet; write the new one and delete the old.
 * The new sheet goes in just before the old one, so it keeps its place if the tutor moved it.
 */
import { Tags } from "../model/document";
import { footerLines, type MarkSheet } from "../marking/mark-sheet";
import { requireBaseline } from "./requirements";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import type { WParagraph } from "./word-api";
import { TEXT_COLOUR } from "./write-blocks";

export const MARK_SHEET_CONTROL_TITLE = "Mark sheet (ILM Assignment Assistant)";

/** A paragraph the add-in writes: its own style, none of the neighbour's formatting (Word copies it, as Enter does). */
function plain(p: WParagraph, style: "Normal" | "Heading1"): WParagraph {
  p.styleBuiltIn = style;
  p.leftIndent = 0;
  p.firstLineIndent = 0;
  p.font.bold = false;
  p.font.italic = false;
  // a heading's colour is left to its style (the theme's); body text is black, whatever the learner's last paragraph was.
  // The in-memory Word has no style colours: there the heading keeps the colour it copied from the paragraph before
  // it, and the Normal lines, inserted after it, copy that. So colouring the heading black as well, or it alone, shows
  // only in that copied colour, which no test should pin (two surviving mutants, as in write-blocks.ts).
  if (style === "Normal") p.font.color = TEXT_COLOUR;
  return p;
}

/**
 * Word on the Mac refuses to insert a content control while a comment is selected in the
 * comments pane (office-js #6046, https://github.com/OfficeDev/office-js/issues/6046), which a
 * tutor who has just been commenting may well have: a general failure says what to try.
 */
export const COMMENT_SELECTED_HINT = "If a comment is selected, click in the document's text and try again.";

export async function insertMarkSheet(word: WordRunner, sheet: MarkSheet): Promise<{ replaced: boolean; message: string }> {
  requireBaseline(word);
  try {
    return await writeMarkSheet(word, sheet);
  } catch (error) {
    if (error instanceof WordActionError && error.reason === "failed") {
      throw new WordActionError(`${error.message} ${COMMENT_SELECTED_HINT}`, error.reason, error.officeCode);
    }
    throw error;
  }
}

function writeMarkSheet(word: WordRunner, sheet: MarkSheet): Promise<{ replaced: boolean; message: string }> {
  return runInWord(word, "insert the mark sheet", async (context) => {
    const body = context.document.body;
    const existing = body.contentControls.getByTag(Tags.markSheet);
    // (an emptied load loads every scalar property, as load() does: a surviving mutant)
    existing.load("items/id");
    await context.sync();

    const old = existing.items;
    const heading = plain(old[0] ? old[0].insertParagraph(sheet.title, "Before") : body.insertParagraph(sheet.title, "End"), "Heading1");
    const unitLine = plain(heading.insertParagraph(sheet.unitLine, "After"), "Normal");
    // (buildMarkSheet always gives the header row, and the total and outcome lines under the table)
    const columns = sheet.table[0]!.length;
    const table = unitLine.insertTable(sheet.table.length, columns, "After", sheet.table);
    table.headerRowCount = 1;
    table.styleBuiltIn = "TableGrid";
    const [first, ...more] = footerLines(sheet);
    let last = plain(table.insertParagraph(first!, "After"), "Normal");
    for (const line of more) last = plain(last.insertParagraph(line, "After"), "Normal");
    const control = heading.getRange("Whole").expandTo(last.getRange("Whole")).insertContentControl();
    control.tag = Tags.markSheet;
    control.title = MARK_SHEET_CONTROL_TITLE;
    control.appearance = "BoundingBox";
    // Ours to replace, even if someone locked it since. (The in-memory Word lets a control whose content is
    // locked be deleted, so unlocking cannotEdit first shows no difference there: a surviving mutant.)
    for (const c of old) {
      c.cannotDelete = false;
      c.cannotEdit = false;
      c.delete(false);
    }
    await context.sync();
    return {
      replaced: old.length > 0,
      message: old.length > 0 ? "Replaced the mark sheet at the end of the document." : "Inserted the mark sheet at the end of the document.",
    };
  });
}
