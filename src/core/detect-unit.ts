/**
 * Which unit a draft answers, when nobody said: the add-in's template tag
 * if the draft has one, else the catalogue unit whose AC wording best
 * matches the side-headings. Wording decides, not numbers: the two 8580-500
 * mark sheets share the numbers 1.1–3.2 but not the words.
 */
import type { DraftDocument } from "../model/document";
import { TAG_PREFIX } from "../model/document";
import type { Unit } from "../units/types";
import { headingForm, sideHeadingAt } from "./side-headings";
import { foldAcWording, wordingSimilarity } from "./wording";
import { parseAcNumber } from "./ac-number";
import { splitHeadingNotes } from "./heading-notes";

const TEMPLATE_TAG = `${TAG_PREFIX}template:`;

/** The unit id announced by an "ilm:template:<unit>" content control, if any. */
export function unitFromTemplateTag(doc: DraftDocument): string | null {
  for (const p of doc.paragraphs) {
    for (const t of p.tags) if (t.startsWith(TEMPLATE_TAG)) return t.slice(TEMPLATE_TAG.length);
  }
  return null;
}

/** A numbered side-heading's wording, whatever unit it belongs to. */
interface Candidate {
  ac: string;
  wording: string;
  /** The number is Word's list counting, not typed: an unnumbered heading in the list shifts it. */
  fromList: boolean;
}

function candidates(doc: DraftDocument): { numbered: Candidate[]; unnumbered: Set<string> } {
  const out: Candidate[] = [];
  const unnumbered = new Set<string>();
  const any = () => "";
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const h = sideHeadingAt(doc.paragraphs, i, any);
    if (!h) {
      // A heading with an AC's exact wording but no number still names the unit.
      if (headingForm(doc.paragraphs, i)) unnumbered.add(foldAcWording(doc.paragraphs[i]!.text));
      continue;
    }
    // A number alone ("1.1" in its own cell) is followed by its wording.
    let wording = h.wording;
    if (wording === "") wording = doc.paragraphs[i + 1]?.text ?? "";
    const p = doc.paragraphs[i]!;
    out.push({ ac: h.ac, wording, fromList: !!p.listNumber && !parseAcNumber(splitHeadingNotes(p.text).text) });
  }
  return { numbered: out, unnumbered };
}

/** How many paragraphs at the start may name the unit number ("ILM Unit 8580-503: ..."). */
const TITLE_PARAGRAPHS = 12;

function unitNumbersNamed(doc: DraftDocument): Set<string> {
  const found = new Set<string>();
  for (const p of doc.paragraphs.slice(0, TITLE_PARAGRAPHS)) {
    for (const m of p.text.matchAll(/\b(\d{4})[-\u2010-\u2013 ](\d{3})\b/g)) found.add(`${m[1]}-${m[2]}`);
  }
  return found;
}

export interface UnitScore {
  unit: Unit;
  /** Sum over the unit's ACs of the best wording match among side-headings with that number (0–1 each). */
  score: number;
  /** Side-headings whose number the unit has. */
  numbersMatched: number;
}

/** Every catalogue unit scored against the draft, best first. */
export function scoreUnits(doc: DraftDocument, catalogue: readonly Unit[]): UnitScore[] {
  const { numbered: found, unnumbered } = candidates(doc);
  const named = unitNumbersNamed(doc);
  const scores = catalogue.map((unit, order) => {
    const wordings = new Map(unit.criteria.map((c) => [c.id, c.wording]));
    const best = new Map<string, number>();
    let numbersMatched = 0;
    for (const c of found) {
      const official = wordings.get(c.ac);
      let ac = official === undefined ? null : c.ac;
      let s = official === undefined ? 0 : wordingSimilarity(c.wording, official);
      // Word's counting may be off by a heading left in the list; the wording then names the AC.
      if (c.fromList) {
        for (const [id, w] of wordings) {
          const other = id === c.ac ? s : wordingSimilarity(c.wording, w);
          if (other > s) [ac, s] = [id, other];
        }
      }
      if (ac === null) continue;
      numbersMatched++;
      if (s > (best.get(ac) ?? 0)) best.set(ac, s);
    }
    if (unnumbered.size) {
      for (const c of unit.criteria) if (unnumbered.has(foldAcWording(c.wording))) best.set(c.id, 1);
    }
    let score = 0;
    for (const s of best.values()) score += s;
    return { unit, score, numbersMatched, named: named.has(unit.unitNumber), order };
  });
  scores.sort(
    (a, b) =>
      b.score - a.score ||
      b.numbersMatched - a.numbersMatched ||
      Number(b.named) - Number(a.named) ||
      a.order - b.order,
  );
  return scores.map(({ unit, score, numbersMatched }) => ({ unit, score, numbersMatched }));
}

/** Below this, side-headings are too unlike any unit's wording to choose by them. */
const MIN_DETECTION_SCORE = 1;

/**
 * The catalogue unit the draft answers, or null when neither its side-headings
 * nor its title say. A unit number in the title decides only when the wording
 * cannot (no side-headings, or numbers alone).
 */
export function detectUnitIn(doc: DraftDocument, catalogue: readonly Unit[]): Unit | null {
  const scores = scoreUnits(doc, catalogue);
  const top = scores[0];
  if (top && top.score >= MIN_DETECTION_SCORE) return top.unit;
  const named = unitNumbersNamed(doc);
  // With no wording to go on, an exact catalogue id in the title ("8580-500") wins over an edition.
  for (const u of catalogue) if (named.has(u.id)) return u;
  for (const u of catalogue) if (named.has(u.unitNumber)) return u;
  return null;
}
