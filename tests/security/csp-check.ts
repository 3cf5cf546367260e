/**
 * What makes a page's Content Security Policy weaker than the add-in promises: scripts only from
 * its own origin and Office.js's, no inline script or eval, connections only to its own origin,
 * nothing else from anywhere else. Used on the built pages by content-security-policy.test.ts.
 */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

export type Policy = Map<string, string[]>;

/** "a b; c d" → { a: [b], c: [d] }; directive names in lower case, as browsers read them. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // A repeated directive is ignored by browsers after its first appearance.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Every directive a resource load falls back from to default-src (CSP Level 3). */
const FETCH_DIRECTIVES = ["child-src", "connect-src", "font-src", "frame-src", "img-src", "manifest-src", "media-src", "object-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr", "worker-src"];

/** What a directive may list, beyond which nothing is allowed. */
const MAY_LIST: Record<string, string[]> = {
  "default-src": ["'none'"],
  "script-src": ["'self'", OFFICE_JS_ORIGIN],
  "script-src-elem": ["'self'", OFFICE_JS_ORIGIN],
  "script-src-attr": ["'none'"],
  "connect-src": ["'self'"],
  // Fluent UI's Griffel, the pages' own <style> and Office.js's host scripts need inline styles
  // (see scripts/content-security-policy.js); a style cannot run script or send anything.
  "style-src": ["'self'", "'unsafe-inline'"],
  "style-src-elem": ["'self'", "'unsafe-inline'"],
  "style-src-attr": ["'unsafe-inline'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'", "'self'"],
  "form-action": ["'none'"],
};

/**
 * Why the policy is weaker than promised (empty when it is not). A directive missing falls back to
 * default-src, which must be 'none'; base-uri and form-action do not fall back, so they must be there.
 */
export function weaknesses(policy: Policy): string[] {
  const out: string[] = [];
  const def = policy.get("default-src");
  if (!def) out.push("no default-src: whatever is not named may load from anywhere");
  for (const name of ["script-src", "connect-src", "object-src", "base-uri", "form-action"]) {
    if (!policy.has(name)) out.push(`no ${name}`);
  }
  for (const [name, sources] of policy) {
    const allowed = MAY_LIST[name] ?? (FETCH_DIRECTIVES.includes(name) ? ["'self'", "'none'"] : null);
    if (!allowed) continue;
    const extra = sources.filter((s) => !allowed.includes(s.toLowerCase()));
    if (extra.length) out.push(`${name} allows ${extra.join(" ")}`);
    if (sources.includes("'none'") && sources.length > 1) out.push(`${name} mixes 'none' with other sources`);
  }
  const scripts = policy.get("script-src") ?? [];
  if (scripts.length && !scripts.includes("'self'")) out.push("script-src does not allow the add-in's own scripts");
  return out;
}
