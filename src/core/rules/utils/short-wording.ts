import { isWordSpace } from "../../../shared/text/spaces";
import { trimEndWhere } from "../../../shared/text/trim";

/** The first words of a long wording, for quoting it inside a sentence. */
export function shortWording(wording: string, maxWords = 12): string {
  const words = trimEndWhere(wording.trim(), (c) => c === 0x2e || isWordSpace(c)).split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(" ")} …` : words.join(" ");
}
