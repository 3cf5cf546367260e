// The FunctionFile has no commands of its own (the ribbon button is a ShowTaskpane action), but
// Office waits for the page to initialise before it considers the add-in loaded.
declare const Office: { onReady?: (cb?: () => void) => unknown } | undefined;

if (typeof Office !== "undefined" && Office && typeof Office.onReady === "function") {
  Office.onReady(() => undefined);
}
