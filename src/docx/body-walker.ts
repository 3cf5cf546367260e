import { isBodyParagraph, makeParagraph, roleFromTags, type DocParagraph, type ParagraphPart, type TableCellRef, type UnreadContent } from "../model/document";
import type { AltChunkResult } from "./alt-chunk";
import type { Numbering } from "./numbering";
import { outlineToLevel, readNumPr, type StyleSheet } from "./styles";
import { MATH_NS, MC_NS, isW, onOff, wAttr, wChild, type XElement } from "./xml";

/**
 * Walks a w:body once, in document order, turning paragraphs into
 * DocParagraphs. State that spans paragraphs (open fields, content-control
 * tags, table cells, a paragraph whose mark was deleted) lives here.
 * The choices it makes are listed on readDocx (read-docx.ts).
 */

const ELEMENT_NODE = 1;
const SOFT_HYPHEN = /\u00AD/g;

/** Text and run facts gathered for one paragraph (or several joined by deleted marks). */
interface ParaText {
  parts: string[];
  /** The parts that are not a content control's placeholder text. */
  ownParts: string[];
  /** Some run had visible non-space text. */
  hasText: boolean;
  /** Some visible text was the learner's own (not placeholder text). */
  hasOwnText: boolean;
  /** Some visible text was a content control's placeholder text (w:showingPlcHdr). */
  hasPlaceholder: boolean;
  /** Every run with visible non-space text was bold. */
  allBold: boolean;
  /** Inline content-control tags common to all visible text (null: no text seen yet). */
  inlineTags: string[] | null;
  /** Notes referenced and text boxes anchored in the paragraph, read once the body is done. */
  anchored: Array<{ part: ParagraphPart; content: XElement }>;
  /** Only when origins are kept: the w:p elements read and the element behind each part of the text. */
  elements: XElement[];
  pieces: TextPiece[];
}

function newParaText(): ParaText {
  return { parts: [], ownParts: [], hasText: false, hasOwnText: false, hasPlaceholder: false, allBold: true, inlineTags: null, anchored: [], elements: [], pieces: [] };
}

/** A stretch of a paragraph's text and the element it was read from (w:t, w:tab, w:sym, m:t ...). */
export interface TextPiece {
  node: XElement;
  text: string;
  /** False for a content control's placeholder text (left out of the text beside the learner's own). */
  own: boolean;
}

/**
 * Where a paragraph of the model came from in the XML, for writers (src/docx/write-comments.ts):
 * its w:p elements (several when deleted paragraph marks joined them) and its text piece by piece,
 * the pieces' texts adding up to the paragraph's `text`.
 */
export interface ParagraphOrigin {
  elements: XElement[];
  pieces: TextPiece[];
}

/** What the walker reads besides the body: list numbering, notes, embedded documents. */
export interface WalkerSources {
  numbering?: Numbering;
  /** The w:footnote / w:endnote with this id, or null. */
  note?: (part: "footnote" | "endnote", id: string) => XElement | null;
  /** The paragraphs of a w:altChunk (an embedded document Word imports on opening), or what could not be read. */
  altChunk?: (el: XElement) => AltChunkResult;
}

export class BodyWalker {
  readonly paragraphs: DocParagraph[] = [];
  private readonly blockTags: string[] = [];
  private readonly inlineTags: string[] = [];
  private readonly cells: TableCellRef[] = [];
  private tableCount = 0;
  /** Complex fields open at this point: true while in the instruction part. */
  private readonly fields: boolean[] = [];
  private fieldsInInstruction = 0;
  /** A paragraph whose mark was deleted, waiting to join the next one. */
  private carry: { text: ParaText; tags: string[]; cell?: TableCellRef } | null = null;
  private para: ParaText = newParaText();
  private paraStyle: string | null = null;
  /** Depth of content controls showing their placeholder text (and of runs styled as placeholder text in a control). */
  private placeholderDepth = 0;
  /** Depth of content controls of any kind. */
  private sdtDepth = 0;
  /** Set while reading a note or text box: its part and the body paragraph of its anchor. */
  private part: { part: ParagraphPart; anchor: number } | null = null;
  /** Notes and text boxes waiting to be read, in the order of their anchors. */
  private readonly deferred: Array<{ part: ParagraphPart; anchor: number; content: XElement }> = [];
  private readonly notesSeen = new Set<XElement>();
  /** Notes and text boxes of embedded documents (w:altChunk), already read. */
  private readonly chunkAnchored: DocParagraph[] = [];
  /** What could not be read, for the report. */
  readonly unread: UnreadContent[] = [];
  /**
   * With `keepOrigins`, each paragraph's origin by its index (none for the paragraphs of an
   * embedded document, which are not in this package's XML). Off for plain reading: it costs.
   */
  readonly origins: Array<ParagraphOrigin | undefined> = [];

  constructor(
    private readonly styles: StyleSheet,
    private readonly sources: WalkerSources = {},
    private readonly keepOrigins = false,
  ) {}

  /**
   * Reads the notes and text boxes anchored in the body, after it, each as
   * paragraphs with its part and anchor (Word's Word Count includes them).
   */
  readAnchored(): void {
    for (let i = 0; i < this.deferred.length; i++) {
      const { part, anchor, content } = this.deferred[i]!;
      this.part = { part, anchor };
      this.block(content);
      this.flushCarry();
    }
    this.part = null;
    for (const p of this.chunkAnchored) this.paragraphs.push({ ...p, index: this.paragraphs.length });
  }

  /** Block-level content: body, cell, content-control content, custom XML. */
  block(container: XElement): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const el = n as XElement;
      if (el.namespaceURI === MC_NS) {
        const chosen = el.localName === "AlternateContent" ? chooseAlternate(el) : null;
        if (chosen) this.block(chosen);
        continue;
      }
      if (!isW(el)) continue;
      switch (el.localName) {
        case "p":
          this.paragraph(el);
          break;
        case "tbl":
          this.table(el);
          break;
        case "sdt":
          this.withTag(el, () => {
            const content = wChild(el, "sdtContent");
            if (content) this.block(content);
          });
          break;
        case "customXml":
        case "ins":
        case "moveTo":
          this.block(el);
          break;
        case "altChunk":
          this.altChunk(el);
          break;
        default:
          // w:del, w:moveFrom (gone once accepted), w:sectPr, bookmarks ...
          break;
      }
    }
  }

  flushCarry(): void {
    if (!this.carry) return;
    const { text, tags, cell } = this.carry;
    this.carry = null;
    this.emit(text, tags, cell, null, null);
  }

  /**
   * An embedded document (w:altChunk: HTML, text or another .docx) that Word imports
   * into the body when it opens the file, so its paragraphs are body paragraphs.
   */
  private altChunk(el: XElement): void {
    const read = this.sources.altChunk?.(el);
    if (!read) return;
    this.flushCarry();
    const here = Math.max(0, this.paragraphs.length - 1);
    if ("what" in read) {
      this.unread.push({ what: read.what, paragraph: here });
      return;
    }
    // The chunk's body paragraphs take their place here; its notes and text boxes join the
    // outer document's, after the body, anchored to where their paragraphs now are.
    const moved = new Map<number, number>();
    for (const p of read.paragraphs) {
      if (!isBodyParagraph(p)) continue;
      moved.set(p.index, this.paragraphs.length);
      const copy: DocParagraph = { ...p, index: this.paragraphs.length, tags: [...this.blockTags, ...p.tags] };
      if (p.table) copy.table = { ...p.table, table: p.table.table + this.tableCount };
      this.paragraphs.push(copy);
    }
    for (const p of read.paragraphs) {
      if (isBodyParagraph(p)) continue;
      this.chunkAnchored.push({ ...p, anchor: moved.get(p.anchor ?? -1) ?? here });
    }
    for (const u of read.unread ?? []) this.unread.push({ ...u, paragraph: moved.get(u.paragraph ?? -1) ?? here });
    this.tableCount += new Set(read.paragraphs.filter((p) => p.table).map((p) => p.table!.table)).size;
  }

  private withTag(sdt: XElement, fn: () => void, inline = false): void {
    const sdtPr = wChild(sdt, "sdtPr");
    const tag = wAttr(wChild(sdtPr, "tag"), "val");
    // w:showingPlcHdr: the control shows its placeholder ("Click or tap here to enter text."), not the learner's text.
    const placeholder = onOff(wChild(sdtPr, "showingPlcHdr")) === true;
    const stack = inline ? this.inlineTags : this.blockTags;
    if (tag) stack.push(tag);
    if (placeholder) this.placeholderDepth++;
    this.sdtDepth++;
    try {
      fn();
    } finally {
      if (tag) stack.pop();
      if (placeholder) this.placeholderDepth--;
      this.sdtDepth--;
    }
  }

  private table(tbl: XElement): void {
    const table = this.tableCount++;
    const row = { n: 0 };
    this.rows(tbl, table, row);
  }

  private rows(container: XElement, table: number, row: { n: number }): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const el = n as XElement;
      if (el.namespaceURI === MC_NS && el.localName === "AlternateContent") {
        const chosen = chooseAlternate(el);
        if (chosen) this.rows(chosen, table, row);
        continue;
      }
      if (!isW(el)) continue;
      if (el.localName === "tr") {
        const trPr = wChild(el, "trPr");
        if (wChild(trPr, "del")) continue; // a row deleted with tracking on
        this.cellsOf(el, table, row.n++, { n: 0 });
      } else if (el.localName === "sdt") {
        this.withTag(el, () => {
          const content = wChild(el, "sdtContent");
          if (content) this.rows(content, table, row);
        });
      } else if (el.localName === "customXml") {
        this.rows(el, table, row);
      }
    }
  }

  private cellsOf(container: XElement, table: number, row: number, cell: { n: number }): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const el = n as XElement;
      if (el.namespaceURI === MC_NS && el.localName === "AlternateContent") {
        const chosen = chooseAlternate(el);
        if (chosen) this.cellsOf(chosen, table, row, cell);
        continue;
      }
      if (!isW(el)) continue;
      if (el.localName === "tc") {
        this.cells.push({ table, row, cell: cell.n++ });
        this.block(el);
        this.flushCarry();
        this.cells.pop();
      } else if (el.localName === "sdt") {
        this.withTag(el, () => {
          const content = wChild(el, "sdtContent");
          if (content) this.cellsOf(content, table, row, cell);
        });
      } else if (el.localName === "customXml") {
        this.cellsOf(el, table, row, cell);
      }
    }
  }

  private paragraph(p: XElement): void {
    const pPr = wChild(p, "pPr");
    const styleId = this.styles.paragraphStyle(wAttr(wChild(pPr, "pStyle"), "val"));
    this.para = newParaText();
    if (this.keepOrigins) this.para.elements.push(p);
    this.paraStyle = styleId;
    this.inline(p);
    const text = this.para;

    const markRPr = wChild(pPr, "rPr");
    const cell = this.cells.length ? { ...this.cells[this.cells.length - 1] } : undefined;
    if (wChild(markRPr, "del") || wChild(markRPr, "moveFrom")) {
      this.carry = this.carry
        ? { text: joinText(this.carry.text, text), tags: this.carry.tags, cell: this.carry.cell }
        : { text, tags: [...this.blockTags], cell };
      return;
    }
    const joined = this.carry ? joinText(this.carry.text, text) : text;
    this.carry = null;
    this.emit(joined, [...this.blockTags], cell, styleId, pPr);
  }

  private emit(
    text: ParaText,
    blockTags: string[],
    cell: TableCellRef | undefined,
    styleId: string | null,
    pPr: XElement | null,
  ): void {
    const directOutline = wAttr(wChild(pPr, "outlineLvl"), "val");
    const headingLevel =
      directOutline !== null && /^\d+$/.test(directOutline)
        ? outlineToLevel(Number(directOutline))
        : this.styles.headingLevel(styleId);
    const tags = text.inlineTags ? [...blockTags, ...text.inlineTags] : blockTags;
    // Placeholder text alone is kept (and flagged); beside the learner's own words it is left out.
    const placeholderOnly = text.hasPlaceholder && !text.hasOwnText;
    const p: Partial<DocParagraph> & { index: number; text: string } = {
      index: this.paragraphs.length,
      text: (placeholderOnly ? text.parts : text.ownParts).join(""),
      headingLevel,
      isTitle: this.styles.isTitle(styleId),
      bold: text.hasText && text.allBold,
      role: roleFromTags(tags),
      tags,
    };
    const style = this.styles.displayName(styleId);
    if (style) p.style = style;
    if (cell) p.table = cell;
    if (this.styles.isSubtitle(styleId)) p.isSubtitle = true;
    if (placeholderOnly) p.placeholder = true;
    if (this.part) {
      p.part = this.part.part;
      p.anchor = this.part.anchor;
    } else {
      const listNumber = this.listNumber(styleId, pPr);
      if (listNumber !== null) p.listNumber = listNumber;
    }
    const anchor = this.part ? this.part.anchor : p.index;
    for (const a of text.anchored) this.deferred.push({ ...a, anchor });
    if (this.keepOrigins) {
      this.origins[p.index] = { elements: text.elements, pieces: placeholderOnly ? text.pieces : text.pieces.filter((x) => x.own) };
    }
    this.paragraphs.push(makeParagraph(p));
  }

  /** The number Word shows for a list paragraph: direct w:numPr first, else the style's numbering. */
  private listNumber(styleId: string | null, pPr: XElement | null): string | null {
    const numbering = this.sources.numbering;
    if (!numbering || numbering.isEmpty) return null;
    const direct = readNumPr(wChild(pPr, "numPr"));
    const fromStyle = this.styles.numbering(styleId);
    const numId = direct?.numId ?? fromStyle?.numId;
    if (numId === undefined) return null;
    // A direct level with the style's list, or the style's own level (or the level attached to the style).
    const ilvl = direct?.ilvl ?? (direct?.numId !== undefined ? 0 : fromStyle?.ilvl);
    return numbering.next(ilvl === undefined ? { numId } : { numId, ilvl }, styleId);
  }

  /** Paragraph-level content: runs and their wrappers. */
  private inline(container: XElement): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const el = n as XElement;
      const ns = el.namespaceURI;
      if (ns === MC_NS) {
        if (el.localName === "AlternateContent") {
          const chosen = chooseAlternate(el);
          if (chosen) this.inline(chosen);
        }
        continue;
      }
      if (ns === MATH_NS) {
        this.math(el);
        continue;
      }
      if (!isW(el)) continue;
      switch (el.localName) {
        case "r":
          this.run(el);
          break;
        case "ins":
        case "moveTo":
        case "hyperlink":
        case "smartTag":
        case "customXml":
        case "fldSimple":
        case "dir":
        case "bdo":
          this.inline(el);
          break;
        case "sdt":
          this.withTag(
            el,
            () => {
              const content = wChild(el, "sdtContent");
              if (content) this.inline(content);
            },
            true,
          );
          break;
        default:
          // w:del and w:moveFrom vanish on accepting; w:pPr, bookmarks, comments carry no text.
          break;
      }
    }
  }

  private run(r: XElement): void {
    const rPr = wChild(r, "rPr");
    // Hidden text (w:vanish, w:specVanish): Word neither shows it by default nor counts it.
    if (onOff(wChild(rPr, "vanish")) || onOff(wChild(rPr, "specVanish"))) return;
    const charStyle = wAttr(wChild(rPr, "rStyle"), "val");
    // Word styles a control's placeholder "Placeholder Text"; inside a control such a run is its placeholder.
    const placeholderRun = this.sdtDepth > 0 && this.styles.isPlaceholderStyle(charStyle);
    const before = this.para.parts.length;
    if (placeholderRun) this.placeholderDepth++;
    try {
      this.runContent(r);
    } finally {
      if (placeholderRun) this.placeholderDepth--;
    }
    let visible = false;
    for (let i = before; i < this.para.parts.length; i++) {
      if (/\S/.test(this.para.parts[i])) {
        visible = true;
        break;
      }
    }
    if (!visible) return;
    const bold = this.styles.runBold(onOff(wChild(rPr, "b")), charStyle, this.paraStyle);
    this.noteVisibleText(bold, placeholderRun);
  }

  private noteVisibleText(bold: boolean, placeholder = false): void {
    const para = this.para;
    para.hasText = true;
    if (placeholder || this.placeholderDepth > 0) para.hasPlaceholder = true;
    else para.hasOwnText = true;
    if (!bold) para.allBold = false;
    para.inlineTags = para.inlineTags === null ? [...this.inlineTags] : commonPrefix(para.inlineTags, this.inlineTags);
  }

  private runContent(container: XElement): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const el = n as XElement;
      if (el.namespaceURI === MC_NS) {
        if (el.localName === "AlternateContent") {
          const chosen = chooseAlternate(el);
          if (chosen) this.runContent(chosen);
        }
        continue;
      }
      if (!isW(el)) continue;
      if (this.fieldsInInstruction > 0 && el.localName !== "fldChar") continue;
      switch (el.localName) {
        case "fldChar":
          this.fieldChar(wAttr(el, "fldCharType"));
          break;
        case "t":
          this.push((el.textContent ?? "").replace(SOFT_HYPHEN, ""), el);
          break;
        case "tab":
        case "ptab":
          this.push("\t", el);
          break;
        case "br":
        case "cr":
          this.push("\n", el);
          break;
        case "noBreakHyphen":
          this.push("-", el);
          break;
        case "sym": {
          const code = parseInt(wAttr(el, "char") ?? "", 16);
          if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) this.push(String.fromCodePoint(code), el);
          break;
        }
        case "footnoteReference":
        case "endnoteReference": {
          // The note's text is read after the body, anchored here; its mark adds no words.
          const part = el.localName === "footnoteReference" ? "footnote" : "endnote";
          const id = wAttr(el, "id");
          const note = id !== null ? this.sources.note?.(part, id) : null;
          if (note && !this.notesSeen.has(note)) {
            this.notesSeen.add(note);
            this.para.anchored.push({ part, content: note });
          }
          break;
        }
        case "drawing":
        case "pict":
        case "object":
          // Text boxes and shapes with text (DrawingML wps:txbx or VML v:textbox) hold w:txbxContent.
          for (const box of textBoxContents(el)) this.para.anchored.push({ part: "textbox", content: box });
          break;
        default:
          // w:delText, w:instrText, w:softHyphen, footnote marks, comment marks: not text.
          break;
      }
    }
  }

  /** Text shown in the paragraph; placeholder text is kept apart from the learner's own. */
  private push(text: string, node: XElement): void {
    this.para.parts.push(text);
    if (this.placeholderDepth === 0) this.para.ownParts.push(text);
    if (this.keepOrigins) this.para.pieces.push({ node, text, own: this.placeholderDepth === 0 });
  }

  private fieldChar(type: string | null): void {
    if (type === "begin") {
      this.fields.push(true);
      this.fieldsInInstruction++;
    } else if (type === "separate") {
      const top = this.fields.length - 1;
      if (top >= 0 && this.fields[top]) {
        this.fields[top] = false;
        this.fieldsInInstruction--;
      }
    } else if (type === "end") {
      const wasInstruction = this.fields.pop();
      if (wasInstruction) this.fieldsInInstruction--;
    }
  }

  /** Office Math: its text (m:t) reads inline; it never makes a paragraph un-bold. */
  private math(el: XElement): void {
    if (el.localName === "t") {
      if (this.fieldsInInstruction === 0) this.push(el.textContent ?? "", el);
      return;
    }
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const c = n as XElement;
      if (c.namespaceURI === MATH_NS) this.math(c);
    }
  }
}

/**
 * The w:txbxContent elements of a drawing or VML shape, outermost only (a text box
 * inside a text box is found when its container is read). A drawing's
 * mc:AlternateContent is resolved like the body's, so a box is read once.
 */
function textBoxContents(root: XElement): XElement[] {
  const out: XElement[] = [];
  const visit = (el: XElement) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const c = n as XElement;
      if (c.namespaceURI === MC_NS) {
        if (c.localName === "AlternateContent") {
          const chosen = chooseAlternate(c);
          if (chosen) visit(chosen);
        }
        continue;
      }
      if (c.localName === "txbxContent" && isW(c)) out.push(c);
      else visit(c);
    }
  };
  visit(root);
  return out;
}

/**
 * mc:AlternateContent offers the same content several ways; Word shows one.
 * Take the first mc:Choice, else mc:Fallback, so text is read exactly once.
 */
function chooseAlternate(el: XElement): XElement | null {
  let fallback: XElement | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const c = n as XElement;
    if (c.namespaceURI !== MC_NS) continue;
    if (c.localName === "Choice") return c;
    if (c.localName === "Fallback") fallback ??= c;
  }
  return fallback;
}

/**
 * Appends b to a (a is the pending paragraph, owned by the walker), so a run
 * of paragraphs with deleted marks joins in time linear in their length.
 */
function joinText(a: ParaText, b: ParaText): ParaText {
  for (const part of b.parts) a.parts.push(part);
  for (const part of b.ownParts) a.ownParts.push(part);
  for (const anchored of b.anchored) a.anchored.push(anchored);
  for (const el of b.elements) a.elements.push(el);
  for (const piece of b.pieces) a.pieces.push(piece);
  a.hasOwnText = a.hasOwnText || b.hasOwnText;
  a.hasPlaceholder = a.hasPlaceholder || b.hasPlaceholder;
  if (a.inlineTags === null) a.inlineTags = b.inlineTags;
  else if (b.inlineTags !== null) a.inlineTags = commonPrefix(a.inlineTags, b.inlineTags);
  a.allBold = (!a.hasText || a.allBold) && (!b.hasText || b.allBold);
  a.hasText = a.hasText || b.hasText;
  return a;
}

function commonPrefix(a: string[], b: readonly string[]): string[] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === a.length ? a : a.slice(0, i);
}
