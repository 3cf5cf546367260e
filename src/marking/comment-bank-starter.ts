/**
 * The snippets a new tutor's comment bank starts with: for every AC of every unit, one per pass
 * descriptor (what the pass standard asks, from the unit's mark sheet), one on the AC's command
 * verb (what it asks, from the glossary: the commonest feedback is "describes where it should
 * evaluate"), and one on its source requirement; then general feedback on referencing, structure
 * and reflection. The tutor edits or deletes them like their own.
 */
import { lookupVerb } from "../units/glossary";
import type { Unit } from "../units/types";
import type { Snippet } from "./comment-bank";

const GENERAL: ReadonlyArray<[id: string, text: string]> = [
  ["cite", "Cite the source of this idea or model in Harvard style, for example (Starr, 2016), and add it to your reference list."],
  ["reference-list", "Check that every source you cite is in the reference list, and that every entry in the list is cited in the text."],
  ["describe-evaluate", "This section describes well; now weigh it up: say what works, what does not and why, and reach a judgement of your own."],
  ["own-practice", "Bring this to life with an example from your own coaching or mentoring practice, or your organisation."],
  ["agree-disagree", "Say whether you agree or disagree with the theory, and give your reasons."],
  ["side-heading", "Use the exact wording of the assessment criterion as the side-heading, so the marker can see the criterion is covered."],
  ["word-count", "This section is short for what the criterion asks: develop each point with evidence and an example."],
  ["proofread", "Proofread this paragraph: some sentences are hard to follow."],
  ["well-done", "A clear, well-evidenced answer: well done."],
];

/** The text as a sentence: capital first, one full stop at the end. */
function asSentence(s: string): string {
  const t = s.trim().replace(/[.:;,]+$/, "");
  return t ? `${t[0]!.toUpperCase()}${t.slice(1)}.` : t;
}

function lowerFirst(s: string): string {
  return s ? `${s[0]!.toLowerCase()}${s.slice(1)}` : s;
}

/** The starter snippets for one unit, in AC order. */
export function starterSnippetsFor(unit: Unit): Snippet[] {
  const out: Snippet[] = [];
  for (const c of unit.criteria) {
    const base = { unit: unit.id, ac: c.id, starter: true as const };
    c.passDescriptors.forEach((d, i) => {
      out.push({
        ...base,
        id: `starter:${unit.id}:${c.id}:pass-${i + 1}`,
        text: `AC ${c.id}: the pass standard asks for the following, which your answer does not show yet: ${asSentence(d)}`,
      });
    });
    const verb = c.verbs[0];
    const meaning = verb ? lookupVerb(verb)?.meaning : undefined;
    if (verb && meaning) {
      out.push({
        ...base,
        id: `starter:${unit.id}:${c.id}:verb`,
        text: `AC ${c.id} asks you to ${verb.toLowerCase()}: ${lowerFirst(asSentence(meaning))} So far your answer mostly describes; take it further, as the criterion asks.`,
      });
    }
    if (c.sources) {
      out.push({ ...base, id: `starter:${unit.id}:${c.id}:sources`, text: `AC ${c.id}: ${c.sources.reason}` });
    }
  }
  return out;
}

export function generalStarterSnippets(): Snippet[] {
  return GENERAL.map(([id, text]) => ({ id: `starter:general:${id}`, text, starter: true }));
}

/** The whole starter bank: general snippets, then every unit's. */
export function starterSnippets(units: readonly Unit[]): Snippet[] {
  return [...generalStarterSnippets(), ...units.flatMap(starterSnippetsFor)];
}
