/** Every file in ./csl the formatter reads (the LICENCE.md beside them names their authors and licence). */
export const CSL_FILES = [
  "harvard-cite-them-right.csl",
  "harvard-cite-them-right-11th-edition.csl",
  "locales-en-GB.xml",
  "locales-en-US.xml",
] as const;

export type CslFileName = (typeof CSL_FILES)[number];
