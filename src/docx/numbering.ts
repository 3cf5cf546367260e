import { children, onOff, wAttr, wChild, type XElement } from "./xml";

/**
 * Word's automatic list numbering (word/numbering.xml), counted as Word
 * displays it. The number is never part of a paragraph's text, so a heading
 * numbered "1.1" by a multilevel list (or by numbering attached to the
 * heading styles) shows its number only here.
 *
 * What is modelled (ECMA-376 Part 1, §17.9):
 * - w:num instances pointing at a w:abstractNum; w:numStyleLink / w:styleLink
 *   (a list that takes its levels from a numbering style);
 * - per level: w:start, w:numFmt, w:lvlText ("%1.%2"), w:lvlRestart, w:isLgl;
 * - w:lvlOverride with w:startOverride (a restart) or a whole w:lvl;
 * - counters shared by every instance of the same abstract list, as Word
 *   continues a list across instances unless an instance restarts it; an
 *   instance with a start override keeps counters of its own;
 * - a level not yet used shows one less than its start ("0.1" for a Heading 2
 *   numbered before any Heading 1, as Word shows it).
 */

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 0 = never restart; n = restart after a level above n (1-based) is used; undefined = after any higher level. */
  restart?: number;
  isLgl: boolean;
  /** The paragraph style this level is attached to (w:pStyle), if any. */
  pStyle?: string;
}

interface AbstractNum {
  levels: Array<Level | undefined>;
  /** w:numStyleLink: the levels come from the list the numbering style names. */
  numStyleLink?: string;
  /** w:styleLink: this list defines that numbering style. */
  styleLink?: string;
}

interface NumInstance {
  abstractId: string;
  /** Level overrides: a restart value and/or a whole level. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** A paragraph's numbering properties, as read from w:numPr (direct or from its style). */
export interface NumberingRef {
  numId: string;
  /** Absent when a style gives numId without a level: the level attached to the style is used. */
  ilvl?: number;
}

const MAX_LEVELS = 9;

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumInstance>();
  /** Counters per list (an abstract list, or an instance that restarts it). */
  private readonly counters = new Map<string, Array<number | undefined>>();

  /**
   * @param numberingDoc word/numbering.xml, or null when the file has none.
   * @param numIdOfStyle the w:numId a numbering style (w:type="numbering") carries, for w:numStyleLink.
   */
  constructor(
    numberingDoc: Document | null,
    private readonly numIdOfStyle: (styleId: string) => string | null = () => null,
  ) {
    if (!numberingDoc) return;
    for (const el of children(numberingDoc.documentElement)) {
      if (el.localName === "abstractNum") {
        const id = wAttr(el, "abstractNumId");
        if (id !== null) this.abstracts.set(id, readAbstract(el));
      } else if (el.localName === "num") {
        const id = wAttr(el, "numId");
        const abstractId = wAttr(wChild(el, "abstractNumId"), "val");
        if (id === null || abstractId === null) continue;
        const overrides = new Map<number, { start?: number; level?: Level }>();
        for (const o of children(el)) {
          if (o.localName !== "lvlOverride") continue;
          const ilvl = intAttr(o, "ilvl");
          if (ilvl === null || ilvl < 0 || ilvl >= MAX_LEVELS) continue;
          const entry: { start?: number; level?: Level } = {};
          const start = intAttr(wChild(o, "startOverride"), "val");
          if (start !== null) entry.start = start;
          const lvl = wChild(o, "lvl");
          if (lvl) entry.level = readLevel(lvl);
          overrides.set(ilvl, entry);
        }
        this.nums.set(id, { abstractId, overrides });
      }
    }
  }

  get isEmpty(): boolean {
    return this.nums.size === 0;
  }

  /**
   * The number Word shows for the next paragraph numbered by `ref`, advancing
   * the list's counters; null when the paragraph is not numbered (w:numId 0,
   * an unknown list, or a level whose format shows nothing).
   * `styleId` is the paragraph's style, for levels attached to styles.
   */
  next(ref: NumberingRef, styleId: string | null): string | null {
    if (ref.numId === "0") return null;
    const num = this.nums.get(ref.numId);
    if (!num) return null;
    const abstractId = this.resolveAbstract(num.abstractId);
    const abstract = this.abstracts.get(abstractId);
    if (!abstract) return null;
    const levelOf = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abstract.levels[i];

    let ilvl = ref.ilvl;
    if (ilvl === undefined) {
      ilvl = 0;
      if (styleId) {
        for (let i = 0; i < MAX_LEVELS; i++) {
          if (levelOf(i)?.pStyle === styleId) {
            ilvl = i;
            break;
          }
        }
      }
    }
    if (ilvl < 0 || ilvl >= MAX_LEVELS) return null;
    const level = levelOf(ilvl);
    if (!level) return null;

    // An instance that restarts the list counts on its own; others share the abstract list's counters.
    const hasRestart = [...num.overrides.values()].some((o) => o.start !== undefined);
    const key = hasRestart ? `num:${ref.numId}` : `abstract:${abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
      this.counters.set(key, counters);
    }
    const startOf = (i: number) => num.overrides.get(i)?.start ?? levelOf(i)?.start ?? 1;

    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = levelOf(deeper)?.restart;
      // lvlRestart n: restart only after a level at or above n (1-based) is used; 0: never.
      if (restart === undefined || (restart > 0 && ilvl + 1 <= restart)) counters[deeper] = undefined;
    }

    if (level.numFmt === "none") return null;
    const legal = level.isLgl;
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      if (i > ilvl) return "";
      const value = counters![i] ?? startOf(i) - 1;
      return formatNumber(value, legal && i !== ilvl ? "decimal" : (levelOf(i)?.numFmt ?? "decimal"), legal);
    });
    return text === "" ? null : text;
  }

  /** Follows w:numStyleLink to the list that defines the numbering style (a few hops at most). */
  private resolveAbstract(id: string): string {
    let current = id;
    for (let hops = 0; hops < 4; hops++) {
      const abstract = this.abstracts.get(current);
      if (!abstract?.numStyleLink) return current;
      const numId = this.numIdOfStyle(abstract.numStyleLink);
      const target = numId ? this.nums.get(numId)?.abstractId : undefined;
      if (!target || target === current) {
        // The style's own list may be found by its w:styleLink when the style names no numId.
        for (const [otherId, other] of this.abstracts) if (other.styleLink === abstract.numStyleLink && otherId !== current) return otherId;
        return current;
      }
      current = target;
    }
    return current;
  }
}

function intAttr(el: XElement | null, name: string): number | null {
  const v = wAttr(el, name);
  if (v === null || !/^-?\d+$/.test(v.trim())) return null;
  return Number(v);
}

function readLevel(lvl: XElement): Level {
  const level: Level = {
    // ECMA-376 §17.9.25: with no w:start the level starts at 0 (Word writes it on every level it makes).
    start: intAttr(wChild(lvl, "start"), "val") ?? 0,
    numFmt: wAttr(wChild(lvl, "numFmt"), "val") ?? "decimal",
    lvlText: wAttr(wChild(lvl, "lvlText"), "val") ?? "",
    isLgl: onOff(wChild(lvl, "isLgl")) ?? false,
  };
  const restart = intAttr(wChild(lvl, "lvlRestart"), "val");
  if (restart !== null) level.restart = restart;
  const pStyle = wAttr(wChild(lvl, "pStyle"), "val");
  if (pStyle) level.pStyle = pStyle;
  return level;
}

function readAbstract(el: XElement): AbstractNum {
  const levels: Array<Level | undefined> = new Array(MAX_LEVELS).fill(undefined);
  for (const lvl of children(el)) {
    if (lvl.localName !== "lvl") continue;
    const ilvl = intAttr(lvl, "ilvl");
    if (ilvl !== null && ilvl >= 0 && ilvl < MAX_LEVELS) levels[ilvl] = readLevel(lvl);
  }
  const abstract: AbstractNum = { levels };
  const numStyleLink = wAttr(wChild(el, "numStyleLink"), "val");
  if (numStyleLink) abstract.numStyleLink = numStyleLink;
  const styleLink = wAttr(wChild(el, "styleLink"), "val");
  if (styleLink) abstract.styleLink = styleLink;
  return abstract;
}

const ROMAN: Array<[number, string]> = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: a..z, then aa..zz, aaa..zzz (the letter repeated), not spreadsheet columns. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

const CARDINALS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"];
const ORDINALS = ["Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"];

/** A counter in a level's number format (w:numFmt); formats Word rarely uses fall back to decimal. */
export function formatNumber(n: number, numFmt: string, legal = false): string {
  if (legal) return String(n);
  switch (numFmt) {
    case "upperRoman":
      return roman(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "ordinal":
      return `${n}${ordinalSuffix(n)}`;
    case "cardinalText":
      return CARDINALS[n] ?? String(n);
    case "ordinalText":
      return ORDINALS[n] ?? `${n}${ordinalSuffix(n)}`;
    case "none":
      return "";
    case "bullet":
      // A bullet's lvlText is its symbol, with no %n in it; a stray %n shows nothing.
      return "";
    default:
      return String(n);
  }
}
