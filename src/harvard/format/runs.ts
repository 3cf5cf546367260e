/** A piece of formatted text with its character formatting, for writing into Word run by run. */
export interface TextRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
  superscript?: boolean;
  subscript?: boolean;
}

type Style = Omit<TextRun, "text">;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** What an opening tag of citeproc-js's HTML output does to the current style. */
function styleOf(tag: string, current: Style): Style {
  const name = /^<\s*([a-z]+)/i.exec(tag)?.[1].toLowerCase();
  const css = /style="([^"]*)"/i.exec(tag)?.[1].replace(/\s/g, "") ?? "";
  switch (name) {
    case "i":
    case "em":
      return { ...current, italic: true };
    case "b":
    case "strong":
      return { ...current, bold: true };
    case "sup":
      return { ...current, superscript: true };
    case "sub":
      return { ...current, subscript: true };
    case "span": {
      const s = { ...current };
      if (css.includes("font-style:normal")) s.italic = false;
      if (css.includes("font-style:italic")) s.italic = true;
      if (css.includes("font-weight:normal")) s.bold = false;
      if (css.includes("font-weight:bold")) s.bold = true;
      if (css.includes("font-variant:small-caps")) s.smallCaps = true;
      if (css.includes("font-variant:normal")) s.smallCaps = false;
      return s;
    }
    default:
      return current;
  }
}

function clean(style: Style): Style {
  const out: Style = {};
  for (const [k, v] of Object.entries(style) as Array<[keyof Style, boolean | undefined]>) if (v) out[k] = true;
  return out;
}

const same = (a: Style, b: Style) => JSON.stringify(clean(a)) === JSON.stringify(clean(b));

/** Splits citeproc-js HTML (one entry or one citation) into runs; adjacent runs with the same formatting merge. */
export function htmlToRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: Style[] = [{}];
  const push = (text: string) => {
    if (!text) return;
    const style = clean(stack[stack.length - 1]);
    const last = runs[runs.length - 1];
    if (last && same(last, style)) last.text += text;
    else runs.push({ text, ...style });
  };
  const body = html.replace(/^\s*<div class="csl-entry">/, "").replace(/<\/div>\s*$/, "");
  const re = /<[^>]+>|[^<]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tok = m[0];
    if (tok.startsWith("</")) {
      if (stack.length > 1) stack.pop();
    } else if (tok.startsWith("<")) {
      if (!/\/>$/.test(tok)) stack.push(styleOf(tok, stack[stack.length - 1]));
    } else push(decodeEntities(tok));
  }
  return runs;
}

export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join("");
}
