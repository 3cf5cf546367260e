/**
 * A problem for tests of what shows reports (pane models, the CLI's text), with the severity and
 * fix its rule declares, so hand-made reports look like the ones analyse() makes.
 */
import { ruleMeta, type Problem, type ProblemCode } from "../../src/check/rules";
import { fixTemplate } from "../../src/model/rule";

export function problem(p: Partial<Problem> & { code: ProblemCode; message: string }): Problem {
  const meta = ruleMeta(p.code)!;
  const messageId = p.messageId ?? Object.keys(meta.messages)[0]!;
  return {
    severity: meta.severity,
    messageId,
    data: {},
    fix: fixTemplate(meta, messageId).replace(/\{\{\s*\w+\s*\}\}/g, "…"),
    ...p,
  };
}
