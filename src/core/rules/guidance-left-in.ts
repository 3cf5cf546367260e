import { TAG_PREFIX } from "../../model/document";
import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

const GUIDANCE_TAG = `${TAG_PREFIX}guidance:`;

export const guidanceLeftIn = defineRule({
  id: "guidance-left-in",
  severity: "warning",
  description:
    "No template guidance is left in the answers: neither the add-in's guidance blocks nor a centre template's {curly-brace} notes.",
  fix: "Press Remove guidance (your own words stay), or delete it by hand before you hand in.",
  action: "remove-guidance",
  messages: {
    inAnswer: "Template guidance is still in your answer to AC {{ac}}.",
    inDraft: "Template guidance is still in your draft.",
  },
  check(ctx: CheckContext, report) {
    ctx.sections.forEach((section, i) => {
      const left = ctx.sectionGuidance[i]!;
      if (left.length === 0 || section.kind === "references" || section.kind === "bibliography" || section.kind === "appendix") return;
      const first = left[0]!;
      // The add-in's block names its AC even if the learner moved it.
      const tagged = first.tags.find((t) => t.startsWith(GUIDANCE_TAG))?.slice(GUIDANCE_TAG.length);
      const ac = section.ac ?? (tagged && ctx.unit?.criteria.some((c) => c.id === tagged) ? tagged : undefined);
      if (ac) report("inAnswer", { ac }, { ac, paragraph: first.index });
      else report("inDraft", {}, { paragraph: first.index });
    });
  },
});
