/**
 * Adds, changes and removes Word comments in a .docx and returns the new package, for
 * `ilm-check --annotate`. Comments are real Word comments: w:comment elements in the comments
 * part (word/comments.xml, with its relationship and content type, made when the document has
 * none) and their range markers and reference runs in word/document.xml (comment-anchors.ts).
 *
 * Everything else is left alone: the parts this does not change are copied into the new
 * package with their bytes unchanged, the document's text and formatting are unchanged (runs
 * are only split where a comment starts or ends inside one), and comments it is not asked to
 * remove or change (the learner's, a tutor's) keep their text, anchors and replies. The XML is
 * read and written with the DOM (@xmldom/xmldom) and the package with fflate, as the reader does.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { strToU8, zipSync, type Zippable, type ZippableFile } from "fflate";
import type { DraftDocument } from "../model/document";
import { CommentAnchorer, WElements, type CommentTarget } from "./comment-anchors";
import { decode } from "./package";
import { readDocxTraced } from "./read-docx";
import { children, isW, parseXml, wAttr, type XElement } from "./xml";

export type { CommentTarget } from "./comment-anchors";

const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/comments";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
/** Already compressed: stored as they are rather than deflated again. */
const STORED = /\.(?:png|jpe?g|gif|tiff?|wdp|jxr|mp3|mp4|m4a|zip|docx|xlsx|pptx|odt)$/i;

/** A comment already in the document. */
export interface DocxComment {
  /** Its w:id. */
  id: string;
  author: string;
  /** Its text, paragraphs joined by line breaks. */
  text: string;
}

export interface CommentChanges {
  /** Author, initials and date (ISO 8601) of the comments added or changed. */
  author: string;
  initials: string;
  date: string;
  /** Ids of comments to take out, with their anchors. */
  remove?: readonly string[];
  /** Comments whose text is replaced (their anchors stay). */
  update?: ReadonlyArray<{ id: string; text: string }>;
  /** Comments whose thread is marked resolved (w15:done="1" in commentsExtended), text and anchors kept. */
  resolve?: readonly string[];
  /** New comments, each on a paragraph of the model or characters of its text. */
  insert?: ReadonlyArray<{ text: string; target: CommentTarget }>;
}

export interface CommentsWritten {
  bytes: Uint8Array;
  /** New comments placed; only a document with no paragraph at all leaves one out. */
  inserted: number;
}

export interface DocxWithComments {
  /** The document as readDocx reads it (the anchors' paragraph numbers and offsets refer to it). */
  doc: DraftDocument;
  comments: DocxComment[];
  /**
   * Ids of the comments someone has replied to (Word keeps a reply's parent in commentsExtended,
   * w15:paraIdParent). Removing one of these would part the replies from their thread.
   */
  repliedTo: ReadonlySet<string>;
  /** The package with the changes made; call once. */
  write(changes: CommentChanges): CommentsWritten;
}

/** Opens a .docx to change its comments. Throws DocxReadError (one sentence) for a file that cannot be read. */
export function openDocxComments(bytes: Uint8Array, source?: string): DocxWithComments {
  const traced = readDocxTraced(bytes, source);
  const { parts } = traced;
  // Every part, inflated within the reader's limits (src/docx/limits.ts); throws DocxReadError, one sentence.
  const files = parts.allParts();
  const related = (type: RegExp): string | null => {
    for (const rel of parts.relationships.values()) if (type.test(rel.type) && files[rel.path]) return rel.path;
    return null;
  };
  const commentsPath = related(/\/comments$/);
  const commentsDoc = commentsPath ? parseXml(decode(files[commentsPath]!), commentsPath) : null;
  const commentEls = new Map<string, XElement>();
  const comments: DocxComment[] = [];
  if (commentsDoc) {
    for (const el of children(commentsDoc.documentElement as XElement)) {
      if (el.localName !== "comment" || !isW(el)) continue;
      const id = wAttr(el, "id");
      if (id === null || commentEls.has(id)) continue;
      commentEls.set(id, el);
      comments.push({ id, author: wAttr(el, "author") ?? "", text: commentText(el) });
    }
  }

  // Word keys a comment's entry in commentsExtended by its last paragraph's w14:paraId.
  const lastParaId = (el: XElement): string | null => {
    const paras = descendants(el, "p").filter((p) => p.parentNode === el);
    const last = paras[paras.length - 1];
    return last ? attrByLocalName(last, "paraId") : null;
  };
  const extendedPath = related(/\/commentsExtended$/);
  const extendedDoc = extendedPath ? parseXml(decode(files[extendedPath]!), extendedPath) : null;
  const parents = new Set<string>();
  for (const ex of extendedDoc ? children(extendedDoc.documentElement as XElement) : []) {
    const parent = attrByLocalName(ex, "paraIdParent");
    if (parent) parents.add(parent);
  }
  const repliedTo = new Set<string>();
  for (const [id, el] of commentEls) {
    const pid = lastParaId(el);
    if (pid && parents.has(pid)) repliedTo.add(id);
  }

  let written = false;
  const write = (changes: CommentChanges): CommentsWritten => {
    if (written) throw new Error("write() may be called once");
    written = true;
    const document = parts.document;
    const root = document.documentElement as XElement;
    const w = new WElements(document, root.namespaceURI ?? "", root.prefix);
    const anchorer = new CommentAnchorer(w, traced.doc.paragraphs, traced.origins);
    const changed = new Map<string, Document>();
    changed.set(parts.documentPath, document);

    let cDoc = commentsDoc;
    let cPath = commentsPath;
    const cw = () => {
      if (!cDoc) {
        cPath = freeName(files, `${dirOf(parts.documentPath)}comments.xml`);
        const tag = root.prefix ? `${root.prefix}:comments xmlns:${root.prefix}` : "comments xmlns";
        cDoc = parseXml(`${XML_DECLARATION}<${tag}="${w.ns}"/>`, cPath);
        addRelationship(files, changed, parts.documentPath, root.namespaceURI === w.ns && /purl\.oclc\.org/.test(w.ns) ? COMMENTS_REL_STRICT : COMMENTS_REL, cPath);
        addOverride(files, changed, cPath, COMMENTS_CONTENT_TYPE);
      }
      changed.set(cPath!, cDoc);
      const r = cDoc.documentElement as XElement;
      return new WElements(cDoc, r.namespaceURI ?? w.ns, r.prefix);
    };

    const remove = new Set(changes.remove ?? []);
    if (remove.size > 0) {
      anchorer.removeMarkers(remove);
      const paraIds = new Set<string>();
      for (const id of remove) {
        const el = commentEls.get(id);
        if (!el) continue;
        for (const p of descendants(el, "p")) {
          const pid = attrByLocalName(p, "paraId");
          if (pid) paraIds.add(pid);
        }
        el.parentNode?.removeChild(el);
        cw();
      }
      forgetCommentExtras(files, changed, related, paraIds);
    }

    for (const u of changes.update ?? []) {
      const el = commentEls.get(u.id);
      if (!el || remove.has(u.id)) continue;
      const c = cw();
      // One paragraph with the new text; the last paragraph's ids (w14:paraId) are kept, as
      // Word's commentsExtended part (replies, resolved state) refers to them.
      const paras = descendants(el, "p").filter((p) => p.parentNode === el);
      const keep = paras[paras.length - 1];
      for (const p of paras) if (p !== keep) el.removeChild(p);
      const p = keep ?? el.appendChild(c.el("p"));
      for (const k of [...childList(p)]) if (!(isW(k as XElement) && (k as XElement).localName === "pPr")) p.removeChild(k);
      fillCommentParagraph(c, p as XElement, u.text);
      el.setAttributeNS(c.ns, qualified(el, "date"), changes.date);
    }

    const resolve = (changes.resolve ?? []).filter((id) => !remove.has(id));
    if (resolve.length > 0 && extendedDoc && extendedPath) {
      // (after a removal, the part as forgetCommentExtras left it)
      const ext = changed.get(extendedPath) ?? extendedDoc;
      const pids = new Set(resolve.map((id) => lastParaId(commentEls.get(id)!)).filter((x): x is string => !!x));
      let any = false;
      for (const ex of children(ext.documentElement as XElement)) {
        if (!pids.has(attrByLocalName(ex, "paraId") ?? "") || attrByLocalName(ex, "done") === "1") continue;
        removeAttrByLocalName(ex, "done");
        ex.setAttributeNS(ex.namespaceURI ?? "", ex.prefix ? `${ex.prefix}:done` : "done", "1");
        any = true;
      }
      if (any) changed.set(extendedPath, ext);
    }

    let inserted = 0;
    if ((changes.insert ?? []).length > 0) {
      const c = cw();
      let next = nextCommentId(cDoc!, document, w.ns);
      for (const ins of changes.insert ?? []) {
        const id = String(next);
        if (!anchorer.anchor(id, ins.target)) continue;
        next++;
        inserted++;
        const el = c.el("comment", { id, author: changes.author, date: changes.date, initials: changes.initials });
        fillCommentParagraph(c, el.appendChild(c.el("p")) as XElement, ins.text);
        cDoc!.documentElement!.appendChild(el);
      }
    }

    return { bytes: zipPackage(files, changed), inserted };
  };

  return { doc: traced.doc, comments, repliedTo, write };
}

/** A comment paragraph as Word writes one: the annotation mark, then the text. */
function fillCommentParagraph(c: WElements, p: XElement, text: string): void {
  const mark = c.el("r");
  mark.appendChild(c.el("annotationRef"));
  p.appendChild(mark);
  const run = c.el("r");
  const t = c.el("t");
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  t.appendChild(c.doc.createTextNode(text));
  run.appendChild(t);
  p.appendChild(run);
}

function commentText(comment: XElement): string {
  return descendants(comment, "p")
    .filter((p) => p.parentNode === comment)
    .map((p) => {
      let s = "";
      for (const el of descendants(p, null)) {
        if (!isW(el)) continue;
        if (el.localName === "t") s += el.textContent ?? "";
        else if (el.localName === "tab") s += "\t";
        else if (el.localName === "br" || el.localName === "cr") s += "\n";
      }
      return s;
    })
    .join("\n");
}

/** One above the highest comment id in the comments part or the document's markers. */
function nextCommentId(comments: Document, document: Document, ns: string): number {
  let max = -1;
  const see = (list: HTMLCollectionOf<Element>) => {
    for (let i = 0; i < list.length; i++) {
      const n = Number(wAttr(list.item(i) as XElement, "id"));
      if (Number.isInteger(n) && n > max) max = n;
    }
  };
  see(comments.getElementsByTagNameNS((comments.documentElement as XElement).namespaceURI ?? ns, "comment"));
  for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) see(document.getElementsByTagNameNS(ns, name));
  return max + 1;
}

/**
 * Word keeps more about each comment in commentsExtended (replies, resolved), commentsIds and
 * commentsExtensible, keyed by the comment's last paragraph's w14:paraId. Entries of removed
 * comments go; a reply to one stays as a comment of its own.
 */
function forgetCommentExtras(
  files: Record<string, Uint8Array>,
  changed: Map<string, Document>,
  related: (type: RegExp) => string | null,
  paraIds: ReadonlySet<string>,
): void {
  if (paraIds.size === 0) return;
  const edit = (type: RegExp, fn: (root: XElement) => boolean) => {
    const path = related(type);
    if (!path) return;
    const doc = changed.get(path) ?? parseXml(decode(files[path]!), path);
    if (fn(doc.documentElement as XElement)) changed.set(path, doc);
  };
  edit(/\/commentsExtended$/, (root) => {
    let any = false;
    for (const ex of [...children(root)]) {
      if (paraIds.has(attrByLocalName(ex, "paraId") ?? "")) {
        root.removeChild(ex);
        any = true;
      } else if (paraIds.has(attrByLocalName(ex, "paraIdParent") ?? "")) {
        removeAttrByLocalName(ex, "paraIdParent");
        any = true;
      }
    }
    return any;
  });
  const durable = new Set<string>();
  edit(/\/commentsIds$/, (root) => {
    let any = false;
    for (const el of [...children(root)]) {
      if (!paraIds.has(attrByLocalName(el, "paraId") ?? "")) continue;
      const d = attrByLocalName(el, "durableId");
      if (d) durable.add(d);
      root.removeChild(el);
      any = true;
    }
    return any;
  });
  if (durable.size === 0) return;
  edit(/\/commentsExtensible$/, (root) => {
    let any = false;
    for (const el of [...children(root)]) {
      if (!durable.has(attrByLocalName(el, "durableId") ?? "")) continue;
      root.removeChild(el);
      any = true;
    }
    return any;
  });
}

/** Adds a relationship from a part to another, in the part's .rels (made when it has none). */
function addRelationship(files: Record<string, Uint8Array>, changed: Map<string, Document>, from: string, type: string, to: string): void {
  const dir = dirOf(from);
  const relsPath = `${dir}_rels/${from.slice(dir.length)}.rels`;
  const doc =
    changed.get(relsPath) ??
    parseXml(files[relsPath] ? decode(files[relsPath]!) : `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"/>`, relsPath);
  const root = doc.documentElement as XElement;
  const ids = new Set([...children(root)].map((r) => r.getAttribute("Id")));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = doc.createElementNS(root.namespaceURI ?? RELS_NS, root.prefix ? `${root.prefix}:Relationship` : "Relationship") as XElement;
  rel.setAttribute("Id", `rId${n}`);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", to.slice(dir.length));
  root.appendChild(rel);
  changed.set(relsPath, doc);
}

/** Gives a part its content type in [Content_Types].xml, unless it has one of its own already. */
function addOverride(files: Record<string, Uint8Array>, changed: Map<string, Document>, path: string, type: string): void {
  const typesPath = "[Content_Types].xml";
  const doc = changed.get(typesPath) ?? parseXml(files[typesPath] ? decode(files[typesPath]!) : `${XML_DECLARATION}<Types xmlns="${TYPES_NS}"/>`, typesPath);
  const root = doc.documentElement as XElement;
  const name = `/${path}`;
  if ([...children(root)].some((el) => el.localName === "Override" && (el.getAttribute("PartName") ?? "").toLowerCase() === name.toLowerCase())) return;
  const el = doc.createElementNS(root.namespaceURI ?? TYPES_NS, root.prefix ? `${root.prefix}:Override` : "Override") as XElement;
  el.setAttribute("PartName", name);
  el.setAttribute("ContentType", type);
  root.appendChild(el);
  changed.set(typesPath, doc);
}

/** The package again: changed parts serialised, every other part's bytes as they were, in the same order. */
function zipPackage(files: Record<string, Uint8Array>, changed: ReadonlyMap<string, Document>): Uint8Array {
  const out: Zippable = {};
  const entry = (name: string, data: Uint8Array): ZippableFile => (STORED.test(name) ? [data, { level: 0 }] : data);
  for (const name of Object.keys(files)) {
    const doc = changed.get(name);
    out[name] = entry(name, doc ? serialise(doc) : files[name]!);
  }
  for (const [name, doc] of changed) if (!(name in files)) out[name] = serialise(doc);
  return zipSync(out, { level: 6 });
}

/** A part as UTF-8 with Word's own XML declaration (the parsed one may name another encoding). */
function serialise(doc: Document): Uint8Array {
  const s = new XMLSerializer();
  let text = XML_DECLARATION;
  for (let n = doc.firstChild; n; n = n.nextSibling) {
    // The declaration is written above; white space between top-level nodes is not kept.
    if ((n.nodeType === 7 && n.nodeName.toLowerCase() === "xml") || n.nodeType === 3) continue;
    text += s.serializeToString(n as unknown as Parameters<XMLSerializer["serializeToString"]>[0]);
  }
  return strToU8(text);
}

function dirOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
}

/** `path`, or `name2.xml`, `name3.xml` ... when a part of that name exists already. */
function freeName(files: Record<string, Uint8Array>, path: string): string {
  if (!(path in files)) return path;
  const base = path.replace(/\.xml$/, "");
  let n = 2;
  while (`${base}${n}.xml` in files) n++;
  return `${base}${n}.xml`;
}

/** The qualified name for a w: attribute on this element (its own prefix). */
function qualified(el: XElement, localName: string): string {
  return el.prefix ? `${el.prefix}:${localName}` : localName;
}

function childList(el: Node): Node[] {
  const out: Node[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) out.push(n);
  return out;
}

/** Descendant elements in document order; `localName` null for all, else w: elements of that name. */
function descendants(el: XElement, localName: string | null): XElement[] {
  const out: XElement[] = [];
  const visit = (e: XElement) => {
    for (const c of children(e)) {
      if (localName === null || (c.localName === localName && isW(c))) out.push(c);
      visit(c);
    }
  };
  visit(el);
  return out;
}

/** An attribute by its local name whatever its namespace (w14:paraId, w15:paraIdParent, w16cid:durableId). */
function attrByLocalName(el: XElement, localName: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if ((a.localName ?? a.name) === localName) return a.value;
  }
  return null;
}

function removeAttrByLocalName(el: XElement, localName: string): void {
  for (let i = el.attributes.length - 1; i >= 0; i--) {
    const a = el.attributes.item(i)!;
    if ((a.localName ?? a.name) === localName) el.removeAttributeNode(a);
  }
}
