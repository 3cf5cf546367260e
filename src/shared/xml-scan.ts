/**
 * A look at an XML text's shape before it is parsed: whether it declares a document type (DTD),
 * how deep its elements nest and how many there are. One pass, linear in the text's length, and
 * no parsing beyond finding where tags begin and end.
 *
 * Why: @xmldom/xmldom, the parser the reader uses, has no limits of its own. A DTD brings entity
 * expansion ("billion laughs") and external entities; OOXML forbids DTDs in a package's XML
 * (ECMA-376 Part 2, Open Packaging Conventions, section 8.1.4, rule M1.18: "package implementers
 * ... shall treat the presence of DTD declarations as an error"). 200,000 levels of nesting take
 * xmldom about 15 seconds, and the readers that walk the tree recurse; a few megabytes of empty
 * elements become gigabytes of DOM. So the callers refuse such a text before the parser sees it.
 */

export interface XmlShape {
  /** A <!DOCTYPE ...> declaration is present (scanning stops there). */
  doctype: boolean;
  /** The deepest nesting of elements seen (scanning stops once it passes maxDepth). */
  depth: number;
  /** Elements seen (scanning stops once they pass maxElements). */
  elements: number;
}

export interface XmlScanLimits {
  maxDepth: number;
  maxElements: number;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/**
 * Scans `text`, stopping as soon as it has a DTD or passes a limit. Malformed XML is not judged
 * here (the parser reports it); an unclosed tag or comment just ends the scan.
 */
export function scanXml(text: string, limits: XmlScanLimits): XmlShape {
  const shape: XmlShape = { doctype: false, depth: 0, elements: 0 };
  const n = text.length;
  let depth = 0;
  let i = text.indexOf("<");
  while (i !== -1 && i < n - 1) {
    const c = text.charCodeAt(i + 1);
    if (c === QUESTION) {
      i = after(text, "?>", i + 2);
    } else if (c === BANG) {
      if (text.startsWith("!--", i + 1)) i = after(text, "-->", i + 4);
      else if (text.startsWith("![CDATA[", i + 1)) i = after(text, "]]>", i + 9);
      else {
        if (text.slice(i + 2, i + 9).toUpperCase() === "DOCTYPE") {
          shape.doctype = true;
          return shape;
        }
        i = after(text, ">", i + 2);
      }
    } else if (c === SLASH) {
      depth = Math.max(0, depth - 1);
      i = after(text, ">", i + 2);
    } else {
      // A start tag: its end is the first ">" outside a quoted attribute value.
      let j = i + 1;
      let quote = 0;
      for (; j < n; j++) {
        const ch = text.charCodeAt(j);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === DQUOTE || ch === SQUOTE) quote = ch;
        else if (ch === GT || ch === LT) break;
      }
      if (j >= n || text.charCodeAt(j) !== GT) return shape;
      shape.elements++;
      if (text.charCodeAt(j - 1) !== SLASH) {
        depth++;
        if (depth > shape.depth) shape.depth = depth;
      }
      if (shape.depth > limits.maxDepth || shape.elements > limits.maxElements) return shape;
      i = j + 1;
    }
    if (i === -1) return shape;
    i = text.indexOf("<", i);
  }
  return shape;
}

/** The index just past the next `end` from `from`, or -1 when there is none. */
function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at === -1 ? -1 : at + end.length;
}
