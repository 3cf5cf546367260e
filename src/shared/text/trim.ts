/**
 * Trimming without regular expressions: "[chars]+$" makes a regex engine try every start
 * inside a long run (quadratic), so trailing runs are cut by hand.
 */

/** `text` without any trailing characters for which `drop` is true. */
export function trimEndWhere(text: string, drop: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without any trailing characters listed in `chars` (each a single UTF-16 unit). */
export function trimEndOf(text: string, chars: string): string {
  return trimEndWhere(text, (code) => chars.includes(String.fromCharCode(code)));
}
