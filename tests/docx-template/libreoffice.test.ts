/**
 * The templates open in another word processor: LibreOffice converts every unit's template (and
 * two centres') to PDF, and its plain-text rendering shows every side-heading, exactly worded. Needs soffice
 * (Debian: libreoffice-writer-nogui); skipped with a message where it is absent, a failure under CI.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { centreUnit } from "../../src/centre/apply";
import { parseCentreTemplate } from "../../src/centre/parse";
import { centreTemplateDocx, unitTemplateDocx } from "../../src/docx-template/centre-template-docx";
import { UNITS } from "../../src/units/catalogue";
import type { Unit } from "../../src/units/types";
import { MARK_SHEET_502, NORTHGATE } from "../centre/fixtures";

function findSoffice(): string | null {
  const candidates = [process.env.ILM_SOFFICE, "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].filter((p): p is string => !!p);
  for (const c of candidates) if (existsSync(c)) return c;
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

const soffice = findSoffice();
const reason = soffice ? null : "LibreOffice (soffice) not found; install it with: apt-get install -y libreoffice-writer-nogui";
if (reason) {
  if (process.env.CI === "true") {
    test("the LibreOffice conversion needs soffice in CI", () => {
      throw new Error(reason);
    });
  } else {
    console.warn(`Skipping the LibreOffice conversion of the templates: ${reason}`);
  }
}

const suite = reason ? describe.skip : describe;

suite("the templates in LibreOffice", () => {
  let dir: string;
  const files: Array<{ name: string; unit: Unit }> = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ilm-templates-"));
    for (const unit of UNITS) {
      writeFileSync(join(dir, `${unit.id}.docx`), await unitTemplateDocx(unit));
      files.push({ name: unit.id, unit });
    }
    for (const [name, input] of [["northgate", NORTHGATE], ["eastfield", MARK_SHEET_502]] as const) {
      const t = parseCentreTemplate(input);
      writeFileSync(join(dir, `${name}.docx`), await centreTemplateDocx(t));
      files.push({ name, unit: centreUnit(t) });
    }
    const docx = files.map((f) => join(dir, `${f.name}.docx`));
    // A profile of its own, so a LibreOffice already running (or another test run) does not interfere.
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    for (const format of ["pdf", "txt:Text (encoded):UTF8"]) {
      execFileSync(soffice!, [profile, "--headless", "--norestore", "--convert-to", format, "--outdir", dir, ...docx], { stdio: "pipe", timeout: 240_000 });
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("every template converts to a complete PDF", () => {
    for (const f of files) {
      const pdf = join(dir, `${f.name}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = bytes.toString("latin1");
      expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
      // Page objects ("/Type /Page", not the "/Type /Pages" tree).
      expect((text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length).toBeGreaterThan(0);
    }
  });

  test("LibreOffice reads every side-heading, exactly worded, and the References heading", () => {
    for (const f of files) {
      const lines = readFileSync(join(dir, `${f.name}.txt`), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim());
      for (const c of f.unit.criteria) expect(lines).toContain(`${c.id} ${c.wording}`);
      expect(lines).toContain("References");
    }
  });
});
