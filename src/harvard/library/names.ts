import type { CslName } from "./csl";

/** Words that make a name an organisation rather than a person. */
const ORG_WORDS =
  /\b(institute|institution|association|council|society|federation|foundation|department|ministry|office|agency|committee|university|college|school|trust|ltd|limited|plc|inc|group|organi[sz]ation|centre|center|board|service|company|network|union|academy|chartered|global|international|national|royal|government|commission|nhs|bbc)\b|&/i;

/** True for a CSL name that is an organisation (a literal). */
export function isOrganisation(n: CslName): boolean {
  return !!n.literal && !n.family;
}

/**
 * One name as a learner or an export writes it: "Covey, Stephen R.", "S.R. Covey",
 * "van Vianen, A.E.M.", "CIPD", "Institute of Leadership & Management".
 * Organisations (by known words, or all capitals, or "{...}" as BibTeX writes them) become literals.
 */
export function parseName(text: string): CslName | null {
  let t = text.replace(/\s+/g, " ").trim().replace(/[.,;]+$/, (m) => (m.startsWith(".") ? "." : ""));
  if (!t) return null;
  if (/^\{.*\}$/.test(t)) return { literal: t.slice(1, -1).trim() };
  if (!t.includes(",")) {
    if (ORG_WORDS.test(t) || /^[A-Z&]{2,}$/.test(t) || !/\s/.test(t)) {
      // A single word with no initials is taken as an organisation ("CIPD", "Mind") unless it is written in lower case.
      return /^[a-z]/.test(t) ? { family: t } : { literal: t };
    }
    // "Stephen R. Covey" / "S.R. Covey": the last word that is not a particle is the surname.
    const words = t.split(" ");
    let i = words.length - 1;
    while (i > 1 && /^(van|von|de|der|den|du|da|di|le|la)$/i.test(words[i - 1])) i--;
    return splitParticle({ family: words.slice(i).join(" "), given: words.slice(0, i).join(" ") });
  }
  if (ORG_WORDS.test(t) && t.split(",")[1]?.trim().split(" ").length > 2) return { literal: t };
  const [family, ...rest] = t.split(",");
  const given = rest.join(",").trim();
  t = family.trim();
  return splitParticle(given ? { family: t, given } : { family: t });
}

/** "van Vianen" keeps its particle in front, which CSL sorts under V or demotes as the style decides. */
function splitParticle(n: CslName): CslName {
  const m = /^((?:van|von|de|der|den|du|da|di|le|la)(?: (?:van|von|de|der|den|du|da|di|le|la))*) (.+)$/.exec(n.family ?? "");
  if (m && /^[a-z]/.test(m[1])) return { ...n, family: m[2], "non-dropping-particle": m[1] };
  return n;
}

/** A name as the form shows it: "Covey, Stephen R." or the organisation's name. */
export function nameText(n: CslName): string {
  if (n.literal) return n.literal;
  const family = [n["non-dropping-particle"], n.family].filter(Boolean).join(" ");
  return n.given ? `${family}, ${n.given}` : family;
}

/** Several names separated by ";" or new lines (the form's text area). */
export function parseNames(text: string): CslName[] {
  return text
    .split(/\s*(?:;|\n)\s*/)
    .map(parseName)
    .filter((n): n is CslName => n !== null);
}
