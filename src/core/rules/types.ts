import type { CheckContext } from "../context";
import type { Problem, ProblemCode } from "../report";

/** One check, in the style of remark-lint / ESLint rules: an id, what it is for, and the problems it finds. */
export interface Rule {
  id: ProblemCode;
  description: string;
  check(ctx: CheckContext): Problem[];
}
