/**
 * A count as a British reader writes it: 3829 -> "3,829", rounded to a whole number.
 * Grouped by hand rather than with Intl or toLocaleString: their first call loads the
 * locale's data, which costs more than checking a draft (a one-file ilm-check is mostly
 * start-up), and en-GB grouping is fixed.
 */
export function formatCount(n: number): string {
  const rounded = Math.round(n);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, ",");
  return rounded < 0 ? `-${digits}` : digits;
}

/** "1 error", "3 errors", "1,204 words": a count with the word that goes with it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
