/**
 * `Paragraph.search` in the in-memory Word (WordApi 1.1,
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-search-member(1)):
 * the ranges of the paragraph matching the text, in order, as a RangeCollection whose items exist
 * after load + sync. As in Word:
 * - the search text is at most 255 characters (longer fails with InvalidArgument);
 * - matching ignores case unless `matchCase` is set;
 * - "^" starts one of Word's special codes (^p, ^t ...): "^^" finds a caret; other codes and
 *   wildcards are not modelled and fail, so code that forgets to escape "^" is caught.
 */
import { MemoryOfficeError } from "./office-error";
import type { ParaData } from "./model";
import { MemCollection, Ref, type MemoryRequestContext } from "./proxy";
import { MemRange, type RangeData } from "./objects";

export const SEARCH_TEXT_MAX = 255;

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

/** The literal text a Word search string stands for. */
function literal(searchText: string): string {
  let out = "";
  for (let i = 0; i < searchText.length; i++) {
    const ch = searchText[i]!;
    if (ch !== "^") {
      out += ch;
      continue;
    }
    if (searchText[i + 1] === "^") {
      out += "^";
      i++;
      continue;
    }
    throw new MemoryOfficeError("InvalidArgument", `The in-memory Word does not model Word's special search code '^${searchText[i + 1] ?? ""}'.`);
  }
  return out;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

export function searchParagraph(p: ParaData, searchText: string, options: SearchOptions = {}): RangeData[] {
  if (typeof searchText !== "string" || searchText.length === 0 || searchText.length > SEARCH_TEXT_MAX) {
    throw new MemoryOfficeError("InvalidArgument", `The search text must be 1 to ${SEARCH_TEXT_MAX} characters long.`);
  }
  if (options.matchWildcards) throw new MemoryOfficeError("InvalidArgument", "The in-memory Word does not model wildcard searches.");
  const needle = literal(searchText);
  const hay = options.matchCase ? p.text : p.text.toLowerCase();
  const find = options.matchCase ? needle : needle.toLowerCase();
  const out: RangeData[] = [];
  for (let i = hay.indexOf(find); i >= 0; i = hay.indexOf(find, i + find.length)) {
    if (options.matchWholeWord && (isWordChar(p.text[i - 1]) || isWordChar(p.text[i + find.length]))) continue;
    out.push({ start: p, so: i, end: p, eo: i + find.length });
  }
  return out;
}

export class MemRangeCollection extends MemCollection<MemRange, RangeData> {
  constructor(context: MemoryRequestContext, private readonly resolver: () => RangeData[]) {
    super(context);
  }
  protected resolveAll(): RangeData[] {
    return this.resolver();
  }
  protected makeItem(data: RangeData): MemRange {
    return new MemRange(this.context, Ref.of(data));
  }
}

/** The queued search of one paragraph. */
export function searchIn(ctx: MemoryRequestContext, paragraph: Ref<ParaData>, searchText: string, options?: SearchOptions): MemRangeCollection {
  return new MemRangeCollection(ctx, () => {
    const p = paragraph.required("paragraph");
    ctx.memory.indexOf(p);
    return searchParagraph(p, searchText, options);
  });
}
