/**
 * Sources from the learner's own typed reference list: each line becomes a
 * source for the learner to confirm (never added silently). The names, year
 * and title come from the referencing checks' parser (src/harvard/reference-parse.ts),
 * so the checks and the library read a line the same way; the rest of the line
 * (publisher, journal, pages, URL, accessed date) is read here.
 */
import { readReferenceNames, parseReference } from "../reference-parse";
import type { CslItem, CslName } from "./csl";
import { dayDate, yearDate } from "./dates";
import { draftFromItem, itemFromDraft, type SourceDraft } from "./fields";
import type { SourceKind } from "./kinds";
import { newSourceId } from "./library";
import { validateDraft, type FieldError } from "./validate";

export interface TypedSource {
  /** The line as typed. */
  line: string;
  kind: SourceKind;
  item: CslItem;
  /** What the learner should check or fill in before confirming. */
  problems: FieldError[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Given names or initials written after a surname in the names part ("Covey, S.R." / "Gilbert A"). */
function givenAfter(segment: string, surname: string): string | undefined {
  const m = new RegExp(`${escapeRe(surname)}\\s*,?\\s*((?:\\p{Lu}[\\p{Ll}'-]*\\.?\\s?-?)+)`, "u").exec(segment);
  const g = m?.[1].trim().replace(/[,;]$/, "");
  return g || undefined;
}
/** Initials written before a surname ("E. Cox"). */
function givenBefore(segment: string, surname: string): string | undefined {
  const m = new RegExp(`((?:\\p{Lu}\\.\\s?-?)+)\\s*${escapeRe(surname)}`, "u").exec(segment);
  return m?.[1].trim() || undefined;
}

/** "E. Cox, T. Bachkirova and …": initials before the surnames, as the 12th edition writes editors. */
const INITIALS_FIRST = /^\s*(?:\p{Lu}\.\s?-?)+\s*\p{Lu}\p{Ll}/u;

function toNames(surnames: string[], corporate: boolean, segment: string): CslName[] {
  if (corporate) return surnames.map((literal) => ({ literal }));
  // initials first: "Cox, T." would otherwise take the next person's initials
  const initialsFirst = INITIALS_FIRST.test(segment);
  return surnames.map((s) => {
    const particle = /^((?:van|von|de|der|den|du|da|di|le|la)(?: (?:van|von|de|der|den|du|da|di|le|la))*) (.+)$/.exec(s);
    const given = initialsFirst ? (givenBefore(segment, s) ?? givenAfter(segment, s)) : (givenAfter(segment, s) ?? givenBefore(segment, s));
    const base: CslName = particle ? { family: particle[2], "non-dropping-particle": particle[1] } : { family: s };
    return given ? { ...base, given } : base;
  });
}

const URL_RE = /(?:<)?((?:https?:\/\/|www\.)[^\s<>]+?)(?:>)?(?=[\s)\]]|[.,;]?(?:\s|$))/i;
const GENRE_RE = /\b((?:PhD|Ph\.D\.|DPhil|MPhil|doctoral|DProf|EdD|MBA|MA|MSc|MRes|master['’]?s|undergraduate|BA|BSc)\s+(?:thesis|dissertation))\b/i;

function readRest(rest: string, d: SourceDraft): void {
  const url = URL_RE.exec(rest);
  const doi = /(?:doi(?:\.org)?[:/]\s*)(10\.\d{4,9}\/[^\s]+?)(?=[.,;]?(?:\s|$))/i.exec(rest);
  if (doi) d.doi = doi[1];
  else if (url) d.url = url[1];
  const acc = /accessed:?\s*(?:on\s*)?([^)\]\s][^)\]]*)[)\]]/i.exec(rest);
  if (acc) d.accessed = acc[1].trim().replace(/(\d+)(?:st|nd|rd|th)\b/, "$1");
  const ed = /\b(\d+)(?:st|nd|rd|th)\s+ed/i.exec(rest);
  if (ed) d.edition = ed[1];
  const pages = /\bpp?\.\s*([A-Za-z]?\d+(?:\s*[–—-]\s*[A-Za-z]?\d+)?)/.exec(rest);
  if (pages) d.pages = pages[1].replace(/\s*[–—-]\s*/, "-");
  // "Place: Publisher." anywhere outside the "Available at:" part.
  const offline = rest.replace(/\[?\s*(?:available (?:at|from)|accessed)[\s\S]*$/i, "");
  // The text is trimmed, so it ends without spaces: no "\s*$" to share them with the publisher.
  const pub = /(?:^|[.,]\s+)([\p{Lu}][\p{L} .'-]*?):\s*([^.:\s][^.:]*?)(?:,\s*pp?\.[^.]*)?\.?$/u.exec(offline.trim());
  if (pub) {
    d.place = pub[1].trim();
    d.publisher = pub[2].trim();
  }
}

/** One typed line as a source to confirm; null when the line has neither names nor a year. */
export function sourceFromTypedLine(line: string, takenIds: Iterable<string> = []): TypedSource | null {
  const parsed = parseReference(line, "references", 0);
  if (!parsed.year && parsed.authors.length === 0) return null;
  // Straight apostrophes, as the parser reports names ("O’Neill" -> "O'Neill").
  const text = line.replace(/\s+/g, " ").replace(/[\u2019\u02bc]/g, (m, i: number, all: string) => (/\p{L}/u.test(all[i - 1] ?? "") && /\p{L}/u.test(all[i + 1] ?? "") ? "'" : m)).trim();
  const yearPos = parsed.year ? text.indexOf(parsed.year.text) : -1;
  const namesSeg = yearPos > 0 ? text.slice(0, yearPos) : text.split(/\.\s/)[0];
  const titleAt = parsed.title ? text.indexOf(parsed.title, Math.max(0, yearPos)) : -1;
  let rest = titleAt >= 0 ? text.slice(titleAt + parsed.title.length).replace(/^['’"”]/, "") : yearPos >= 0 ? text.slice(yearPos) : "";

  const d: SourceDraft = { title: parsed.title || undefined };
  if (parsed.year && parsed.year.base !== "nodate") d.year = parsed.year.base === "inpress" ? parsed.year.text : parsed.year.base;
  const names = toNames(parsed.authors, parsed.corporate, namesSeg);
  const quoted = titleAt > 0 && /['‘"“]$/.test(text.slice(0, titleAt));
  let kind: SourceKind;

  // Each group starts with a non-space, so the spaces before it belong to one quantifier only
  // (eslint-plugin-regexp, super-linear backtracking); the editors' trailing spaces are trimmed.
  const chapter = /^[.,]?\s*in:?\s+(\S.*?)\(eds?\.?\)\s*(\S.*?)\.\s+(\S[\s\S]*)$/i.exec(rest.trim());
  const journal = /^\s*,\s*([^,\s][^,]*?),\s*(\d+)\s*(?:\(([^)]+)\)\s*)?[,.]/.exec(rest);
  const genre = GENRE_RE.exec(rest);
  if (chapter) {
    kind = "chapter";
    d.authors = names;
    // "Cox, E., Bachkirova, T., and Clutterbuck, D.": the style's serial comma confuses the names reader.
    const edSeg = chapter[1].trimEnd().replace(/,\s+(and|&)\s+/g, " $1 ");
    const eds = readReferenceNames(edSeg);
    d.editors = toNames(eds.authors, eds.corporate, edSeg);
    d.containerTitle = chapter[2].trim();
    rest = chapter[3];
  } else if (quoted && journal) {
    kind = "journal-article";
    d.authors = names;
    d.containerTitle = journal[1].trim();
    d.volume = journal[2];
    if (journal[3]) d.issue = journal[3];
  } else if (genre) {
    kind = "thesis";
    d.authors = names;
    d.genre = genre[1];
    const uni = new RegExp(`${escapeRe(genre[1])}\\.?\\s*([^.]+)\\.`).exec(rest);
    if (uni) d.publisher = uni[1].trim();
  } else if (parsed.edited) {
    kind = "edited-book";
    d.editors = names;
  } else {
    d.authors = names;
    const online = URL_RE.test(rest);
    const hasPublisher = /[\p{L}]:\s*[^/]/u.test(rest.replace(/\[?\s*(?:available (?:at|from))[\s\S]*$/i, ""));
    if (parsed.corporate && /\b(code|ethic|standards?|competenc)/i.test(parsed.title)) kind = "code-of-practice";
    else if (online && !hasPublisher) kind = "web-page";
    else if (parsed.corporate) kind = "report";
    else kind = "book";
  }
  readRest(rest, d);
  if ((kind === "book" || kind === "edited-book" || kind === "report") && !d.publisher && !d.url) {
    // "… People. Simon & Schuster UK": a last sentence with no "Place:" is the publisher; the place is asked for.
    const last = rest.replace(/\s*\.\s*$/, "").split(/\.\s+/).pop()?.trim() ?? "";
    if (last && !/\d(st|nd|rd|th)\s+edn?|^\d+$/i.test(last) && /\p{L}/u.test(last)) d.publisher = last.replace(/^[.,:;\s]+/, "");
  }
  if (kind === "thesis") {
    delete d.place;
    if (!d.publisher) delete d.publisher;
  }
  if (kind === "journal-article") {
    delete d.place;
    delete d.publisher;
  }
  const probe = itemFromDraft(kind, d, "typed");
  const id = newSourceId(probe, takenIds);
  const item = itemFromDraft(kind, d, id);
  if (d.accessed && !item.accessed) item.accessed = dayDate(d.accessed);
  if (d.year && !item.issued) item.issued = yearDate(d.year);
  const problems = validateDraft(kind, draftFromItem(item));
  if (parsed.etAl)
    problems.unshift({
      field: kind === "edited-book" ? "editors" : "authors",
      message: "Your list says et al.: add every author's name here (the reference list shows et al. itself for four or more).",
      severity: "warning",
    });
  return { line, kind, item, problems };
}

/** Every parseable line of a typed list, with ids unique among themselves and `taken`. */
export function sourcesFromTypedList(lines: readonly string[], taken: Iterable<string> = []): TypedSource[] {
  const used = new Set(taken);
  const out: TypedSource[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const s = sourceFromTypedLine(line, used);
    if (!s) continue;
    used.add(s.item.id);
    out.push(s);
  }
  return out;
}
