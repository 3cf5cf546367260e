import { makeParagraph, roleFromTags, type DocParagraph, type TableCellRef } from "../model/document";
import { outlineToLevel, type StyleSheet } from "./styles";
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
  /** Some run had visible non-space text. */
  hasText: boolean;
  /** Every run with visible non-space text was bold. */
  allBold: boolean;
  /** Inline content-control tags common to all visible text (null: no text seen yet). */
  inlineTags: string[] | null;
}

function newParaText(): ParaText {
  return { parts: [], hasText: false, allBold: true, inlineTags: null };
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

  constructor(private readonly styles: StyleSheet) {}

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
        default:
          // w:del, w:moveFrom (gone once accepted), w:sectPr, bookmarks, w:altChunk ...
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

  private withTag(sdt: XElement, fn: () => void, inline = false): void {
    const tag = wAttr(wChild(wChild(sdt, "sdtPr"), "tag"), "val");
    const stack = inline ? this.inlineTags : this.blockTags;
    if (tag) stack.push(tag);
    try {
      fn();
    } finally {
      if (tag) stack.pop();
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
    const p: Partial<DocParagraph> & { index: number; text: string } = {
      index: this.paragraphs.length,
      text: text.parts.join(""),
      headingLevel,
      isTitle: this.styles.isTitle(styleId),
      bold: text.hasText && text.allBold,
      role: roleFromTags(tags),
      tags,
    };
    const style = this.styles.displayName(styleId);
    if (style) p.style = style;
    if (cell) p.table = cell;
    this.paragraphs.push(makeParagraph(p));
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
    if (onOff(wChild(rPr, "vanish"))) return;
    const before = this.para.parts.length;
    this.runContent(r);
    let visible = false;
    for (let i = before; i < this.para.parts.length; i++) {
      if (/\S/.test(this.para.parts[i])) {
        visible = true;
        break;
      }
    }
    if (!visible) return;
    const bold = this.styles.runBold(
      onOff(wChild(rPr, "b")),
      wAttr(wChild(rPr, "rStyle"), "val"),
      this.paraStyle,
    );
    this.noteVisibleText(bold);
  }

  private noteVisibleText(bold: boolean): void {
    const para = this.para;
    para.hasText = true;
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
      switch (el.localName) {
        case "fldChar":
          this.fieldChar(wAttr(el, "fldCharType"));
          break;
        case "t":
          if (this.fieldsInInstruction === 0) this.para.parts.push((el.textContent ?? "").replace(SOFT_HYPHEN, ""));
          break;
        case "tab":
        case "ptab":
          if (this.fieldsInInstruction === 0) this.para.parts.push("\t");
          break;
        case "br":
        case "cr":
          if (this.fieldsInInstruction === 0) this.para.parts.push("\n");
          break;
        case "noBreakHyphen":
          if (this.fieldsInInstruction === 0) this.para.parts.push("-");
          break;
        case "sym": {
          const code = parseInt(wAttr(el, "char") ?? "", 16);
          if (this.fieldsInInstruction === 0 && Number.isFinite(code) && code > 0 && code <= 0x10ffff) {
            this.para.parts.push(String.fromCodePoint(code));
          }
          break;
        }
        default:
          // w:delText, w:instrText, w:softHyphen, drawings (text boxes), footnote marks: not body text.
          break;
      }
    }
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
      if (this.fieldsInInstruction === 0) this.para.parts.push(el.textContent ?? "");
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
