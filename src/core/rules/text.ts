import { isSpaceCode, trimEndWhere } from "../trim";

/** Small helpers for messages a learner reads (British English, one sentence). */

/** 3829 -> "3,829". */
export function formatNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The first words of a long wording, for quoting it inside a sentence. */
export function shortWording(wording: string, maxWords = 12): string {
  const words = trimEndWhere(wording.trim(), (c) => c === 0x2e || isSpaceCode(c)).split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(" ")} …` : words.join(" ");
}
