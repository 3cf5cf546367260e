/**
 * `context.application.createDocument()` (WordApi 1.3): a new, unseen document the add-in can
 * write to without touching the one the learner has open. Its body and custom XML parts need the
 * WordApiHiddenDocument requirement set (1.3, and 1.4 for custom XML parts), which Word on the web
 * lacks (https://learn.microsoft.com/en-us/javascript/api/word/word.application#word-word-application-createdocument-member(1),
 * https://learn.microsoft.com/en-us/javascript/api/word/word.documentcreated).
 * The diagnostics run their checks in such a document.
 */
import type { WApplication, WDocumentCreated } from "../word/word-api";
import { MemoryDocument } from "./model";
import { MemoryOfficeError } from "./office-error";
import { MemBody, MemCustomXmlPartCollection } from "./objects";
import type { MemoryRequestContext } from "./proxy";

export class MemDocumentCreated implements WDocumentCreated {
  readonly body: MemBody;
  readonly customXmlParts: MemCustomXmlPartCollection;

  constructor(readonly context: MemoryRequestContext, readonly memory: MemoryDocument) {
    this.body = new MemBody(context);
    this.customXmlParts = new MemCustomXmlPartCollection(context, () => memory.liveXmlParts());
  }
}

export class MemApplication implements WApplication {
  /** Documents made in this batch, for tests. */
  readonly created: MemoryDocument[] = [];

  constructor(private readonly context: MemoryRequestContext) {}

  createDocument(base64File?: string): MemDocumentCreated {
    const parent = this.context.memory;
    const doc = new MemoryDocument({ platform: parent.platform, requirements: parent.requirements });
    doc.appendParagraph({ text: "" });
    this.context.enqueue(() => {
      parent.requireSet("WordApi", "1.3", "Application.createDocument");
      parent.requireSet("WordApiHiddenDocument", "1.3", "A document made with createDocument");
      if (base64File !== undefined) throw new MemoryOfficeError("NotImplemented", "The in-memory Word creates blank documents only.");
      this.created.push(doc);
    });
    return new MemDocumentCreated(this.context.childFor(doc), doc);
  }
}
