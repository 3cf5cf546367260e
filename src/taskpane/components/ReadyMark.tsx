import { useEffect } from "react";
import { markFirstViewPainted } from "../first-paint";

/**
 * Marks the pane usable (first-paint.ts) when React draws the first usable view itself: a tutor's
 * or a centre's view, which the first view drawn without React (first-view/render.ts) leaves to
 * React. Render it beside that view, inside the view's Suspense boundary: React commits it, and
 * runs this effect, only once the view itself is committed. Once per page, whoever marks first.
 */
export function ReadyMark() {
  useEffect(() => markFirstViewPainted(), []);
  return null;
}
