/**
 * The unit's template as a Word file: the same blocks the pane inserts (src/core/template.ts),
 * written with the `docx` package in the same shape as src/word/write-blocks.ts writes them in
 * Word: built-in Title, Heading 1 and Heading 2 styles (so the navigation pane lists the
 * headings), each tagged block in its own content control (side-headings locked when asked),
 * guidance in grey italics, answers as empty Normal paragraphs outside every control. A template
 * made from a centre template also carries it in the add-in's data part, so the learner's check
 * follows the centre's settings in Word and in `ilm-check`.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from "docx";
import { buildTemplate, type TemplateBlock, type TemplateCustomisation, type TemplateOptions, type TemplateParagraph } from "../core/template";
import type { Unit } from "../units/types";
import { BlockContentControl } from "./content-control";
import { addStorePart } from "./store-part";

/** The grey of the pane's guidance (src/word/write-blocks.ts GUIDANCE_COLOUR), without the "#". */
export const GUIDANCE_COLOUR_HEX = "595959";

export interface TemplateDocxInput {
  unit: Unit;
  options: TemplateOptions;
  custom?: TemplateCustomisation;
  /** Entries for the add-in's data part (e.g. the centre template); none when absent. */
  store?: Record<string, unknown>;
  /** Document title and author in the file's properties. */
  title?: string;
  creator?: string;
}

const HEADING = {
  Title: HeadingLevel.TITLE,
  Heading1: HeadingLevel.HEADING_1,
  Heading2: HeadingLevel.HEADING_2,
} as const;

function paragraph(spec: TemplateParagraph, guidance: boolean): Paragraph {
  const runs = spec.text === "" ? [] : [new TextRun({ text: spec.text, bold: spec.bold ?? false, italics: guidance, ...(guidance ? { color: GUIDANCE_COLOUR_HEX } : {}) })];
  return new Paragraph({
    ...(spec.style !== "Normal" ? { heading: HEADING[spec.style] } : {}),
    children: runs,
  });
}

function blockChildren(block: TemplateBlock, options: TemplateOptions): FileChild[] {
  const guidance = block.kind === "guidance";
  const paragraphs = block.paragraphs.map((p) => paragraph(p, guidance));
  if (!block.tag) return paragraphs;
  return [
    new BlockContentControl({
      tag: block.tag,
      ...(block.title ? { title: block.title } : {}),
      locked: block.lockable && options.lockHeadings,
      paragraphs,
    }),
  ];
}

/** The template as .docx bytes. */
export async function templateDocx(input: TemplateDocxInput): Promise<Uint8Array> {
  const blocks = buildTemplate(input.unit, input.options, input.custom ?? {});
  const document = new Document({
    creator: input.creator ?? "ILM Assignment Assistant",
    title: input.title ?? `${input.unit.unitNumber} ${input.unit.title}`,
    description: `ILM assignment template for unit ${input.unit.unitNumber}`,
    styles: {
      default: {
        // Outline levels, so every application's navigation pane lists the headings.
        heading1: { paragraph: { outlineLevel: 0 } },
        heading2: { paragraph: { outlineLevel: 1 } },
      },
    },
    sections: [{ children: blocks.flatMap((b) => blockChildren(b, input.options)) }],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return input.store && Object.keys(input.store).length > 0 ? addStorePart(bytes, input.store) : bytes;
}
