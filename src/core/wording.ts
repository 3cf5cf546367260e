/**
 * Comparing a learner's side-heading with the official AC wording.
 *
 * "Exact" means equal after folding case, white space, quote marks, dashes,
 * trailing punctuation and the "AC 1.1" prefix (see foldForWordingMatch in src/shared/text/fold.ts). Anything
 * else is an altered heading, and the learner is told what differs.
 */
import { parseAcNumber } from "./ac-number";
import { foldForWordingMatch } from "../shared/text/fold";

/**
 * Folded form of the wording after any AC number: foldForWordingMatch
 * (case, white space, quotes, dashes, "AC" prefix, trailing punctuation).
 */
export function foldAcWording(text: string): string {
  const numbered = parseAcNumber(text);
  return foldForWordingMatch(numbered ? numbered.rest : text);
}

/**
 * foldAcWording for the unit's own wordings. They are catalogue data: the same few
 * dozen are compared with every side-heading of every draft, so each is folded once.
 * (Bounded, in case a caller passes other text as the official wording.)
 */
const officialFolds = new Map<string, string>();

export function foldOfficialWording(official: string): string {
  let folded = officialFolds.get(official);
  if (folded === undefined) {
    folded = foldAcWording(official);
    if (officialFolds.size >= 1000) officialFolds.clear();
    officialFolds.set(official, folded);
  }
  return folded;
}

function tokensOf(folded: string): string[] {
  return folded === "" ? [] : folded.split(" ");
}

export interface WordingComparison {
  exact: boolean;
  /** What differs, for the learner: 'words missing: "critically review the"'. */
  difference?: string;
}

/** Longest common subsequence of two token lists, as pairs of indices; bounded so it stays cheap. */
function commonTokens(a: string[], b: string[]): Array<[number, number]> {
  // Prefix and suffix first: most altered headings differ in one place.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < pre; i++) pairs.push([i, i]);
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  // Side-headings are short; a heading-styled essay paragraph is not worth a quadratic table.
  if (am.length > 0 && bm.length > 0 && am.length * bm.length <= 40_000) {
    const w = bm.length + 1;
    const t = new Uint16Array((am.length + 1) * w);
    for (let i = am.length - 1; i >= 0; i--) {
      for (let j = bm.length - 1; j >= 0; j--) {
        t[i * w + j] = am[i] === bm[j] ? t[(i + 1) * w + j + 1]! + 1 : Math.max(t[(i + 1) * w + j]!, t[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < am.length && j < bm.length) {
      if (am[i] === bm[j]) {
        pairs.push([pre + i, pre + j]);
        i++;
        j++;
      } else if (t[(i + 1) * w + j]! >= t[i * w + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = suf; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

/** Runs of tokens not in the common subsequence, as quoted phrases. */
function runsOutside(tokens: string[], kept: Set<number>): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !kept.has(i)) run.push(tokens[i]!);
    else if (run.length) {
      runs.push(run.join(" "));
      run = [];
    }
  }
  return runs;
}

const MAX_SHOWN_WORDS = 12;

/** Quoted phrases, cut after about a dozen words so the message stays one readable sentence. */
function quoteRuns(runs: string[]): string {
  const shown: string[] = [];
  let budget = MAX_SHOWN_WORDS;
  for (const r of runs) {
    if (budget <= 0) {
      shown.push("…");
      break;
    }
    const words = r.split(" ");
    shown.push(`“${words.length > budget ? words.slice(0, budget).join(" ") + " …" : r}”`);
    budget -= words.length;
  }
  return shown.join(", ");
}

/** Compare the wording after the AC number with the official wording. */
export function compareWording(learner: string, official: string): WordingComparison {
  const fa = foldOfficialWording(official);
  const fb = foldAcWording(learner);
  // equal folds are equal token lists: most headings are exact, and need no tokens
  if (fa === fb) return { exact: true };
  const a = tokensOf(fa);
  const b = tokensOf(fb);
  if (b.length === 0) return { exact: false, difference: "the wording of the criterion is missing" };
  const pairs = commonTokens(a, b);
  const missing = runsOutside(a, new Set(pairs.map((p) => p[0])));
  const added = runsOutside(b, new Set(pairs.map((p) => p[1])));
  const parts: string[] = [];
  if (missing.length) parts.push(`words missing: ${quoteRuns(missing)}`);
  if (added.length) parts.push(`words added: ${quoteRuns(added)}`);
  return { exact: false, difference: parts.join("; ") };
}

/**
 * How alike two wordings are, 0–1 (Dice coefficient over folded words).
 * Used to detect the unit; linear in the length of both texts.
 */
export function wordingSimilarity(learner: string, official: string): number {
  const a = tokensOf(foldOfficialWording(official));
  const b = tokensOf(foldAcWording(learner));
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const c = counts.get(t);
    if (c) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
