/**
 * ilm-check's exit status: 1 only for errors. Warnings and notes are advice: a tutor's script
 * that stops on a non-zero status must not stop on a draft that merely has pasted guidance.
 */
import { join } from "path";
import { runCli, EXIT_OK, EXIT_PROBLEMS } from "../../src/cli/main";
import type { Report } from "../../src/check/rules";

const fx = (name: string) => join(__dirname, "..", "fixtures", name);

async function check(...argv: string[]): Promise<{ status: number; reports: Report[] }> {
  let stdout = "";
  const status = await runCli([...argv, "--json", "--jobs", "1"], { stdout: (t) => void (stdout += t), stderr: () => undefined, color: false });
  const parsed = JSON.parse(stdout) as Report | Report[];
  return { status, reports: Array.isArray(parsed) ? parsed : [parsed] };
}

const severities = (r: Report) => new Set(r.problems.map((p) => p.severity));

describe("exit status", () => {
  test.each(["guidance-pasted-500.docx", "numbered-headings-500.docx", "alt-chunk-503.docx"])("%s: warnings and no errors exit 0", async (name) => {
    const { status, reports } = await check(fx(name));
    expect(severities(reports[0]!)).toEqual(new Set(["warning"]));
    expect(status).toBe(EXIT_OK);
  });

  test("errors exit 1, whatever else the draft has", async () => {
    const { status, reports } = await check(fx("references-faulty-503.docx"));
    expect(severities(reports[0]!)).toEqual(new Set(["error", "warning", "info"]));
    expect(status).toBe(EXIT_PROBLEMS);
  });

  test("several drafts with warnings only exit 0; one with an error among them exits 1", async () => {
    const warned = [fx("guidance-pasted-500.docx"), fx("numbered-headings-500.docx")];
    expect((await check(...warned)).status).toBe(EXIT_OK);
    expect((await check(...warned, fx("placeholder-501.docx"))).status).toBe(EXIT_PROBLEMS);
  });
});
