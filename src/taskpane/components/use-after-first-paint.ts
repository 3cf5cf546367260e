import { useEffect, useState } from "react";
import { afterFirstPaint, isFirstViewPainted } from "../first-paint";

/** True from the first paint of a usable view on (first-paint.ts), as React state. */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(isFirstViewPainted);
  useEffect(() => {
    let live = true;
    if (!done) void afterFirstPaint().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [done]);
  return done;
}
