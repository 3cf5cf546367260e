import type { NumberingRef } from "./numbering";
import { children, onOff, wAttr, wChild, type XElement } from "./xml";

interface StyleDef {
  id: string;
  name: string;
  type: string;
  basedOn: string | null;
  /** 0-based outline level from the style's own w:pPr (9 = body text). */
  outlineLvl?: number;
  /** w:b from the style's own w:rPr. */
  bold?: boolean;
  /** w:numPr from the style's own w:pPr: numbering attached to the style (heading numbering). */
  numPr?: NumberingRef;
}

/** Heading N as Word's built-in style names and ids spell it, in any case. */
const HEADING_NAME = /^heading\s*([1-9])$/i;
const MAX_CHAIN = 32;

/**
 * The style sheet of one document (word/styles.xml), answering the questions
 * the reader asks per paragraph. Answers are memoised per style id so the
 * cost does not grow with the number of paragraphs.
 */
export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaultParagraph: string | null = null;
  private readonly defaultsBold: boolean;
  private readonly levelCache = new Map<string, number>();
  private readonly titleCache = new Map<string, boolean>();
  private readonly boldCache = new Map<string, boolean | undefined>();
  private readonly subtitleCache = new Map<string, boolean>();

  constructor(stylesDoc: Document | null) {
    let defaultsBold: boolean | undefined;
    if (stylesDoc) {
      for (const el of children(stylesDoc.documentElement)) {
        if (el.localName === "docDefaults") {
          defaultsBold = onOff(wChild(wChild(wChild(el, "rPrDefault"), "rPr"), "b"));
        } else if (el.localName === "style") {
          const def = readStyle(el);
          if (!def) continue;
          this.styles.set(def.id, def);
          const isDefault = wAttr(el, "default");
          if (def.type === "paragraph" && (isDefault === "1" || isDefault === "true" || isDefault === "on")) {
            this.defaultParagraph = def.id;
          }
        }
      }
    }
    this.defaultsBold = defaultsBold ?? false;
  }

  /**
   * The paragraph style in force: the given id if it exists, else the
   * document's default paragraph style. An undefined "HeadingN" id is kept:
   * Word falls back to its built-in heading styles for those.
   */
  paragraphStyle(id: string | null): string | null {
    if (id && (this.styles.has(id) || HEADING_NAME.test(id))) return id;
    return this.defaultParagraph;
  }

  /** The style's display name (for diagnostics), or its id. */
  displayName(id: string | null): string | undefined {
    if (!id) return undefined;
    return this.styles.get(id)?.name || id;
  }

  /**
   * Heading level 1–9 implied by a paragraph style, 0 for body text: the
   * outline level set anywhere on its basedOn chain wins (that is how
   * localised styles such as "Überschrift 1" are recognised), else a style
   * on the chain whose name or id is a built-in "heading N".
   */
  headingLevel(id: string | null): number {
    if (!id) return 0;
    const cached = this.levelCache.get(id);
    if (cached !== undefined) return cached;
    let level: number | undefined;
    const chain = this.chain(id);
    for (const s of chain) {
      if (s.outlineLvl !== undefined) {
        level = outlineToLevel(s.outlineLvl);
        break;
      }
    }
    if (level === undefined) {
      level = 0;
      const named = chain.length > 0 ? chain : [{ id, name: "" }];
      for (const s of named) {
        const m = HEADING_NAME.exec(s.name) ?? HEADING_NAME.exec(s.id);
        if (m) {
          level = Number(m[1]);
          break;
        }
      }
    }
    this.levelCache.set(id, level);
    return level;
  }

  /** Whether the style is, or is based on, the built-in Title style. */
  isTitle(id: string | null): boolean {
    if (!id) return false;
    const cached = this.titleCache.get(id);
    if (cached !== undefined) return cached;
    const result = this.chain(id).some((s) => /^title$/i.test(s.name) || s.id === "Title");
    this.titleCache.set(id, result);
    return result;
  }

  /** Whether a character style is Word's "Placeholder Text" (what a content control's placeholder is styled with). */
  isPlaceholderStyle(id: string | null): boolean {
    if (!id) return false;
    return id === "PlaceholderText" || this.chain(id).some((s) => /^placeholder text$/i.test(s.name));
  }

  /** Whether the style is, or is based on, the built-in Subtitle style. */
  isSubtitle(id: string | null): boolean {
    if (!id) return false;
    const cached = this.subtitleCache.get(id);
    if (cached !== undefined) return cached;
    const result = this.chain(id).some((s) => /^subtitle$/i.test(s.name) || s.id === "Subtitle");
    this.subtitleCache.set(id, result);
    return result;
  }

  /**
   * Numbering a style attaches to its paragraphs (w:numPr in the style or one it is based
   * on), as Word's multilevel heading numbering does; null when none.
   */
  numbering(id: string | null): NumberingRef | null {
    if (!id) return null;
    for (const s of this.chain(id)) if (s.numPr) return s.numPr;
    return null;
  }

  /** Bold set by a style's chain, undefined when no style on it says. */
  styleBold(id: string | null): boolean | undefined {
    if (!id) return undefined;
    if (this.boldCache.has(id)) return this.boldCache.get(id);
    let result: boolean | undefined;
    for (const s of this.chain(id)) {
      if (s.bold !== undefined) {
        result = s.bold;
        break;
      }
    }
    this.boldCache.set(id, result);
    return result;
  }

  /**
   * Whether a run is bold, given its direct w:b (if any), its character style
   * and its paragraph's style. Direct formatting wins; otherwise bold is a
   * toggle property: set by both the paragraph and the character style it
   * cancels out, as in Word; with neither, the document defaults apply.
   */
  runBold(direct: boolean | undefined, charStyle: string | null, paraStyle: string | null): boolean {
    if (direct !== undefined) return direct;
    const fromChar = this.styleBold(charStyle);
    const fromPara = this.styleBold(paraStyle);
    if (fromChar !== undefined && fromPara !== undefined) return fromChar !== fromPara;
    if (fromChar !== undefined) return fromChar;
    if (fromPara !== undefined) return fromPara;
    return this.defaultsBold;
  }

  private chain(id: string): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur: string | null = id;
    while (cur && !seen.has(cur) && out.length < MAX_CHAIN) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }
}

/** w:outlineLvl is 0-based; 9 (and anything out of range) means body text. */
export function outlineToLevel(val: number): number {
  return Number.isInteger(val) && val >= 0 && val <= 8 ? val + 1 : 0;
}

function readStyle(el: XElement): StyleDef | null {
  const id = wAttr(el, "styleId");
  if (!id) return null;
  const name = wAttr(wChild(el, "name"), "val") ?? "";
  const basedOn = wAttr(wChild(el, "basedOn"), "val");
  const lvl = wAttr(wChild(wChild(el, "pPr"), "outlineLvl"), "val");
  const def: StyleDef = { id, name, type: wAttr(el, "type") ?? "paragraph", basedOn };
  if (lvl !== null && /^\d+$/.test(lvl)) def.outlineLvl = Number(lvl);
  const bold = onOff(wChild(wChild(el, "rPr"), "b"));
  if (bold !== undefined) def.bold = bold;
  const numPr = readNumPr(wChild(wChild(el, "pPr"), "numPr"));
  if (numPr?.numId !== undefined) def.numPr = { numId: numPr.numId, ...(numPr.ilvl !== undefined ? { ilvl: numPr.ilvl } : {}) };
  return def;
}

/** A w:numPr's list id and level, either of which may be absent. */
export function readNumPr(numPr: XElement | null): { numId?: string; ilvl?: number } | null {
  if (!numPr) return null;
  const out: { numId?: string; ilvl?: number } = {};
  const numId = wAttr(wChild(numPr, "numId"), "val");
  if (numId !== null) out.numId = numId.trim();
  const ilvl = wAttr(wChild(numPr, "ilvl"), "val");
  if (ilvl !== null && /^\d+$/.test(ilvl.trim())) out.ilvl = Number(ilvl);
  return out;
}
