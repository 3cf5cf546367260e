/**
 * Finds every way the built pane's JavaScript could reach the network: references to the browser's
 * network APIs (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, workers,
 * new Image), elements that load a URL (createElement("script"/"img"/"iframe"/…), assignments to
 * .src), and markup or CSS in strings that loads from another origin (<img src="https://…">,
 * url(//…)). Each finding is traced, through the build's source map, to the module it came from
 * (src/…, node_modules/…, or webpack/runtime/…), so the test can name what it allows precisely.
 *
 * The code is parsed (ESLint's parser and scope analysis, which the project already uses), not
 * grepped: `fetch` as a free variable is found however it is called, and `refetchItem` is not.
 */
import { readFileSync } from "fs";
import { Linter, type Rule } from "eslint";

export interface Finding {
  /**
   * What was found: "global:fetch", "member:sendBeacon", "element:script", "assign:src" (.src = or
   * setAttribute("src")), "property:src" ({ src: "https://…" }), "markup:img", "css:url", or
   * "csl:link" (markup inside a bundled CSL file).
   */
  kind: string;
  /** The module it came from, e.g. "node_modules/citeproc/citeproc_commonjs.js" or "webpack/runtime/load script"; null if the map has none. */
  source: string | null;
  file: string;
  line: number;
  column: number;
}

/** Browser globals that open a connection or load a resource. */
const NETWORK_GLOBALS = new Set(["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "Image", "Worker", "SharedWorker", "RTCPeerConnection", "WebTransport"]);
/** The same reached as properties (window.fetch, navigator.sendBeacon, navigator.serviceWorker…). */
const NETWORK_MEMBERS = new Set(["fetch", "sendBeacon", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "serviceWorker", "RTCPeerConnection", "WebTransport"]);
/** Elements that load what their src/href names. */
const LOADING_ELEMENTS = new Set(["script", "img", "image", "iframe", "frame", "link", "audio", "video", "source", "track", "embed", "object", "portal"]);
/** Markup in a string that loads from another origin (an absolute or protocol-relative URL). */
const REMOTE_MARKUP = /<\s*(script|img|image|iframe|frame|link|audio|video|source|track|embed|object)\s(?:[^>]*\s)?(?:src|href|srcset|data)\s*=\s*["']?(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/** CSS in a string that loads from another origin. */
const REMOTE_CSS = /(?:url\(\s*["']?|@import\s+["'])(?:https?:)?\/\//i;
/** An absolute or protocol-relative URL (another origin, as a page's own files are named relatively). */
const REMOTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/** A CSL style or locale file bundled as text (src/harvard/format/csl): data for citeproc, never rendered. */
const CSL_DOCUMENT = /^<\?xml[^>]*\?>\s*<(?:style|locale)\s+xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/;

type Raw = Omit<Finding, "source" | "file">;

function propertyName(node: { computed: boolean; property: unknown }): string | null {
  const p = node.property as { type: string; name?: string; value?: unknown };
  if (!node.computed && p.type === "Identifier") return p.name ?? null;
  if (p.type === "Literal" && typeof p.value === "string") return p.value;
  return null;
}

/** An ESLint rule that reports, rather than judges: the test decides what is allowed. */
function collector(out: Raw[]): Rule.RuleModule {
  return {
    create(context) {
      const add = (kind: string, node: { loc?: { start: { line: number; column: number } } | null }) =>
        out.push({ kind, line: node.loc!.start.line, column: node.loc!.start.column });
      const checkString = (text: string, node: Parameters<typeof add>[1]) => {
        const m = REMOTE_MARKUP.exec(text);
        if (m) add(`${CSL_DOCUMENT.test(text) ? "csl" : "markup"}:${m[1].toLowerCase()}`, node);
        if (REMOTE_CSS.test(text)) add("css:url", node);
      };
      return {
        "Program:exit"(node) {
          // References the scope analysis could not resolve in the file are to globals.
          for (const ref of context.sourceCode.getScope(node).through) {
            if (NETWORK_GLOBALS.has(ref.identifier.name)) add(`global:${ref.identifier.name}`, ref.identifier);
          }
        },
        MemberExpression(node) {
          const name = propertyName(node);
          if (name && NETWORK_MEMBERS.has(name)) add(`member:${name}`, node);
        },
        CallExpression(node) {
          if (node.callee.type !== "MemberExpression") return;
          const name = propertyName(node.callee);
          const tagArg = name === "createElement" ? node.arguments[0] : name === "createElementNS" ? node.arguments[1] : undefined;
          if (tagArg?.type === "Literal" && typeof tagArg.value === "string" && LOADING_ELEMENTS.has(tagArg.value.toLowerCase())) add(`element:${tagArg.value.toLowerCase()}`, node);
          const attr = node.arguments[0];
          if (name === "setAttribute" && attr?.type === "Literal" && (attr.value === "src" || attr.value === "srcset")) add(`assign:${attr.value}`, node);
        },
        AssignmentExpression(node) {
          if (node.left.type !== "MemberExpression") return;
          const name = propertyName(node.left);
          if (name === "src" || name === "srcset") add(`assign:${name}`, node);
        },
        Property(node) {
          // { src: "https://…" }: what JSX (<img src="https://…" />) and element options compile to.
          const key = node.key.type === "Identifier" ? node.key.name : node.key.type === "Literal" ? node.key.value : null;
          const v = node.value;
          if ((key === "src" || key === "srcSet" || key === "srcset") && v.type === "Literal" && typeof v.value === "string" && REMOTE_URL.test(v.value)) add("property:src", node);
        },
        Literal(node) {
          if (typeof node.value === "string") checkString(node.value, node);
        },
        TemplateElement(node) {
          checkString(node.value.cooked ?? node.value.raw, node);
        },
      };
    },
  };
}

/** Network findings in one script, with line (1-based) and column (0-based) in it. */
export function findNetworkUse(code: string): Raw[] {
  const out: Raw[] = [];
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.js"],
        languageOptions: { ecmaVersion: "latest", sourceType: "script" },
        plugins: { scan: { rules: { network: collector(out) } } },
        rules: { "scan/network": "error" },
      },
    ],
    "bundle.js",
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`Could not parse the bundle: ${fatal.message} (line ${fatal.line})`);
  return out;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A source map's mappings, per generated line: [generated column, source index] sorted by column. */
export function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let source = 0;
  for (const line of mappings.split(";")) {
    const segments: Array<[number, number]> = [];
    let column = 0;
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      // Fields 2-4 (original line, column, name) are not needed: only which module a position is in.
      if (fields.length > 1) {
        source += fields[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** "webpack://ilm-assignment-assistant/./node_modules/x.js" → "node_modules/x.js". */
function moduleName(source: string): string {
  return source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
}

/** The module each finding in a built file came from, through its .map. */
export function scanBuiltFile(file: string): Finding[] {
  const code = readFileSync(file, "utf8");
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[]; mappings: string };
  const lines = decodeMappings(map.mappings);
  return findNetworkUse(code).map((f) => {
    const segments = lines[f.line - 1] ?? [];
    let source: number | null = null;
    for (const [column, index] of segments) {
      if (column > f.column) break;
      source = index;
    }
    return { ...f, file, source: source === null ? null : moduleName(map.sources[source]) };
  });
}
