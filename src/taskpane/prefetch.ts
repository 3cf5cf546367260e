/**
 * Fetches the pane's other views once the first one is on screen and the browser is idle, so
 * that opening them later does not wait on the network. Each loader is the same import() the
 * view's React.lazy uses, so webpack fetches each chunk once. A failure here is silent: the view
 * loads (or says it cannot) when it is opened.
 */
import { afterFirstPaint } from "./first-paint";

type Idle = (cb: () => void, options?: { timeout: number }) => number;

export function prefetchAfterFirstPaint(loaders: ReadonlyArray<() => Promise<unknown>>): void {
  void afterFirstPaint().then(() => {
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const whenIdle = (cb: () => void) => (idle ? idle(cb, { timeout: 2000 }) : setTimeout(cb, 200));
    // One at a time, so a slow connection serves what the learner is doing first.
    const next = (i: number): void => {
      if (i >= loaders.length) return;
      whenIdle(() => void loaders[i]().catch(() => undefined).then(() => next(i + 1)));
    };
    next(0);
  });
}
