/** The one async entry to the formatter, so modules the pane loads first pull in no citeproc-js. */
export function loadFormat(): Promise<typeof import("./index")> {
  return import("./index");
}
