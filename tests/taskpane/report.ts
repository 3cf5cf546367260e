import type { Report } from "../../src/check/rules";
import { getUnit } from "../../src/units/catalogue";

/** A report for unit 8580-500 with nothing in it, overridden by `partial`: the pane model tests' starting point. */
export function emptyReport(partial: Partial<Report>): Report {
  const unit = getUnit("8580-500")!;
  return { unit: unit.id, wordCount: 0, wordRange: unit.wordRange, sections: [], citations: [], references: [], problems: [], ...partial };
}
