/**
 * Comments in the in-memory Word, as WordApi 1.4 has them:
 * - `Range.insertComment(text)` anchors a comment on the range; the author is the signed-in
 *   user, which an add-in cannot choose (https://learn.microsoft.com/javascript/api/word/word.comment:
 *   authorName and authorEmail are read-only). Here the user is `setCommentUser(doc, ...)`.
 * - `Body.getComments()` and `Range.getComments()` return a CommentCollection
 *   (https://learn.microsoft.com/javascript/api/word/word.commentcollection) whose `items` exist
 *   only after load + sync, like every collection.
 * - `Comment`: id, authorName, authorEmail, creationDate (read-only), content and resolved
 *   (writable), contentRange (its text), delete() ("Deletes the comment and its replies") and
 *   getRange() ("the range in the main document where the comment is on"). Reading a property
 *   that was not loaded throws PropertyNotLoaded.
 * - Everything needs WordApi 1.4: on an older host each call fails with ApiNotFound at sync.
 * - `Comment.replies` (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-replies-member):
 *   the thread's replies, a CommentReplyCollection of CommentReply objects (id, authorName,
 *   authorEmail, content, creationDate; https://learn.microsoft.com/javascript/api/word/word.commentreply).
 *   `delete()` takes them with the comment, as the reference page says. `Comment.reply(text)` adds one
 *   at the end of the thread, signed by the user, queued like every write
 *   (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-reply-member(1));
 *   `addMemoryReply` is someone having answered in Word before the add-in ran. Editing or
 *   deleting a single reply is not modelled (the add-in does neither).
 * - Deleting all the text a comment is on deletes the comment, as in Word; a comment on a
 *   paragraph that survives stays, its offsets clamped to the text (edits inside the paragraph
 *   do not move anchors here: not modelled).
 * - Comments on text inside a control locked with cannotEdit are allowed: a comment is not an
 *   edit of the content. No documentation says otherwise; the diagnostics run (issue 10) is where
 *   a real Word confirms it.
 */
import { MemoryOfficeError } from "./office-error";
import type { MemoryDocument, ParaData } from "./model";
import { MemCollection, MemObject, Ref, type MemoryRequestContext } from "./proxy";
import { MemRange, type RangeData } from "./objects";

export interface CommentData {
  readonly id: string;
  readonly authorName: string;
  readonly authorEmail: string;
  content: string;
  resolved: boolean;
  readonly creationDate: Date;
  anchor: RangeData;
  deleted: boolean;
  /** The thread's replies, oldest first; deleted with the comment. */
  replies: ReplyData[];
}

export interface ReplyData {
  readonly id: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly content: string;
  readonly creationDate: Date;
}

export interface CommentUser {
  name: string;
  email: string;
}

interface CommentState {
  comments: CommentData[];
  nextId: number;
  user: CommentUser;
}

/** Who Word thinks is signed in, until a test or the preview says otherwise. */
export const DEFAULT_COMMENT_USER: CommentUser = { name: "Word user", email: "" };

const STATE = new WeakMap<MemoryDocument, CommentState>();

function stateOf(doc: MemoryDocument): CommentState {
  let s = STATE.get(doc);
  if (!s) {
    s = { comments: [], nextId: 1, user: { ...DEFAULT_COMMENT_USER } };
    STATE.set(doc, s);
  }
  return s;
}

/** Sets the signed-in user whose name new comments carry (Word takes it from the Office account). */
export function setCommentUser(doc: MemoryDocument, user: CommentUser): void {
  stateOf(doc).user = { ...user };
}

/** The comment's anchor on the paragraphs that still exist, or null when all its text is gone. */
function liveAnchor(doc: MemoryDocument, c: CommentData): RangeData | null {
  const { start, end } = c.anchor;
  const present = (p: ParaData) => !p.deleted && doc.paragraphs.includes(p);
  const s = present(start);
  const e = present(end);
  if (!s && !e) return null;
  const from = s ? start : end;
  const to = e ? end : start;
  const so = s ? Math.min(c.anchor.so, from.text.length) : 0;
  const eo = e ? Math.min(c.anchor.eo, to.text.length) : to.text.length;
  return { start: from, so, end: to, eo };
}

/** Position of a point for ordering: paragraph index, then offset. */
function pos(doc: MemoryDocument, p: ParaData, offset: number): number {
  return doc.paragraphs.indexOf(p) * 1e7 + offset;
}

/** Live comments in document order (where their anchors start). */
export function memoryComments(doc: MemoryDocument): CommentData[] {
  const out: Array<{ c: CommentData; at: number }> = [];
  for (const c of stateOf(doc).comments) {
    if (c.deleted) continue;
    const a = liveAnchor(doc, c);
    if (!a) {
      c.deleted = true;
      continue;
    }
    c.anchor = a;
    out.push({ c, at: pos(doc, a.start, a.so) });
  }
  return out.sort((x, y) => x.at - y.at).map((x) => x.c);
}

/** Adds a comment directly, as someone else did in Word before the add-in ran (fixtures). */
export function addMemoryComment(doc: MemoryDocument, anchor: RangeData, content: string, author: CommentUser = stateOf(doc).user, resolved = false): CommentData {
  const s = stateOf(doc);
  const c: CommentData = {
    id: `{MEM-COMMENT-${s.nextId++}}`,
    authorName: author.name,
    authorEmail: author.email,
    content,
    resolved,
    creationDate: new Date(),
    anchor: { ...anchor },
    deleted: false,
    replies: [],
  };
  s.comments.push(c);
  return c;
}

/** Adds a reply to a comment's thread, as someone answering it in Word did (fixtures). */
export function addMemoryReply(doc: MemoryDocument, comment: CommentData, content: string, author: CommentUser = stateOf(doc).user): ReplyData {
  const s = stateOf(doc);
  const r: ReplyData = { id: `{MEM-REPLY-${s.nextId++}}`, authorName: author.name, authorEmail: author.email, content, creationDate: new Date() };
  comment.replies.push(r);
  return r;
}

function requireComments(ctx: MemoryRequestContext): void {
  ctx.memory.requireSet("WordApi", "1.4", "Comments");
}

/** `Range.insertComment`: queued; the comment exists after the sync. */
export function insertComment(ctx: MemoryRequestContext, range: Ref<RangeData>, text: string): MemComment {
  const created = new Ref<CommentData>();
  ctx.enqueue(() => {
    requireComments(ctx);
    const doc = ctx.memory;
    doc.assertWritable();
    const r = range.required("range");
    doc.indexOf(r.start);
    doc.indexOf(r.end);
    if (typeof text !== "string" || text.trim() === "") {
      throw new MemoryOfficeError("InvalidArgument", "A comment needs some text.");
    }
    created.set(addMemoryComment(doc, r, text));
  });
  return new MemComment(ctx, created);
}

function before(doc: MemoryDocument, p: ParaData, x: number, q: ParaData, y: number): boolean {
  return pos(doc, p, x) < pos(doc, q, y);
}

/** Comments touching the range: overlapping it, or containing it when it is a point. */
export function commentsInRange(doc: MemoryDocument, r: RangeData): CommentData[] {
  return memoryComments(doc).filter((c) => {
    const a = c.anchor;
    const collapsed = r.start === r.end && r.so === r.eo;
    if (collapsed) return !before(doc, r.start, r.so, a.start, a.so) && !before(doc, a.end, a.eo, r.start, r.so);
    return before(doc, a.start, a.so, r.end, r.eo) && before(doc, r.start, r.so, a.end, a.eo);
  });
}

export class MemComment extends MemObject {
  private contentRangeObj?: MemCommentContentRange;
  private repliesObj?: MemCommentReplyCollection;

  constructor(context: MemoryRequestContext, readonly ref: Ref<CommentData>) {
    super(context);
  }

  protected override beforeAction(): void {
    requireComments(this.context);
  }

  private comment(): CommentData {
    const c = this.ref.required("comment");
    if (c.deleted || !memoryComments(this.memory).includes(c)) throw new MemoryOfficeError("ItemNotFound", "The comment no longer exists.");
    return c;
  }

  protected scalarNames(): readonly string[] {
    return ["id", "authorName", "authorEmail", "content", "resolved", "creationDate"];
  }

  protected readScalar(name: string): unknown {
    const c = this.comment();
    return name === "creationDate" ? new Date(c.creationDate) : c[name as keyof CommentData];
  }

  protected override navigation(name: string): MemObject | undefined {
    if (name === "replies") return this.replies;
    return name === "contentRange" ? this.contentRange : undefined;
  }

  /** The thread's replies (WordApi 1.4); like every collection, its items only after load and sync. */
  get replies(): MemCommentReplyCollection {
    return (this.repliesObj ??= new MemCommentReplyCollection(this.context, () => this.comment().replies));
  }

  get id(): string {
    return this.get("id");
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get authorEmail(): string {
    return this.get("authorEmail");
  }
  get creationDate(): Date {
    return this.get("creationDate");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.write(() => {
      this.memory.assertWritable();
      if (typeof v !== "string" || v.trim() === "") throw new MemoryOfficeError("InvalidArgument", "A comment needs some text.");
      this.comment().content = v;
    });
  }
  get resolved(): boolean {
    return this.get("resolved");
  }
  set resolved(v: boolean) {
    this.write(() => {
      this.memory.assertWritable();
      this.comment().resolved = v === true;
    });
  }

  get contentRange(): MemCommentContentRange {
    return (this.contentRangeObj ??= new MemCommentContentRange(this.context, () => this.comment()));
  }

  /** Adds a reply at the end of the thread, signed by the user; queued, it exists after the sync. */
  reply(text: string): MemCommentReply {
    const created = new Ref<ReplyData>();
    this.write(() => {
      this.memory.assertWritable();
      if (typeof text !== "string" || text.trim() === "") throw new MemoryOfficeError("InvalidArgument", "A reply needs some text.");
      created.set(addMemoryReply(this.memory, this.comment(), text));
    });
    return new MemCommentReply(this.context, () => created.required("reply"));
  }

  /** Deletes the comment and its replies ("Deletes the comment and its replies", Word.Comment.delete). */
  delete(): void {
    this.write(() => {
      this.memory.assertWritable();
      this.comment().deleted = true;
    });
  }

  getRange(): MemRange {
    return new MemRange(this.context, new Ref(() => ({ ...this.comment().anchor })));
  }
}

/** `Comment.contentRange`: the comment's own text (https://learn.microsoft.com/javascript/api/word/word.commentcontentrange). */
export class MemCommentContentRange extends MemObject {
  constructor(context: MemoryRequestContext, private readonly comment: () => CommentData) {
    super(context);
  }
  protected override beforeAction(): void {
    requireComments(this.context);
  }
  protected scalarNames(): readonly string[] {
    return ["text", "isEmpty"];
  }
  protected readScalar(name: string): unknown {
    const text = this.comment().content;
    return name === "text" ? text : text.length === 0;
  }
  get text(): string {
    return this.get("text");
  }
  get isEmpty(): boolean {
    return this.get("isEmpty");
  }
}

/** A reply in a comment's thread (https://learn.microsoft.com/javascript/api/word/word.commentreply), read-only here. */
export class MemCommentReply extends MemObject {
  constructor(context: MemoryRequestContext, private readonly data: () => ReplyData) {
    super(context);
  }
  protected override beforeAction(): void {
    requireComments(this.context);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "authorName", "authorEmail", "content", "creationDate"];
  }
  protected readScalar(name: string): unknown {
    const r = this.data();
    return name === "creationDate" ? new Date(r.creationDate) : r[name as keyof ReplyData];
  }
  get id(): string {
    return this.get("id");
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get authorEmail(): string {
    return this.get("authorEmail");
  }
  get content(): string {
    return this.get("content");
  }
  get creationDate(): Date {
    return this.get("creationDate");
  }
}

/** `Comment.replies` (https://learn.microsoft.com/javascript/api/word/word.commentreplycollection). */
export class MemCommentReplyCollection extends MemCollection<MemCommentReply, ReplyData> {
  constructor(context: MemoryRequestContext, private readonly resolver: () => ReplyData[]) {
    super(context);
  }
  protected override beforeAction(): void {
    requireComments(this.context);
  }
  protected resolveAll(): ReplyData[] {
    return this.resolver();
  }
  protected makeItem(data: ReplyData): MemCommentReply {
    return new MemCommentReply(this.context, () => data);
  }
}

export class MemCommentCollection extends MemCollection<MemComment, CommentData> {
  constructor(context: MemoryRequestContext, private readonly resolver: () => CommentData[]) {
    super(context);
  }
  protected override beforeAction(): void {
    requireComments(this.context);
  }
  protected resolveAll(): CommentData[] {
    return this.resolver();
  }
  protected makeItem(data: CommentData): MemComment {
    return new MemComment(this.context, Ref.of(data));
  }
}

export interface CommentSnapshot {
  id: string;
  author: string;
  content: string;
  resolved: boolean;
  /** The text the comment is on. */
  quote: string;
  /** uid of the paragraph the anchor starts in. */
  paragraph: number;
  /** The thread's replies, oldest first. */
  replies: Array<{ author: string; content: string }>;
}

/** Comments as plain data, for tests and the preview's margin. */
export function commentsSnapshot(doc: MemoryDocument): CommentSnapshot[] {
  return memoryComments(doc).map((c) => {
    const a = c.anchor;
    const quote =
      a.start === a.end
        ? a.start.text.slice(a.so, a.eo)
        : doc.paragraphs
            .slice(doc.paragraphs.indexOf(a.start), doc.paragraphs.indexOf(a.end) + 1)
            .map((p, i, all) => (i === 0 ? p.text.slice(a.so) : i === all.length - 1 ? p.text.slice(0, a.eo) : p.text))
            .join("\r");
    const replies = c.replies.map((r) => ({ author: r.authorName, content: r.content }));
    return { id: c.id, author: c.authorName, content: c.content, resolved: c.resolved, quote, paragraph: a.start.uid, replies };
  });
}
