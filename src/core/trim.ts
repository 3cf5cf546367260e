/**
 * Trimming without regular expressions: "[chars]+$" makes a regex engine try
 * every start inside a long run (quadratic), so trailing runs are cut by hand.
 */

/** `text` without any trailing characters for which `drop` is true. */
export function trimEndWhere(text: string, drop: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** White space as Word text has it (space, tab, line breaks, non-breaking and narrow spaces). */
export function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}
