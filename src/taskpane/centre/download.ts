/**
 * Saving a file from the pane, which runs in Office's browser with no network: a download link
 * for bytes made here. (Office on the web and Windows offer to save it; the file never leaves the
 * machine.)
 */
export function downloadFile(name: string, bytes: Uint8Array | string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const JSON_TYPE = "application/json";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
