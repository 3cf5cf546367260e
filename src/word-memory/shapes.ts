/**
 * Shapes in the in-memory Word: text boxes and the other floating shapes, as WordApiDesktop 1.2 has
 * them. What Word documents, and this models:
 * - `Body.shapes` lists the shapes in the body, `Paragraph.shapes` those anchored in the paragraph
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-shapes-member,
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-shapes-member);
 *   `ShapeCollection.getByTypes(types)` keeps the shapes of those types
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.shapecollection#word-word-shapecollection-getbytypes-member(1));
 * - `Shape.id` and `Shape.type` ("TextBox", "GeometricShape", "Group", "Picture", "Canvas";
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.shape, word.shapetype);
 * - `Shape.body` is the shape's text, "only applies to text boxes and geometric shapes", and reading
 *   it on a shape with no text "creates a text story on the shape. This modifies the document"
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.shape#word-word-shape-body-member):
 *   counted here in `textStoriesCreated`, so a test proves the add-in never does it;
 *   `Shape.textFrame.hasText` tells without changing anything
 *   (https://learn.microsoft.com/en-us/javascript/api/word/word.textframe#word-word-textframe-hastext-member);
 * - `Paragraph.insertTextBox(text)` puts a floating text box "with its anchor at the beginning of
 *   the paragraph" (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-inserttextbox-member(1));
 * - a text box's text is not in `Body.text` nor in `body.paragraphs` (office-js #5282: Body.text
 *   leaves out the text of text boxes; the Shape API is the way to it), and a content control inside
 *   a text box is not in `body.contentControls` (office-js #2945, by design): a text box's text is
 *   its own story, held here apart from the paragraphs;
 * - all of it needs WordApiDesktop 1.2, which Word on the web lacks
 *   (https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-desktop-1.2-requirement-set):
 *   a host without it fails the load with ApiNotFound, as Word does for an API the host lacks.
 *
 * The stricter reading where the reference is silent: `textFrame` and `body` of a picture, group
 * or canvas fail with InvalidArgument; a shape goes with the paragraph holding its anchor (as
 * deleting an anchor's paragraph does in Word); `Body.shapes` lists top-level shapes only, not the
 * shapes inside a group or canvas (the reference does not say; `Shape.isChild` exists, so Word may
 * list them). Not modelled: positions and sizes, grouping, editing a shape's text.
 */
import type { ShapeType, WShape, WShapeBody, WShapeCollection, WTextFrame } from "../word/word-api";
import { MemoryOfficeError } from "./office-error";
import type { MemoryDocument, ParaData } from "./model";
import { MemCollection, MemObject, Ref, type MemoryRequestContext } from "./proxy";

export interface ShapeData {
  readonly id: number;
  readonly type: Exclude<ShapeType, "Unsupported">;
  /** The paragraph holding the shape's anchor. */
  readonly anchor: ParaData;
  /** The texts of the shape's own paragraphs; null when it has no text story (a picture, an empty shape). */
  paragraphs: string[] | null;
}

interface ShapeState {
  shapes: ShapeData[];
  nextId: number;
  /** Times reading Shape.body created a text story, changing the document. */
  storiesCreated: number;
}

const STATE = new WeakMap<MemoryDocument, ShapeState>();

function stateOf(doc: MemoryDocument): ShapeState {
  let s = STATE.get(doc);
  if (!s) {
    s = { shapes: [], nextId: 1, storiesCreated: 0 };
    STATE.set(doc, s);
  }
  return s;
}

/** Adds a shape anchored in `anchor`; for fixtures, and for insertTextBox. */
export function addMemoryShape(doc: MemoryDocument, anchor: ParaData, type: ShapeData["type"], paragraphs: string[] | null): ShapeData {
  const state = stateOf(doc);
  const shape: ShapeData = { id: state.nextId++, type, anchor, paragraphs: paragraphs ? [...paragraphs] : null };
  state.shapes.push(shape);
  return shape;
}

/** The live shapes in document order: by their anchors' paragraphs, in one paragraph in the order added. */
export function memoryShapes(doc: MemoryDocument): ShapeData[] {
  const position = new Map<ParaData, number>();
  doc.paragraphs.forEach((p, i) => position.set(p, i));
  return stateOf(doc)
    .shapes.filter((s) => !s.anchor.deleted && position.has(s.anchor))
    .sort((a, b) => position.get(a.anchor)! - position.get(b.anchor)! || a.id - b.id);
}

export function shapesAnchoredIn(doc: MemoryDocument, p: ParaData): ShapeData[] {
  return memoryShapes(doc).filter((s) => s.anchor === p);
}

/** How many times reading Shape.body created a text story (a change to the document the add-in must never make). */
export function textStoriesCreated(doc: MemoryDocument): number {
  return stateOf(doc).storiesCreated;
}

function requireShapes(ctx: MemoryRequestContext): void {
  ctx.memory.requireSet("WordApiDesktop", "1.2", "Shapes");
}

function live(ctx: MemoryRequestContext, ref: Ref<ShapeData>): ShapeData {
  const s = ref.required("shape");
  if (!memoryShapes(ctx.memory).includes(s)) throw new MemoryOfficeError("ItemNotFound", "The shape no longer exists.");
  return s;
}

function withText(s: ShapeData, member: string): ShapeData {
  if (s.type !== "TextBox" && s.type !== "GeometricShape") {
    throw new MemoryOfficeError("InvalidArgument", `Shape.${member} applies only to text boxes and geometric shapes, not to a ${s.type}.`);
  }
  return s;
}

/** Shape.body: the part the add-in reads, its text (paragraphs joined by "\r", like Body.text). */
export class MemShapeBody extends MemObject implements WShapeBody {
  constructor(
    context: MemoryRequestContext,
    private readonly shape: Ref<ShapeData>,
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireShapes(this.context);
  }
  protected scalarNames(): readonly string[] {
    return ["text"];
  }
  protected readScalar(): unknown {
    const s = withText(live(this.context, this.shape), "body");
    if (s.paragraphs === null) {
      // "Getting this property creates a text story on the shape. This modifies the document."
      s.paragraphs = [""];
      stateOf(this.memory).storiesCreated++;
    }
    return s.paragraphs.join("\r");
  }
  get text(): string {
    return this.get("text");
  }
}

/** Shape.textFrame: only `hasText`, which reads without changing the document. */
export class MemTextFrame extends MemObject implements WTextFrame {
  constructor(
    context: MemoryRequestContext,
    private readonly shape: Ref<ShapeData>,
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireShapes(this.context);
  }
  protected scalarNames(): readonly string[] {
    return ["hasText"];
  }
  protected readScalar(): unknown {
    const s = withText(live(this.context, this.shape), "textFrame");
    return s.paragraphs !== null && s.paragraphs.some((t) => t !== "");
  }
  get hasText(): boolean {
    return this.get("hasText");
  }
}

export class MemShape extends MemObject implements WShape {
  private bodyObj?: MemShapeBody;
  private frameObj?: MemTextFrame;

  constructor(
    context: MemoryRequestContext,
    private readonly ref: Ref<ShapeData>,
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireShapes(this.context);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "type"];
  }
  protected readScalar(name: string): unknown {
    const s = live(this.context, this.ref);
    return name === "id" ? s.id : s.type;
  }
  protected override navigation(name: string): MemObject | undefined {
    if (name === "body") return this.body;
    if (name === "textFrame") return this.textFrame;
    return undefined;
  }
  get id(): number {
    return this.get("id");
  }
  get type(): ShapeType {
    return this.get("type");
  }
  get body(): MemShapeBody {
    return (this.bodyObj ??= new MemShapeBody(this.context, this.ref));
  }
  get textFrame(): MemTextFrame {
    return (this.frameObj ??= new MemTextFrame(this.context, this.ref));
  }
}

export class MemShapeCollection extends MemCollection<MemShape, ShapeData> implements WShapeCollection {
  constructor(
    context: MemoryRequestContext,
    private readonly resolver: () => ShapeData[],
  ) {
    super(context);
  }
  protected override beforeAction(): void {
    requireShapes(this.context);
  }
  protected resolveAll(): ShapeData[] {
    return this.resolver();
  }
  protected makeItem(data: ShapeData): MemShape {
    return new MemShape(this.context, Ref.of(data));
  }
  getByTypes(types: ShapeType[]): MemShapeCollection {
    return new MemShapeCollection(this.context, () => this.resolver().filter((s) => types.includes(s.type)));
  }
}

/** Paragraph.insertTextBox(text): a text box anchored in the paragraph, its text in its own story. */
export function insertTextBox(context: MemoryRequestContext, para: Ref<ParaData>, text: string | undefined): MemShape {
  const created = new Ref<ShapeData>();
  context.enqueue(() => {
    requireShapes(context);
    const p = para.required("paragraph");
    context.memory.indexOf(p);
    context.memory.assertEditable(p.controls);
    created.set(addMemoryShape(context.memory, p, "TextBox", [text ?? ""]));
  });
  return new MemShape(context, created);
}
