/**
 * The moment the pane's first usable view has been painted (components/ReadyMark.tsx says so).
 * What the first view does not need waits for it: the Help menu (Fluent's Menu and its
 * positioning code), a tutor's feedback on a marked draft, and fetching the other views ahead
 * of use (prefetch.ts). So the learner's first view is all the pane fetches before it is usable.
 */
import { useEffect, useState } from "react";

let painted = false;
const waiting: Array<() => void> = [];

/** Called once by ReadyMark, after the first usable view is on screen. */
export function firstViewPainted(): void {
  if (painted) return;
  painted = true;
  for (const resume of waiting.splice(0)) resume();
}

/** Resolves once the first usable view has been painted (at once if it has). */
export function afterFirstPaint(): Promise<void> {
  return painted ? Promise.resolve() : new Promise((resume) => waiting.push(resume));
}

/** True from the first paint of a usable view on. */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    let live = true;
    if (!done) void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [done]);
  return done;
}
