/**
 * What happens at the edge of a block-level content control. A control's start tag sits in its
 * first paragraph and its end tag at its last paragraph's mark, so Word treats those paragraphs
 * as holding the control's boundary:
 * - deleting the first or last paragraph of a control removes the control, "by design"
 *   (office-js #4975, answered by the Word team; also #3176);
 * - `Paragraph.insertParagraph("Before")` on a control's first paragraph lands before the
 *   control, and `"After"` on its last paragraph lands after it (office-js #3176).
 * The diagnostics checks "delete-edge-paragraph" and "insert-after-control-edge" confirm both.
 */
import type { ControlData, MemoryDocument, ParaData } from "./model";

/** Controls whose first (or last) paragraph is `p`. */
export function controlsAtEdge(doc: MemoryDocument, p: ParaData, edge: "first" | "last"): ControlData[] {
  const i = doc.indexOf(p);
  const neighbour = doc.paragraphs[edge === "first" ? i - 1 : i + 1];
  return p.controls.filter((c) => !neighbour || !neighbour.controls.includes(c));
}

/** Controls a deletion of `p` takes with it: every control that starts or ends at `p`. */
export function edgeDeleteRemovesControls(doc: MemoryDocument, p: ParaData): ControlData[] {
  const first = controlsAtEdge(doc, p, "first");
  const last = controlsAtEdge(doc, p, "last");
  return p.controls.filter((c) => first.includes(c) || last.includes(c));
}
