import { useEffect } from "react";
import { firstViewPainted } from "../first-paint";

let marked = false;

/**
 * Marks the moment the pane is usable, for `npm run bench` (and anyone timing the pane): sets
 * `data-pane-ready="true"` on <html> and the performance mark "ilm-pane-ready". It costs nothing
 * and reveals nothing about the draft.
 *
 * Render it beside the first usable view, inside that view's Suspense boundary: React commits
 * it, and runs this effect, only once the view itself is committed. The mark waits one frame and
 * then one task more, so it falls after the browser has painted that frame (a requestAnimationFrame
 * callback runs just before the paint) and the page is free to answer a click. Once per page.
 */
export function ReadyMark() {
  useEffect(() => {
    if (marked) return;
    marked = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        document.documentElement.dataset.paneReady = "true";
        performance.mark("ilm-pane-ready");
        firstViewPainted();
      };
      channel.port2.postMessage(null);
    });
  }, []);
  return null;
}
