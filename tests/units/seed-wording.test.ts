/**
 * The catalogue against the seeds: every AC wording must occur, character for character (white
 * space folded), in the seed it came from, in the seed's order; every descriptor, guidance item,
 * brief and note must occur in one of the unit's seeds. A single changed character fails here.
 */
import { UNITS, getUnit } from "../../src/units/catalogue";
import { flattenGuidance } from "../../src/units/guidance-items";
import type { Unit } from "../../src/units/catalogue";
import { SEEDS_PRESENT, SKIP_MESSAGE, foldContent, foldSpace, readSeed } from "./shared-seeds";

/** Where each unit's AC wording comes from: the seed, and the part of it (seed 001 holds three units). */
const WORDING_SOURCE: Record<string, { seed: string; from?: string; to?: string }> = {
  "8580-500": { seed: "000" },
  "8580-500-2017": { seed: "001", from: "Assignment One:", to: "Assignment two:" },
  "8580-501": { seed: "001", from: "Assignment two:", to: "Assignment Three:" },
  "8580-503": { seed: "001", from: "Assignment Three:" },
  "8580-502": { seed: "004", from: "Learning Outcomes", to: "Key Learning Areas" },
  "8581-700": { seed: "002" },
};

/** Units whose outcome titles are the seed's own (the others are derived and say so in comments). */
const TITLES_FROM_SEED = new Set(["8580-502", "8581-700"]);

/** The folded text of the part of the seed a unit's ACs come from. Body sections, not the contents list. */
function wordingSource(unit: Unit): string {
  const src = WORDING_SOURCE[unit.id];
  let text = readSeed(src.seed);
  if (src.from) text = text.slice(text.lastIndexOf(src.from));
  if (src.to) text = text.slice(0, text.indexOf(src.to) === -1 ? undefined : text.indexOf(src.to));
  return corrected(foldSpace(text), unit);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A seed's text with the unit's declared corrections applied (whole words, exact case): nothing else may differ. */
function corrected(seedText: string, unit: Unit): string {
  let text = seedText;
  for (const c of unit.seedCorrections ?? []) {
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldSpace(c.seed))}(?![\\p{L}\\p{N}])`, "gu"), c.text);
  }
  return text;
}

/** Titles and labels are names: the catalogue puts them in sentence case, so their case is not compared. */
const NAMES = /^outcomes\[\d+\]\.title$|\.label$/;

/** Every piece of seed-derived text of a unit other than the AC wording, with a label for messages. */
function seedTexts(u: Unit): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (u.introduction) out.push(["introduction.prompt", u.introduction.prompt]);
  if (u.brief) out.push(["brief", u.brief]);
  u.notes?.forEach((n, i) => out.push([`notes[${i}]`, n]));
  u.outcomes.forEach((o, i) => {
    if (o.intro) out.push([`outcomes[${i}].intro`, o.intro]);
    if (o.brief) out.push([`outcomes[${i}].brief`, o.brief]);
    if (TITLES_FROM_SEED.has(u.id)) out.push([`outcomes[${i}].title`, o.title]);
  });
  u.criteria.forEach((c, i) => {
    c.passDescriptors.forEach((d, j) => out.push([`criteria[${i}].passDescriptors[${j}]`, d]));
    flattenGuidance(c.indicativeContent).forEach((d, j) => out.push([`criteria[${i}].indicativeContent[${j}]`, d.text]));
    if (c.brief) out.push([`criteria[${i}].brief`, c.brief]);
    if (c.label) out.push([`criteria[${i}].label`, c.label]);
  });
  return out;
}

/** Change one letter near the middle of a wording (to a letter it is not). */
function mutateOneCharacter(s: string): string {
  for (let i = Math.floor(s.length / 2); i < s.length; i++) {
    if (/[a-z]/i.test(s[i])) return s.slice(0, i) + (s[i].toLowerCase() === "x" ? "q" : "x") + s.slice(i + 1);
  }
  throw new Error("no letter to change");
}

if (!SEEDS_PRESENT) {
  describe("unit catalogue against the seeds", () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
} else {
  describe.each(UNITS.map((u) => [u.id, u] as const))("unit %s against its seeds", (id, unit) => {
    const source = wordingSource(unit);

    it.each(unit.criteria.map((c) => [c.id, c.wording] as const))(
      "AC %s wording occurs verbatim in the seed",
      (_ac, wording) => {
        const w = foldSpace(wording);
        // A short message rather than the whole seed when it fails.
        expect(source.includes(w) ? "found" : `not in seed ${WORDING_SOURCE[id].seed}: "${w}"`).toBe("found");
      },
    );

    it("ACs appear in the seed's order", () => {
      let from = 0;
      for (const c of unit.criteria) {
        const at = source.indexOf(foldSpace(c.wording), from);
        if (at < 0) throw new Error(`AC ${c.id} not found after the previous AC in the seed (order or wording differs)`);
        from = at + 1;
      }
    });

    it("a one-character change to any wording is not found (the check can fail)", () => {
      for (const c of unit.criteria) {
        expect(source).not.toContain(foldSpace(mutateOneCharacter(c.wording)));
      }
    });

    it("every descriptor, guidance item, brief and note is seed text", () => {
      const seeds = unit.seeds.map((s) => corrected(foldContent(readSeed(s)), unit));
      const found = (where: string, text: string) =>
        NAMES.test(where)
          ? seeds.some((s) => s.toLowerCase().includes(foldContent(text).toLowerCase()))
          : seeds.some((s) => s.includes(foldContent(text)));
      const missing = seedTexts(unit)
        .filter(([where, text]) => !found(where, text))
        .map(([where, text]) => `${where}: ${text.slice(0, 80)}`);
      expect(missing).toEqual([]);
    });

    it("every correction it declares finds the seed's words it corrects (none is stale)", () => {
      const seeds = unit.seeds.map((s) => foldContent(readSeed(s)));
      const stale = (unit.seedCorrections ?? []).filter((c) => !seeds.some((s) => s.includes(foldSpace(c.seed)))).map((c) => c.seed);
      expect(stale).toEqual([]);
    });
  });

  describe("seed details the catalogue must carry", () => {
    it("8581-700 marks are the seed's {max N Marks} notes, in order", () => {
      const seed = readSeed("002");
      const fromSeed = [...seed.matchAll(/\{max(?:imum)? (\d+) Marks\}/g)].map((m) => Number(m[1]));
      expect(getUnit("8581-700")!.criteria.map((c) => c.marks)).toEqual(fromSeed);
    });

    it("8581-700 word range is the seed's suggested word count", () => {
      const m = /Suggested word count (\d+)-(\d+) words/.exec(readSeed("002"));
      expect(m).not.toBeNull();
      expect(getUnit("8581-700")!.wordRange).toEqual([Number(m![1]), Number(m![2])]);
    });

    it("8580-500 word range is the task brief's suggested word count", () => {
      const m = /word count for this unit is ([\d,]+) to ([\d,]+) words/.exec(readSeed("003"));
      expect(m).not.toBeNull();
      const n = (s: string) => Number(s.replace(/,/g, ""));
      expect(getUnit("8580-500")!.wordRange).toEqual([n(m![1]), n(m![2])]);
    });

    it("8580-500 has a brief for every AC the task brief numbers", () => {
      const ids = [...readSeed("003").matchAll(/^(\d\.\d)\t/gm)].map((m) => m[1]);
      const unit = getUnit("8580-500")!;
      expect(unit.criteria.map((c) => c.id)).toEqual(ids);
      for (const c of unit.criteria) expect(c.brief).toBeTruthy();
    });

    it("8580-500 has every 'AC x.y' of seed 000, with its pass descriptors", () => {
      const ids = [...readSeed("000").matchAll(/^AC (\d\.\d)\s/gm)].map((m) => m[1]);
      const unit = getUnit("8580-500")!;
      expect(unit.criteria.map((c) => c.id)).toEqual(ids);
      for (const c of unit.criteria) expect(c.passDescriptors.length).toBeGreaterThan(0);
    });
  });
}
