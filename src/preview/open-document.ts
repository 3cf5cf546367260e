/** Reopens the preview on a blank document or on the sample draft (the bar's button, in both drawings of the page). */
export function openPreviewDocument(blank: boolean): void {
  const url = new URL(window.location.href);
  if (blank) url.searchParams.set("doc", "blank");
  else url.searchParams.delete("doc");
  window.location.assign(url.toString());
}
