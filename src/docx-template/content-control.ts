/**
 * A block-level content control (w:sdt) holding whole paragraphs, as Word writes the controls the
 * add-in inserts through Office.js (src/word/write-blocks.ts): a tag the pane and `ilm-check`
 * recognise, a title shown on the control's border, and a lock for side-headings. The `docx`
 * package has no public block content control, so this one is built from its own XML components
 * (FileChild, BuilderElement), which escape every value: no XML is written as text.
 */
import { BuilderElement, FileChild, StringValueElement, type Paragraph } from "docx";

export interface ContentControlOptions {
  tag: string;
  /** Shown by Word on the control's border (Office.js `title`, OOXML w:alias). */
  title?: string;
  /** Neither the control nor its content can be changed or deleted (Office.js cannotEdit + cannotDelete). */
  locked?: boolean;
  paragraphs: readonly Paragraph[];
}

export class BlockContentControl extends FileChild {
  constructor(options: ContentControlOptions) {
    super("w:sdt");
    const properties = [
      ...(options.title ? [new StringValueElement("w:alias", options.title)] : []),
      new StringValueElement("w:tag", options.tag),
      // ECMA-376 17.5.2.23: sdtContentLocked = the control cannot be deleted and its contents cannot be edited.
      ...(options.locked ? [new BuilderElement({ name: "w:lock", attributes: { val: { key: "w:val", value: "sdtContentLocked" } } })] : []),
    ];
    this.root.push(new BuilderElement({ name: "w:sdtPr", children: properties }));
    this.root.push(new BuilderElement({ name: "w:sdtContent", children: [...options.paragraphs] }));
  }
}
