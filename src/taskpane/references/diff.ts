import type { FormattedEntry } from "../../harvard/format/harvard-format";
import { diffReferenceRows, type DiffKind, type DiffRow } from "../../harvard/library/typed-diff";

export type { DiffKind, DiffRow };

/** The pane's view of "Update reference list": the generated entries against the typed lines. */
export function diffReferenceList(current: readonly string[], next: readonly FormattedEntry[]): DiffRow[] {
  return diffReferenceRows(current, next.map((e) => e.text));
}
