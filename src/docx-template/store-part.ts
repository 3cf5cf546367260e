/**
 * Adds the add-in's custom XML part (the document store, model/document-store.ts) to a .docx the
 * `docx` package wrote, as Word saves the part the add-in adds through Office.js: customXml/itemN.xml
 * with its properties part, related from the main document, with its content type declared. The
 * `docx` package cannot write custom XML parts, so this is the one post-processing step; it goes
 * through the XML DOM (@xmldom/xmldom) and the zip library (fflate), never string edits.
 */
import { DOMImplementation, DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { serializeStore, STORE_NAMESPACE, type StoreData } from "../model/document-store";

const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DOCUMENT = "word/document.xml";
const DOCUMENT_RELS = "word/_rels/document.xml.rels";

function parse(xml: string, name: string): Document {
  let failed = false;
  const doc = new DOMParser({ onError: () => (failed = true) }).parseFromString(xml, "application/xml") as unknown as Document;
  if (failed || !doc.documentElement) throw new Error(`${name} is not well-formed XML`);
  return doc;
}

function serialise(doc: Document | Node): string {
  const text = new XMLSerializer().serializeToString(doc as never);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${text}`;
}

/**
 * The store part's XML: the one format every host writes and reads (model/document-store.ts), with
 * the XML declaration a part saved by Word carries.
 */
export function storePartXml(data: StoreData): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${serializeStore(data)}`;
}

/** A GUID for the part's properties, derived from its content so the same template gives the same file. */
function itemId(xml: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < xml.length; i++) {
    h1 = Math.imul(h1 ^ xml.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ xml.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
}

function propertiesXml(id: string): string {
  const doc = new DOMImplementation().createDocument(DATASTORE_NS, "ds:datastoreItem", null);
  const root = doc.documentElement!;
  root.setAttributeNS(DATASTORE_NS, "ds:itemID", id);
  const refs = doc.createElementNS(DATASTORE_NS, "ds:schemaRefs");
  const ref = doc.createElementNS(DATASTORE_NS, "ds:schemaRef");
  ref.setAttributeNS(DATASTORE_NS, "ds:uri", STORE_NAMESPACE);
  refs.appendChild(ref);
  root.appendChild(refs);
  return serialise(doc as unknown as Document);
}

function relationships(): Document {
  return new DOMImplementation().createDocument(RELS_NS, "Relationships", null) as unknown as Document;
}

function addRelationship(rels: Document, type: string, target: string): void {
  const root = rels.documentElement!;
  const ids = new Set(Array.from(root.getElementsByTagNameNS(RELS_NS, "Relationship")).map((r) => r.getAttribute("Id")));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = rels.createElementNS(RELS_NS, "Relationship");
  rel.setAttribute("Id", `rId${n}`);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", target);
  root.appendChild(rel);
}

/** The .docx with the add-in's data part added. */
export function addStorePart(docx: Uint8Array, data: Record<string, unknown>): Uint8Array {
  const files = unzipSync(docx);
  if (!files[DOCUMENT] || !files["[Content_Types].xml"]) throw new Error("not a .docx written by the docx package");
  let n = 1;
  while (files[`customXml/item${n}.xml`]) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const xml = storePartXml(data);

  const types = parse(strFromU8(files["[Content_Types].xml"]), "[Content_Types].xml");
  const override = types.createElementNS(CONTENT_TYPES_NS, "Override");
  override.setAttribute("PartName", `/${props}`);
  override.setAttribute("ContentType", CUSTOM_XML_PROPS_TYPE);
  types.documentElement!.appendChild(override);

  const documentRels = files[DOCUMENT_RELS] ? parse(strFromU8(files[DOCUMENT_RELS]), DOCUMENT_RELS) : relationships();
  addRelationship(documentRels, CUSTOM_XML_REL, `../${item}`);
  const itemRels = relationships();
  addRelationship(itemRels, CUSTOM_XML_PROPS_REL, `itemProps${n}.xml`);

  const out: Zippable = { ...files };
  out["[Content_Types].xml"] = strToU8(serialise(types));
  out[DOCUMENT_RELS] = strToU8(serialise(documentRels));
  out[item] = strToU8(xml);
  out[props] = strToU8(propertiesXml(itemId(xml)));
  out[`customXml/_rels/item${n}.xml.rels`] = strToU8(serialise(itemRels));
  return zipSync(out, { level: 6 });
}
