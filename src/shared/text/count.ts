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
