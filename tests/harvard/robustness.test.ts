/**
 * Robustness: seeded random text built from the pieces that trip citation
 * scanners (brackets, years, "et al.", quotes, particles, line breaks) never
 * throws, and whatever is reported is well formed.
 */
import { checkReferencing } from "../../src/harvard/check-referencing";
import { scanCitations } from "../../src/harvard/intext";
import { parseReference } from "../../src/harvard/reference-parse";
import { makeParagraph } from "../../src/model/document";

const PIECES = [
  "(", ")", "[", "]", ";", ",", ".", ":", " ", " ", " ", "\n", "\u00ad", "\u2019", "'", "\u201c", "\u201d", "&", "and ", "et al.", "et al",
  "2009", "2009a", "b", "n.d.", "no date", "in press", "p. 42", "pp. 1-2", "Smith", "van", "de Haan", "O'Neill", "CIPD",
  "Institute of Leadership", "cited in", "see", "e.g.", "Table 1", "12 Marks", "8.8.15", "1.2", "Schön", "2019/20", "1996.5",
];

/** Mulberry32: a small seeded generator, so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(next: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe("robustness on random text", () => {
  it("scans 2,000 random paragraphs without throwing, reporting only well-formed citations", () => {
    const next = rng(20240611);
    let total = 0;
    for (let i = 0; i < 2000; i++) {
      const text = randomText(next, 1 + Math.floor(next() * 60));
      const found = scanCitations(text);
      total += found.length;
      for (const c of found) {
        expect(c.authors.length).toBeGreaterThan(0);
        expect(c.authors.every((a) => a.trim().length > 0)).toBe(true);
        expect(c.year.text).toMatch(/^(?:\d{4}[a-z]?|no date|n\.d\.|undated|in press|forthcoming)$/);
        expect(c.text.length).toBeGreaterThan(0);
      }
    }
    // the pieces do form citations now and then, so the checks above ran on something
    expect(total).toBeGreaterThan(20);
  });

  it("parses 2,000 random reference lines without throwing and keeps every line's text", () => {
    const next = rng(7);
    for (let i = 0; i < 2000; i++) {
      const text = randomText(next, 1 + Math.floor(next() * 40));
      const r = parseReference(text, "references", i);
      expect(r.text).toBe(text);
      if (r.year) expect(r.year.base).toMatch(/^(?:\d{4}|nodate|inpress)$/);
    }
  });

  it("runs the whole check on random sections", () => {
    const next = rng(99);
    const body = Array.from({ length: 200 }, (_, i) => makeParagraph({ index: i, text: randomText(next, 50) }));
    const refs = Array.from({ length: 50 }, (_, i) => makeParagraph({ index: 200 + i, text: randomText(next, 20) }));
    const result = checkReferencing({
      unit: null,
      sections: [
        { kind: "ac", ac: "1.1", paragraphs: body },
        { kind: "references", ac: null, paragraphs: refs },
      ],
    });
    for (const p of result.problems) expect(p.message).not.toMatch(/undefined|NaN|\[object/);
    expect(result.references.length).toBeLessThanOrEqual(50);
  });
});
