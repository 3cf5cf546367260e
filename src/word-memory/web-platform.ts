/**
 * Word on the web's documented differences from Word on Windows and Mac, played when a
 * MemoryDocument is made with `{ platform: "web" }`. Each rule names its source:
 * - a content control with no text cannot be deleted: "The action isn't supported by Word in a
 *   browser" (office-js #5732);
 * - `customXmlParts.getByNamespace(ns).items` is undefined, not [], when no part has the
 *   namespace (office-js #6673);
 * - loading `listItemOrNullObject` fails the whole sync with GeneralException when a list holds
 *   tracked changes (office-js #5901), or for a paragraph deleted with Track Changes (office-js #5335);
 * - the WordApiHiddenDocument and WordApiDesktop requirement sets are absent (model.ts WEB_REQUIREMENTS).
 * The error codes Word on the web reports for the first and third are not all published: the
 * model uses GeneralException, the code #5901 shows.
 */
import { MemoryOfficeError } from "./office-error";
import type { MemoryDocument, ParaData } from "./model";

export type Platform = "desktop" | "web";

export type WebRule = "delete-empty-control" | "list-item-with-tracked-changes";

export function isWeb(doc: MemoryDocument): boolean {
  return doc.platform === "web";
}

/** Throws where Word on the web refuses what desktop Word does. */
export function refuseOnWeb(doc: MemoryDocument, rule: WebRule, paragraphs: readonly ParaData[]): void {
  if (!isWeb(doc)) return;
  if (rule === "delete-empty-control" && paragraphs.every((p) => p.text === "")) {
    throw new MemoryOfficeError("GeneralException", "The action isn't supported by Word in a browser.");
  }
  if (rule === "list-item-with-tracked-changes") {
    throw new MemoryOfficeError("GeneralException", "Cannot read properties of null (reading 'listId')");
  }
}
