/**
 * The manifest asks Office for no more than the add-in needs: ReadWriteDocument (it reads the
 * draft and writes its template, citations, reference list and comments into it) and no app
 * domain. An AppDomain lets pages from another domain run in the pane with Office.js; the add-in
 * loads nothing from elsewhere, and its own origin (SourceLocation's) needs none: "By default, your
 * add-in can load any page that is in the same domain as the location specified in the
 * SourceLocation element" (https://learn.microsoft.com/javascript/api/manifest/appdomains).
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = resolve(__dirname, "../..");

/** Office's permission levels for a task-pane add-in, least first (the manifest's Permissions element). */
const LEVELS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
/** The most the add-in may ask for. */
const MOST = "ReadWriteDocument";
/** Domains the add-in needs besides its own, each with why: none. */
const NEEDED_APP_DOMAINS: Array<{ origin: string; why: string }> = [];

/** What the manifest asks for beyond what the add-in needs (empty when nothing). */
function tooMuch(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const out: string[] = [];
  const permissions = Array.from(doc.getElementsByTagName("Permissions")).map((e) => (e.textContent ?? "").trim());
  if (permissions.length !== 1) out.push(`${permissions.length} Permissions elements`);
  for (const p of permissions) {
    if (!LEVELS.includes(p)) out.push(`the permission ${p}, which is not a task-pane level`);
    else if (LEVELS.indexOf(p) > LEVELS.indexOf(MOST)) out.push(`the permission ${p}`);
  }
  const source = doc.getElementsByTagName("SourceLocation")[0]?.getAttribute("DefaultValue") ?? "";
  const own = source ? new URL(source).origin : null;
  for (const d of Array.from(doc.getElementsByTagName("AppDomain")).map((e) => (e.textContent ?? "").trim())) {
    if (d === own) out.push(`the app domain ${d}, the add-in's own origin, which needs none`);
    else if (!NEEDED_APP_DOMAINS.some((n) => n.origin === d)) out.push(`the app domain ${d}`);
  }
  return out;
}

const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml asks for no more than it needs", () => {
  it("asks for ReadWriteDocument and no app domain", () => {
    expect(tooMuch(MANIFEST)).toEqual([]);
    expect(MANIFEST).toContain(`<Permissions>${MOST}</Permissions>`);
    expect(MANIFEST).not.toContain("AppDomain");
  });

  it.each([
    ["a higher permission", MANIFEST.replace(`<Permissions>${MOST}`, "<Permissions>ReadWriteMailbox"), "the permission ReadWriteMailbox, which is not a task-pane level"],
    ["its own origin as an app domain", MANIFEST.replace("<Hosts>", "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains><Hosts>"), "the app domain https://localhost:3000, the add-in's own origin, which needs none"],
    ["another app domain", MANIFEST.replace("<Hosts>", "<AppDomains><AppDomain>https://login.example.com</AppDomain></AppDomains><Hosts>"), "the app domain https://login.example.com"],
  ])("would fail with %s", (_name, xml, problem) => {
    expect(tooMuch(xml)).toContain(problem);
  });
});
