// The FunctionFile has no commands of its own (the ribbon button is a ShowTaskpane action), but
// Office waits for the page to initialise before it considers the add-in loaded.
export {};

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady();
}
