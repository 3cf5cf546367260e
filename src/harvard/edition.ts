/**
 * Which edition of Cite Them Right the reference list is formatted in and the
 * referencing style notes follow. The 12th (2022) is what UK universities and ILM
 * centres teach now; a centre may keep the 11th. A plain setting, passed in by
 * whoever knows it (the CLI's --edition, later a centre's Harvard settings).
 */
export type CtrEdition = "12th" | "11th";

export const CTR_EDITIONS: readonly CtrEdition[] = ["12th", "11th"];

export const DEFAULT_EDITION: CtrEdition = "12th";

/** "12th", "12", "11th edition" -> the edition; null for anything else. */
export function parseEdition(text: string): CtrEdition | null {
  const m = /^\s*(1[12])(?:th)?(?:\s+edition)?\s*$/i.exec(text);
  return m ? (`${m[1]}th` as CtrEdition) : null;
}

/** "Cite Them Right 12th edition", for messages and the pane. */
export function editionName(edition: CtrEdition): string {
  return `Cite Them Right ${edition} edition`;
}
