/**
 * Built-in style identifiers (Word.BuiltInStyleName values) and the English
 * names Word shows for them. Word reports `style` as the localised name and
 * `styleBuiltIn` as the identifier, "Other" for custom styles.
 */
const BUILT_IN_NAMES: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  Quote: "Quote",
  IntenseQuote: "Intense Quote",
  ListParagraph: "List Paragraph",
  NoSpacing: "No Spacing",
  Caption: "Caption",
  TocHeading: "TOC Heading",
  Bibliography: "Bibliography",
};
for (let level = 1; level <= 9; level++) BUILT_IN_NAMES[`Heading${level}`] = `Heading ${level}`;

const NAME_TO_BUILT_IN = new Map(Object.entries(BUILT_IN_NAMES).map(([id, name]) => [name.toLowerCase(), id]));

/** "Heading1" -> "Heading 1"; unknown identifiers are returned unchanged. */
export function styleNameForBuiltIn(builtIn: string): string {
  return BUILT_IN_NAMES[builtIn] ?? builtIn;
}

/** "Heading 1" or "Heading1" -> "Heading1"; custom names -> "Other". */
export function builtInForStyle(name: string): string {
  if (BUILT_IN_NAMES[name] !== undefined) return name;
  return NAME_TO_BUILT_IN.get(name.toLowerCase()) ?? "Other";
}

/** Outline level Word derives from a built-in heading style; 10 is body text. */
export function outlineLevelForStyle(name: string): number {
  const m = /^Heading([1-9])$/.exec(builtInForStyle(name));
  return m ? Number(m[1]) : 10;
}
