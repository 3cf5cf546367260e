/**
 * Builds a DraftDocument from a compact description, one line per paragraph:
 *   "# Task 1"          Heading 1 ("## ..." Heading 2, and so on)
 *   "**1.1 Define**"    a wholly bold paragraph
 *   "| 1.1 Define | answer |"  a table row, one paragraph per cell (rows of one "|" table
 *                       run together until a line that is not a row)
 *   "title: ..."        the Title style
 *   "cover: ..."        inside the add-in's cover sheet
 *   "guidance[1.1]: ..." inside the add-in's guidance block for 1.1
 *   anything else       a body paragraph
 * or a partial DocParagraph for anything unusual (tags, nested roles).
 */
import { makeParagraph, roleFromTags, Tags, type DocParagraph, type DraftDocument } from "../../src/model/document";

export type Line = string | (Partial<DocParagraph> & { text: string });

export function draft(lines: readonly Line[], source = "test"): DraftDocument {
  const paragraphs: DocParagraph[] = [];
  let table = -1;
  let row = 0;
  let inTable = false;
  const add = (p: Partial<DocParagraph> & { text: string }) =>
    paragraphs.push(makeParagraph({ ...p, index: paragraphs.length, role: p.role ?? roleFromTags(p.tags ?? []) }));

  for (const line of lines) {
    if (typeof line !== "string") {
      inTable = false;
      add(line);
      continue;
    }
    const tableRow = /^\|(.*)\|\s*$/.exec(line);
    if (tableRow) {
      if (!inTable) {
        table++;
        row = 0;
        inTable = true;
      } else row++;
      tableRow[1]!.split("|").forEach((cell, c) => {
        // "\n" inside a cell separates its paragraphs.
        for (const text of cell.split("\\n")) add({ text: text.trim(), table: { table, row, cell: c } });
      });
      continue;
    }
    inTable = false;
    const heading = /^(#{1,9}) (.*)$/.exec(line);
    const bold = /^\*\*(.*)\*\*$/.exec(line);
    const guidance = /^guidance\[([^\]]+)\]: (.*)$/.exec(line);
    if (heading) add({ text: heading[2]!, headingLevel: heading[1]!.length });
    else if (bold) add({ text: bold[1]!, bold: true });
    else if (line.startsWith("title: ")) add({ text: line.slice(7), isTitle: true });
    else if (line.startsWith("cover: ")) add({ text: line.slice(7), tags: [Tags.cover] });
    else if (guidance) add({ text: guidance[2]!, tags: [Tags.guidance(guidance[1]!)] });
    else add({ text: line });
  }
  return { paragraphs, source };
}
