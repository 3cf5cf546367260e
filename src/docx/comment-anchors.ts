/**
 * Puts a comment's anchor into word/document.xml: w:commentRangeStart and w:commentRangeEnd
 * around what the comment is about, and a run holding w:commentReference after the end, as Word
 * writes them (ECMA-376 Part 1, 17.13.4). Only markers and whole runs are added; a run is split
 * where a range starts or ends inside its text, each half keeping the run's properties, so the
 * document's text and formatting stay exactly as they were.
 *
 * Paragraphs are found through the origins the reader keeps (body-walker.ts), so an anchor lands
 * on the w:p the checks read and its character offsets (a citation's text) on the runs that hold
 * those characters.
 */
import { isBodyParagraph, type DocParagraph } from "../model/document";
import type { ParagraphOrigin, TextPiece } from "./body-walker";
import { MC_NS, isW, wAttr, wChild, type XElement } from "./xml";

const ELEMENT_NODE = 1;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** What a comment hangs on: a paragraph of the model, or the characters start..end of its text. */
export interface CommentTarget {
  paragraph: number;
  start?: number;
  end?: number;
}

/** Creates WordprocessingML elements in the document's own namespace and prefix. */
export class WElements {
  constructor(
    readonly doc: Document,
    readonly ns: string,
    private readonly prefix: string | null,
  ) {}

  el(localName: string, attrs: Record<string, string> = {}): XElement {
    const e = this.doc.createElementNS(this.ns, this.prefix ? `${this.prefix}:${localName}` : localName) as XElement;
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(this.ns, this.prefix ? `${this.prefix}:${k}` : k, v);
    return e;
  }

  is(node: Node | null, localName: string): boolean {
    return !!node && node.nodeType === ELEMENT_NODE && (node as XElement).localName === localName && isW(node as XElement);
  }
}

export class CommentAnchorer {
  constructor(
    private readonly w: WElements,
    private readonly paragraphs: readonly DocParagraph[],
    private readonly origins: ReadonlyArray<ParagraphOrigin | undefined>,
  ) {}

  /** Anchors comment `id`; false when the document has no paragraph at all to hang it on. */
  anchor(id: string, target: CommentTarget): boolean {
    const resolved = this.resolve(target);
    if (!resolved) return false;
    const { origin, start, end } = resolved;
    const startMark = this.w.el("commentRangeStart", { id });
    const endMark = this.w.el("commentRangeEnd", { id });
    const range = start !== undefined && end !== undefined && end > start ? this.placeRange(origin, start, end, startMark, endMark) : false;
    if (!range) {
      // The whole paragraph: after its properties in its first w:p, to the end of its last.
      const first = origin.elements[0]!;
      const last = origin.elements[origin.elements.length - 1]!;
      const pPr = wChild(first, "pPr");
      first.insertBefore(startMark, pPr ? pPr.nextSibling : first.firstChild);
      last.appendChild(endMark);
    }
    this.placeReference(id, endMark);
    return true;
  }

  /** Takes out every marker of these comments (and the runs left holding only a reference's properties). */
  removeMarkers(ids: ReadonlySet<string>): void {
    const root = this.w.doc.documentElement as XElement;
    for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) {
      const found = root.getElementsByTagNameNS(this.w.ns, name);
      const hits: XElement[] = [];
      for (let i = 0; i < found.length; i++) {
        const e = found.item(i) as XElement;
        if (ids.has(wAttr(e, "id") ?? "")) hits.push(e);
      }
      for (const e of hits) {
        const parent = e.parentNode as XElement | null;
        if (!parent) continue;
        parent.removeChild(e);
        if (name === "commentReference" && this.w.is(parent, "r") && onlyProperties(parent)) parent.parentNode?.removeChild(parent);
      }
    }
  }

  /**
   * The paragraph and offsets to use. A note or text box paragraph hangs on the body paragraph
   * holding its anchor, whole; an embedded document's paragraph (no XML here) on the nearest
   * paragraph that has some; offsets only when the paragraph's pieces spell its text exactly.
   */
  private resolve(target: CommentTarget): { origin: ParagraphOrigin; start?: number; end?: number } | null {
    let index = target.paragraph;
    let offsets = target.start !== undefined && target.end !== undefined;
    const p = this.paragraphs[index];
    if (p && !isBodyParagraph(p) && p.anchor !== undefined) {
      index = p.anchor;
      offsets = false;
    }
    const here = this.usable(index);
    if (here) {
      const para = this.paragraphs[index];
      const exact = offsets && para !== undefined && here.pieces.map((x) => x.text).join("") === para.text;
      return exact ? { origin: here, start: target.start, end: target.end } : { origin: here };
    }
    for (let i = index - 1; i >= 0; i--) {
      const o = this.usable(i);
      if (o) return { origin: o };
    }
    for (let i = index + 1; i < this.paragraphs.length; i++) {
      const o = this.usable(i);
      if (o) return { origin: o };
    }
    return null;
  }

  private usable(index: number): ParagraphOrigin | null {
    const p = this.paragraphs[index];
    const o = this.origins[index];
    return p && isBodyParagraph(p) && o && o.elements.length > 0 ? o : null;
  }

  /** Markers around characters start..end; false when they cannot be placed (the caller takes the paragraph). */
  private placeRange(origin: ParagraphOrigin, start: number, end: number, startMark: XElement, endMark: XElement): boolean {
    // The origin's pieces are kept up to date as runs are split, so a second anchor in the same
    // paragraph finds its characters where they now are.
    const pieces = origin.pieces;
    const s = this.point(origin, pieces, start, "start");
    if (!s) return false;
    const e = this.point(origin, pieces, end, "end");
    if (!e) return false;
    s.parent.insertBefore(startMark, s.before);
    e.parent.insertBefore(endMark, e.before);
    return true;
  }

  /**
   * Where a marker for character `offset` goes: between two runs, splitting one when the offset
   * falls inside its text; a field (a Word citation, say) is taken whole, so updating it cannot
   * drop the marker.
   */
  private point(origin: ParagraphOrigin, pieces: TextPiece[], offset: number, side: "start" | "end"): { parent: Node; before: Node | null } | null {
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const len = piece.text.length;
      const inside = side === "start" ? offset >= at && offset < at + len : offset > at && offset <= at + len;
      if (!inside) {
        at += len;
        continue;
      }
      const local = offset - at;
      const para = origin.elements.find((p) => contains(p, piece.node));
      if (!para) return null;
      const run = ancestorRun(piece.node, para, this.w);
      const whole = run ? this.wholeUnit(run, para) : null;
      if (whole) return side === "start" ? { parent: whole.first.parentNode!, before: whole.first } : { parent: whole.last.parentNode!, before: whole.last.nextSibling };
      const unit = run ?? topChild(piece.node, para);
      if (!unit || !unit.parentNode) return null;
      const splitAt = side === "start" ? local : local < len ? local : -1;
      if (run && splitAt > 0 && this.w.is(piece.node, "t") && piece.node.parentNode === run) {
        const second = splitRun(run, piece.node, splitAt, pieces, i);
        return { parent: run.parentNode!, before: second };
      }
      return side === "start" ? { parent: unit.parentNode, before: unit } : { parent: unit.parentNode, before: unit.nextSibling };
    }
    return null;
  }

  /** The field (or Word citation control) a run is part of, to be taken whole; null for plain text. */
  private wholeUnit(run: XElement, para: XElement): { first: XElement; last: XElement } | null {
    // w:fldSimple: the outermost one between the run and the paragraph.
    let simple: XElement | null = null;
    for (let n = run.parentNode as XElement | null; n && n !== para; n = n.parentNode as XElement | null) {
      if (this.w.is(n, "fldSimple")) simple = n;
    }
    let unit: { first: XElement; last: XElement } | null = simple ? { first: simple, last: simple } : complexField(run, para, this.w);
    if (!unit) return null;
    // Word's citations sit in a content control marked w:citation; the control is rebuilt on update.
    for (let n = unit.first.parentNode as XElement | null; n && n !== para; n = n.parentNode as XElement | null) {
      if (this.w.is(n, "sdt") && wChild(wChild(n, "sdtPr"), "citation") && contains(n, unit.last)) unit = { first: n, last: n };
    }
    return unit;
  }

  /** The reference run, after the end marker's outermost container in its paragraph (outside links, insertions, controls). */
  private placeReference(id: string, endMark: XElement): void {
    const run = this.w.el("r");
    run.appendChild(this.w.el("commentReference", { id }));
    let n: XElement = endMark;
    while (n.parentNode && !this.w.is(n.parentNode, "p")) n = n.parentNode as XElement;
    n.parentNode!.insertBefore(run, n.nextSibling);
  }
}

function onlyProperties(run: XElement): boolean {
  for (let n = run.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && (n as XElement).localName !== "rPr") return false;
  }
  return true;
}

function contains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/** The w:r holding a node, below the paragraph; null for text outside runs (Office Math). */
function ancestorRun(node: XElement, para: XElement, w: WElements): XElement | null {
  for (let n = node.parentNode as XElement | null; n && n !== para; n = n.parentNode as XElement | null) {
    if (w.is(n, "r")) return n;
  }
  return null;
}

/** The paragraph's child that holds a node. */
function topChild(node: XElement, para: XElement): XElement | null {
  let n: XElement = node;
  while (n.parentNode && n.parentNode !== para) n = n.parentNode as XElement;
  return n.parentNode === para ? n : null;
}

/**
 * The complex field (w:fldChar begin ... end) a run is part of, outermost, within its paragraph;
 * null when it is in none or the field is not closed in the paragraph.
 */
function complexField(target: XElement, para: XElement, w: WElements): { first: XElement; last: XElement } | null {
  let depth = 0;
  let begin: XElement | null = null;
  let targetSeen = false;
  for (const run of runsOf(para)) {
    if (run === target && depth > 0) targetSeen = true;
    for (const type of fieldChars(run, w)) {
      if (type === "begin") {
        if (depth === 0) {
          begin = run;
          targetSeen = run === target;
        }
        depth++;
      } else if (type === "end" && depth > 0) {
        depth--;
        if (run === target) targetSeen = true;
        if (depth === 0) {
          if (targetSeen && begin) return { first: begin, last: run };
          begin = null;
        }
      }
    }
    if (run === target && depth === 0 && !targetSeen) return null;
  }
  return null;
}

/** The fldChar types of a run, in order. */
function fieldChars(run: XElement, w: WElements): string[] {
  const out: string[] = [];
  for (let n = run.firstChild; n; n = n.nextSibling) {
    if (w.is(n, "fldChar")) out.push(wAttr(n as XElement, "fldCharType") ?? "");
  }
  return out;
}

/** The runs of a paragraph in document order, as the reader sees them (not deleted text, not nested text boxes). */
function runsOf(para: XElement): XElement[] {
  const out: XElement[] = [];
  const visit = (el: XElement) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      const c = n as XElement;
      if (c.namespaceURI === MC_NS) {
        if (c.localName === "AlternateContent") {
          const choice = firstChild(c, (x) => x.namespaceURI === MC_NS && (x.localName === "Choice" || x.localName === "Fallback"));
          if (choice) visit(choice);
        }
        continue;
      }
      if (!isW(c)) continue;
      if (c.localName === "r") out.push(c);
      else if (c.localName !== "del" && c.localName !== "moveFrom" && c.localName !== "pPr") visit(c);
    }
  };
  visit(para);
  return out;
}

function firstChild(el: XElement, test: (c: XElement) => boolean): XElement | null {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE && test(n as XElement)) return n as XElement;
  return null;
}

/**
 * Splits a run in two at a character of one of its w:t: the run keeps what comes before, a copy
 * after it (same properties) takes the rest. The pieces are updated to point at the copy's
 * elements. Returns the copy.
 */
function splitRun(run: XElement, t: XElement, offset: number, pieces: TextPiece[], index: number): XElement {
  const copy = run.cloneNode(true) as XElement;
  const twin = new Map<Node, Node>();
  pairUp(run, copy, twin);
  const kids = childList(run);
  const at = kids.indexOf(t);
  const after = new Set<Node>(kids.slice(at + 1));
  // Pieces after this one that live in the part of the run that moves to the copy.
  const moving: number[] = [];
  for (let k = index + 1; k < pieces.length; k++) {
    let n: Node | null = pieces[k]!.node;
    while (n && n.parentNode !== run) n = n.parentNode;
    if (n && after.has(n)) moving.push(k);
  }
  for (const k of kids.slice(at + 1)) run.removeChild(k);
  for (const k of childList(copy).slice(0, at)) {
    if (!(k.nodeType === ELEMENT_NODE && (k as XElement).localName === "rPr")) copy.removeChild(k);
  }
  const raw = t.textContent ?? "";
  const rawAt = rawOffset(raw, offset);
  const tCopy = twin.get(t) as XElement;
  setText(t, raw.slice(0, rawAt));
  setText(tCopy, raw.slice(rawAt));
  run.parentNode!.insertBefore(copy, run.nextSibling);

  const piece = pieces[index]!;
  for (const k of moving) pieces[k] = { ...pieces[k]!, node: twin.get(pieces[k]!.node) as XElement };
  pieces.splice(index, 1, { ...piece, text: piece.text.slice(0, offset) }, { ...piece, node: tCopy, text: piece.text.slice(offset) });
  return copy;
}

function childList(el: Node): Node[] {
  const out: Node[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) out.push(n);
  return out;
}

function pairUp(a: Node, b: Node, map: Map<Node, Node>): void {
  map.set(a, b);
  let x = a.firstChild;
  let y = b.firstChild;
  while (x && y) {
    pairUp(x, y, map);
    x = x.nextSibling;
    y = y.nextSibling;
  }
}

/** The position in a w:t's own text of the `offset`-th character as read (the reader drops soft hyphens). */
function rawOffset(raw: string, offset: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (seen === offset) return i;
    if (raw[i] !== "\u00AD") seen++;
  }
  return raw.length;
}

function setText(t: XElement, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(t.ownerDocument!.createTextNode(text));
  // Word drops leading and trailing spaces of a w:t without it.
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
}
