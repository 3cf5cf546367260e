/**
 * The moment the pane's first usable view has been painted (the first view drawn without React,
 * first-view/render.ts, says so; components/ReadyMark.tsx does for a view only React draws).
 * What the first view does not need waits for it: the Help menu (Fluent's Menu and its
 * positioning code), a tutor's feedback on a marked draft, and fetching the other views ahead
 * of use (prefetch.ts). So the learner's first view is all the pane fetches before it is usable.
 */

let painted = false;
const waiting: Array<() => void> = [];

let marking = false;

/**
 * Marks the moment the pane is usable, for `npm run bench` (and anyone timing the pane): sets
 * `data-pane-ready="true"` on <html> and the performance mark "ilm-pane-ready", then resumes what
 * waits for the first paint. It costs nothing and reveals nothing about the draft. Call it once the
 * first usable view is in the DOM: the mark waits one frame and then one task more, so it falls
 * after the browser has painted that frame (a requestAnimationFrame callback runs just before the
 * paint) and the page is free to answer a click. Once per page; later calls do nothing.
 */
export function markFirstViewPainted(): void {
  if (marking) return;
  marking = true;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      document.documentElement.dataset.paneReady = "true";
      performance.mark("ilm-pane-ready");
      painted = true;
      for (const resume of waiting.splice(0)) resume();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves once the first usable view has been painted (at once if it has). */
export function afterFirstPaint(): Promise<void> {
  return painted ? Promise.resolve() : new Promise((resume) => waiting.push(resume));
}

/** True from the first paint of a usable view on. */
export function isFirstViewPainted(): boolean {
  return painted;
}
