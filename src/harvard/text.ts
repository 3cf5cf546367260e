/**
 * Names for the in-text scanner, the reference-line parser and the matcher: name particles,
 * name keys, organisation aliases, letter classes and near-spelling distance.
 */
import { foldForNameMatch } from "../shared/text/fold";

/** Name particles that may open a surname ("van Nieuwerburgh", "de Haan"). Lower-case forms. */
export const PARTICLES: ReadonlySet<string> = new Set([
  "van", "von", "de", "der", "den", "del", "della", "delle", "di", "da", "das", "do", "dos", "du",
  "la", "le", "les", "ten", "ter", "te", "op", "het", "'t", "d'", "al", "el", "bin", "ibn", "mac", "st", "st.", "zu",
]);

/** Letters and digits only, folded; "&" reads as "and" so "Leadership & Management" = "Leadership and Management". */
export function nameKey(s: string): string {
  const f = foldForNameMatch(s.replace(/&/g, " and "));
  let out = "";
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += f[i];
  }
  return out;
}

/** Words of a name, split on spaces and hyphens, each keyed. */
export function nameWords(s: string): string[] {
  return s.split(/[\s\-\u2010-\u2015]+/).map(nameKey).filter((w) => w.length > 0);
}

/** s with A-Z lower-cased and everything else kept, as a case-insensitive (non-Unicode) pattern compares. */
export function asciiLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}

// Unicode-property patterns are built once here: a literal with \p{…} inside a function is compiled by
// tsx (the CLI and bench) into `new RegExp(…)`, constructed again on every call.
const ANY_LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

/** A letter (any script) at code point c. */
export function isLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ANY_LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_LETTER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_LETTER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Words of an organisation name that do not count towards its acronym. */
const ACRONYM_SKIP = new Set(["of", "and", "for", "the", "in", "on", "at", "to", "&"]);

/**
 * The acronym of a multi-word organisation name: "International Coaching
 * Federation" -> "icf", "Institute of Leadership & Management" -> "ilm".
 * Empty for single words.
 */
export function acronymOf(name: string): string {
  const words = name.replace(/[()[\],.:]/g, " ").split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return "";
  let out = "";
  for (const w of words) {
    if (ACRONYM_SKIP.has(w.toLowerCase())) continue;
    if (!isUpper(w[0])) continue;
    out += w[0];
  }
  return out.length >= 2 ? nameKey(out) : "";
}

/**
 * Names the coaching bodies go by beyond their plain acronym, both ways:
 * learners cite "(EMCC, 2021)" for "EMCC Global (2021)" and the reverse.
 */
export const ORGANISATION_ALIASES: ReadonlyArray<readonly string[]> = [
  ["emcc", "emccglobal", "europeanmentoringandcoachingcouncil", "emccuk", "emccinternational"],
  ["icf", "internationalcoachingfederation", "icfglobal", "internationalcoachfederation"],
  ["ilm", "instituteofleadershipandmanagement", "instituteofleadership", "theinstituteofleadershipandmanagement"],
  ["cipd", "charteredinstituteofpersonnelanddevelopment", "thecharteredinstituteofpersonnelanddevelopment"],
  ["ac", "associationforcoaching", "theassociationforcoaching"],
  ["apecs", "associationforprofessionalexecutivecoachingandsupervision"],
  ["bps", "britishpsychologicalsociety", "thebritishpsychologicalsociety"],
  ["cmi", "charteredmanagementinstitute", "thecharteredmanagementinstitute"],
  ["nhs", "nationalhealthservice"],
  ["acas", "advisoryconciliationandarbitrationservice"],
];

const ALIAS_INDEX: Map<string, readonly string[]> = (() => {
  const m = new Map<string, readonly string[]>();
  for (const group of ORGANISATION_ALIASES) for (const k of group) m.set(k, group);
  return m;
})();

/** Every key an organisation might be cited by, including its own. */
export function organisationKeys(name: string, extraAliases: readonly string[] = []): string[] {
  const keys = new Set<string>();
  const add = (k: string) => {
    if (!k) return;
    keys.add(k);
    const g = ALIAS_INDEX.get(k);
    if (g) for (const x of g) keys.add(x);
  };
  const full = nameKey(name);
  add(full);
  // "The Open University" is also cited as "Open University"; "Theron" is not "Ron".
  if (/^the\s/i.test(name.trim())) add(full.slice(3));
  add(acronymOf(name));
  for (const a of extraAliases) add(nameKey(a));
  return [...keys];
}

/** Keys a personal surname may be cited by: whole, without particles, and its last word. */
export function surnameKeys(surname: string): string[] {
  const keys = new Set<string>();
  const whole = nameKey(surname);
  if (whole) keys.add(whole);
  const words = surname.split(/\s+/).filter((w) => w.length > 0);
  let i = 0;
  while (i < words.length - 1 && PARTICLES.has(words[i].toLowerCase())) i++;
  const rest = nameKey(words.slice(i).join(" "));
  if (rest) keys.add(rest);
  const ws = nameWords(surname);
  if (ws.length > 1 && ws[ws.length - 1].length >= 3) keys.add(ws[ws.length - 1]);
  // O'Neill also written Oneill / O Neill: nameKey already drops the apostrophe.
  return [...keys];
}

/** Edit distance with adjacent swaps ("Whtimore"), capped: returns cap+1 once it must exceed cap. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let pp: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = new Array<number>(b.length + 1);
  let cur: number[] = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const t = pp;
    pp = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[b.length], cap + 1);
}
