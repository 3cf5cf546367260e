/**
 * Finding a source to cite in a long library: a search over authors, editors, title and year, and
 * the sources used most recently (cited from the pane this session, or already cited in the draft).
 */
import type { Report } from "../../check/rules";
import type { CslItem } from "../../harvard/library/csl";
import { yearOf } from "../../harvard/library/dates";
import { workKey } from "../../harvard/match";
import { foldForNameMatch } from "../../shared/text/fold";
import { itemWorkKey } from "./backend";

/** Every word of the query appears in the source's names, title, container or year (case and accents ignored). */
export function matchesSource(item: CslItem, query: string): boolean {
  const words = foldForNameMatch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const names = [...(item.author ?? []), ...(item.editor ?? [])].map((n) => `${n.family ?? ""} ${n.given ?? ""} ${n.literal ?? ""}`);
  const hay = foldForNameMatch([...names, item.title ?? "", item["container-title"] ?? "", yearOf(item.issued)].join(" "));
  return words.every((w) => hay.includes(w));
}

/**
 * The sources to offer first: those inserted from the pane this session (latest first), then those
 * the draft already cites, at most `max`.
 */
export function recentSources(items: readonly CslItem[], insertedIds: readonly string[], report: Pick<Report, "citations"> | null, max = 5): CslItem[] {
  const byId = new Map(items.map((it) => [it.id, it]));
  const out: CslItem[] = [];
  const add = (it: CslItem | undefined) => {
    if (it && !out.includes(it) && out.length < max) out.push(it);
  };
  for (const id of insertedIds) add(byId.get(id));
  const cited = new Set((report?.citations ?? []).filter((c) => !c.secondary).map((c) => workKey(c.authors[0] ?? "", c.year.replace(/(\d{4})[a-z]$/, "$1"))));
  for (const it of items) if (cited.has(itemWorkKey(it))) add(it);
  return out;
}

/** Sources cited from the pane in this session, latest first: they last until the pane closes. */
const inserted: string[] = [];

export function rememberCited(ids: readonly string[]): void {
  for (const id of [...ids].reverse()) {
    const at = inserted.indexOf(id);
    if (at >= 0) inserted.splice(at, 1);
    inserted.unshift(id);
  }
  inserted.length = Math.min(inserted.length, 20);
}

export function citedThisSession(): readonly string[] {
  return inserted;
}
