/**
 * Centre templates mark their guidance by putting it in {curly braces}
 * (seed 002: "{Note: everything between these brackets is there to guide
 * you ...}"). A paragraph wholly inside braces is guidance, not answer text;
 * so is a run of paragraphs opened by "{" and closed by "}" a few paragraphs
 * later, as long as no heading comes in between.
 */
import type { DocParagraph } from "../model/document";

/** Brace depth change of a text, and whether the depth fell to zero before its end. */
function scanBraces(text: string, depthIn: number): { depth: number; closedEarly: boolean } {
  let depth = depthIn;
  let closedEarly = false;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth <= 0 && i < last) closedEarly = true;
      if (depth < 0) depth = 0;
    }
  }
  return { depth, closedEarly };
}

/** For each paragraph (by array position), whether it is wholly in {curly braces}. */
export function bracedParagraphs(paragraphs: readonly DocParagraph[]): boolean[] {
  const braced = new Array<boolean>(paragraphs.length).fill(false);
  // After a failed search for a closing brace, starts before this point are judged alone,
  // so no paragraph is scanned more than twice (linear in the document).
  let searchedTo = -1;
  let i = 0;
  while (i < paragraphs.length) {
    const text = paragraphs[i]!.text.trim();
    if (!text.startsWith("{")) {
      i++;
      continue;
    }
    const first = scanBraces(text, 0);
    if (first.closedEarly) {
      // "{a} then the learner's own words" is not wholly guidance.
      i++;
      continue;
    }
    if (first.depth === 0) {
      braced[i] = true;
      i++;
      continue;
    }
    if (i < searchedTo) {
      i++;
      continue;
    }
    // An open brace: look for the paragraph that closes it.
    let depth = first.depth;
    let j = i + 1;
    let closedAt = -1;
    for (; j < paragraphs.length; j++) {
      const p = paragraphs[j]!;
      if (p.headingLevel > 0) break;
      const t = p.text.trim();
      const s = scanBraces(t, depth);
      depth = s.depth;
      if (depth === 0) {
        if (!s.closedEarly) closedAt = j;
        break;
      }
    }
    if (closedAt >= 0) {
      for (let k = i; k <= closedAt; k++) braced[k] = true;
      i = closedAt + 1;
    } else {
      // Never closed (or closed mid-paragraph): not guidance.
      searchedTo = j;
      i++;
    }
  }
  return braced;
}
