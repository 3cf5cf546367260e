import { lazy, Suspense, useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import { Info20Regular } from "../icons";

// The dialog (and Fluent's dialog code) loads when asked for, not with the pane's first paint.
const AboutDialog = lazy(() => import(/* webpackChunkName: "about" */ "./AboutDialog"));

/** The pane's Help / About entry: a button in the header that opens the About box. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} appearance="subtle" size="small" icon={<Info20Regular />} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        About
      </Button>
      {open && (
        <Suspense fallback={null}>
          <AboutDialog
            open
            onClose={() => {
              setOpen(false);
              // Back to the button that opened it, as Fluent's dialogs do.
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </Suspense>
      )}
    </>
  );
}
