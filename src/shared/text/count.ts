const GROUPED = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** A count as a British reader writes it: 3829 -> "3,829" (rounded to a whole number). */
export function formatCount(n: number): string {
  return GROUPED.format(Math.round(n));
}
