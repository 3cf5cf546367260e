/**
 * The rows every JSON import gets (reference files, comment banks, the entries stored in a
 * document, and centre templates from issue 15): each spoils a valid value in one way. The entry
 * point says what each row must give; the spoiling is the same for all of them.
 */
import type { Expectation, HostileRow } from "./table";

/** Markup of every kind a string could smuggle: HTML, a script, WordprocessingML, an entity. */
export const MARKUP = `<b>bold</b><script>alert("x")</script><w:p><w:r><w:t>injected</w:t></w:r></w:p>&amp;`;
export const TEN_MB = "x".repeat(10_000_000);

type Path = Array<string | number>;
const DEEP_MARKER = "deep-nesting-goes-here";

export interface JsonRowSpec<I, R> {
  /** A valid value; each row spoils a fresh copy of it. */
  valid: () => unknown;
  /** Where a text field is, e.g. ["snippets", 0, "text"]. */
  textAt: Path;
  /** Where an unknown field can go (an object of the value), e.g. ["snippets", 0]. */
  objectAt: Path;
  /** The input the entry point reads (JSON text, or the parsed value for stored entries). */
  encode: (value: unknown) => I;
  /** What each spoiling gives. `markup` and `tenMegabytes` name the field's new value for the check. */
  expect: {
    notJson?: Expectation<R>;
    wrongKind: Expectation<R>;
    wrongType: Expectation<R>;
    unknownField: Expectation<R>;
    tenMegabytes: Expectation<R>;
    markup: Expectation<R>;
    deepNesting: Expectation<R>;
    protoKey: Expectation<R>;
  };
  /** For an input holding JSON text inside it (a file name and text): edits the text. */
  editText?: (input: I, edit: (text: string) => string) => I;
  /** Text that is not JSON at all, for an entry point that reads text. */
  notJsonInput?: () => I;
}

function at(value: unknown, path: Path): Record<string | number, unknown> {
  let v = value as Record<string | number, unknown>;
  for (const p of path) v = v[p] as Record<string | number, unknown>;
  return v;
}

function spoil(spec: { valid: () => unknown }, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const value = spec.valid();
  const parent = at(value, path.slice(0, -1));
  change(parent, path[path.length - 1]!);
  return value;
}

export function jsonRows<I, R>(spec: JsonRowSpec<I, R>): Array<HostileRow<I, R>> {
  const rows: Array<HostileRow<I, R>> = [];
  if (spec.expect.notJson && spec.notJsonInput) rows.push({ name: "not JSON", input: spec.notJsonInput, expect: spec.expect.notJson });
  rows.push(
    { name: "JSON of the wrong kind (a number)", input: () => spec.encode(42), expect: spec.expect.wrongKind },
    {
      name: "a field of the wrong type (a number for text)",
      input: () => spec.encode(spoil(spec, spec.textAt, (o, k) => (o[k] = 12345))),
      expect: spec.expect.wrongType,
    },
    {
      name: "an unknown field",
      input: () => spec.encode(spoil(spec, [...spec.objectAt, "colour"], (o, k) => (o[k] = "red"))),
      expect: spec.expect.unknownField,
    },
    {
      name: "a 10 MB string",
      input: () => spec.encode(spoil(spec, spec.textAt, (o, k) => (o[k] = TEN_MB))),
      expect: spec.expect.tenMegabytes,
    },
    {
      name: "markup in a string (kept as text)",
      input: () => spec.encode(spoil(spec, spec.textAt, (o, k) => (o[k] = MARKUP))),
      expect: spec.expect.markup,
    },
    {
      name: "200,000 levels of nested arrays in a field",
      input: () => {
        // JSON.stringify cannot write such a value (it recurses), so text gets it spliced in.
        const marked = spec.encode(spoil(spec, spec.textAt, (o, k) => (o[k] = DEEP_MARKER)));
        const deep = (text: string) => text.replace(`"${DEEP_MARKER}"`, `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
        if (spec.editText) return spec.editText(marked, deep);
        if (typeof marked === "string") return deep(marked) as I;
        return spec.encode(spoil(spec, spec.textAt, (o, k) => (o[k] = JSON.parse(`${"[".repeat(200_000)}${"]".repeat(200_000)}`))));
      },
      expect: spec.expect.deepNesting,
    },
    {
      name: 'a "__proto__" field',
      input: () => spec.encode(spoil(spec, [...spec.objectAt, "__proto__"], (o) => Object.defineProperty(o, "__proto__", { value: { polluted: true }, enumerable: true }))),
      expect: spec.expect.protoKey,
    },
  );
  return rows;
}
