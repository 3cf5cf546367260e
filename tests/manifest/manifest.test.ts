import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { SCHEMA_DIR, validateManifest } from "./validate-manifest";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";

const ROOT = path.resolve(__dirname, "../..");
const manifestXml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const withSchemas = suiteNeeding("the manifest's schema validation", sharedMissing(SCHEMA_DIR));

withSchemas("manifest.xml against Microsoft's XSDs", () => {
  it("is schema-valid", async () => {
    const { valid, errors } = await validateManifest(manifestXml);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ["without its Id", (x: string) => x.replace(/<Id>[^<]*<\/Id>/, "")],
    ["with an unknown permission", (x: string) => x.replace("<Permissions>ReadWriteDocument", "<Permissions>Everything")],
    ["with a misspelt element", (x: string) => x.replace("<ProviderName>", "<Provider>").replace("</ProviderName>", "</Provider>")],
  ])("rejects a manifest %s (so the validation can fail)", async (_name, breakIt) => {
    const { valid } = await validateManifest(breakIt(manifestXml));
    expect(valid).toBe(false);
  });
});

describe("manifest.xml content", () => {
  const doc = new DOMParser().parseFromString(manifestXml, "text/xml");
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  const attr = (tag: string, name: string) => all(tag).map((e) => e.getAttribute(name));

  it("is a Word task-pane add-in needing WordApi 1.3 and read/write access", () => {
    expect(doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(attr("Host", "Name")).toContain("Document");
    const sets = all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["WordApi", "1.3"]]);
    expect(all("Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  it("puts a button that opens the task pane on the Home tab", () => {
    expect(attr("OfficeTab", "id")).toEqual(["TabHome"]);
    const action = all("Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  it("names icons at 16, 32 and 80 px that exist in assets/ at those sizes", () => {
    const images = all("bt:Image").filter((e) => e.getAttribute("DefaultValue"));
    const bySize = new Map<string, string>();
    for (const img of images) bySize.set(img.getAttribute("id")!, img.getAttribute("DefaultValue")!);
    const urls = [...bySize.values()];
    for (const size of [16, 32, 80]) {
      const url = urls.find((u) => u.endsWith(`icon-${size}.png`));
      expect(url).toBeDefined();
      const png = readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      // PNG IHDR: width and height are big-endian at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("uses en-GB and serves every URL over https", () => {
    expect(all("DefaultLocale")[0].textContent).toBe("en-GB");
    const urls = [...manifestXml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(4);
    for (const u of urls) expect(u.startsWith("https://")).toBe(true);
  });
});
