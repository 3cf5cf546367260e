import type { WNoteBody, WNoteItem, WNoteItemCollection } from "../word/word-api";
import { MemoryOfficeError } from "./office-error";
import type { NoteData } from "./model";
import { MemCollection, MemObject, Ref, type MemoryRequestContext } from "./proxy";
import { MemRange, spanOf } from "./objects";

/**
 * Footnotes and endnotes: Body.footnotes / Body.endnotes (WordApi 1.5,
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-footnotes-member),
 * each a NoteItem with its `body` and its `reference` mark
 * (https://learn.microsoft.com/javascript/api/word/word.noteitem). A host
 * without WordApi 1.5 fails the load with ApiNotFound, as Word does for an
 * API the host lacks.
 *
 * Modelled: the note's text (its body's `text`, paragraphs joined by "\r",
 * like Body.text) and its reference as a range in the paragraph that holds
 * the mark (so `reference.paragraphs.getFirst()` is that paragraph). Not
 * modelled: editing notes, the mark's own character in the paragraph's text.
 */

function requireNotes(ctx: MemoryRequestContext): void {
  ctx.memory.requireSet("WordApi", "1.5", "Footnotes and endnotes");
}

/** A note's body: only what reading it needs (its text). */
export class MemNoteBody extends MemObject implements WNoteBody {
  constructor(
    context: MemoryRequestContext,
    private readonly note: Ref<NoteData>,
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireNotes(this.context);
  }
  protected scalarNames(): readonly string[] {
    return ["text"];
  }
  protected readScalar(): unknown {
    return this.note.required("note").paragraphs.join("\r");
  }
  get text(): string {
    return this.get("text");
  }
}

export class MemNoteItem extends MemObject implements WNoteItem {
  private bodyObj?: MemNoteBody;
  private referenceObj?: MemRange;

  constructor(
    context: MemoryRequestContext,
    private readonly ref: Ref<NoteData>,
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireNotes(this.context);
  }
  private data(): NoteData {
    const n = this.ref.required("note");
    if (n.anchor.deleted) throw new MemoryOfficeError("ItemNotFound", "The note no longer exists.");
    return n;
  }
  protected scalarNames(): readonly string[] {
    return ["type"];
  }
  protected readScalar(): unknown {
    return this.data().type;
  }
  protected override navigation(name: string): MemObject | undefined {
    if (name === "body") return this.body;
    if (name === "reference") return this.reference;
    return undefined;
  }
  get type(): string {
    return this.get("type");
  }
  get body(): MemNoteBody {
    return (this.bodyObj ??= new MemNoteBody(this.context, this.ref));
  }
  get reference(): MemRange {
    return (this.referenceObj ??= new MemRange(this.context, new Ref(() => {
      const anchor = this.data().anchor;
      return spanOf(this.context, anchor, anchor, "Whole");
    })));
  }
}

export class MemNoteItemCollection extends MemCollection<MemNoteItem, NoteData> implements WNoteItemCollection {
  constructor(
    context: MemoryRequestContext,
    private readonly type: NoteData["type"],
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireNotes(this.context);
  }
  protected resolveAll(): NoteData[] {
    return this.context.memory.notesOf(this.type);
  }
  protected makeItem(data: NoteData): MemNoteItem {
    return new MemNoteItem(this.context, Ref.of(data));
  }
}
