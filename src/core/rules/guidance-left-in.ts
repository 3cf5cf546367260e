import type { Problem } from "../report";
import { TAG_PREFIX } from "../model";
import type { Rule } from "./types";

const GUIDANCE_TAG = `${TAG_PREFIX}guidance:`;

export const guidanceLeftIn: Rule = {
  id: "guidance-left-in",
  description:
    "No template guidance is left in the answers: neither the add-in's guidance blocks nor a centre template's {curly-brace} notes.",
  check(ctx) {
    const problems: Problem[] = [];
    ctx.sections.forEach((section, i) => {
      const left = ctx.sectionGuidance[i]!;
      if (left.length === 0 || section.kind === "references" || section.kind === "bibliography" || section.kind === "appendix") return;
      const first = left[0]!;
      // The add-in's block names its AC even if the learner moved it.
      const tagged = first.tags.find((t) => t.startsWith(GUIDANCE_TAG))?.slice(GUIDANCE_TAG.length);
      const ac = section.ac ?? (tagged && ctx.unit?.criteria.some((c) => c.id === tagged) ? tagged : undefined);
      problems.push({
        code: "guidance-left-in",
        severity: "warning",
        ...(ac ? { ac } : {}),
        message: ac
          ? `Template guidance is still in your answer to AC ${ac}; delete it before you hand in.`
          : "Template guidance is still in your draft; delete it before you hand in.",
        paragraph: first.index,
      });
    });
    return problems;
  },
};
