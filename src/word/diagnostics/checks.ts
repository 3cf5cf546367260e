/** Every diagnostics check, in the order the report lists them. */
import { API_CHECKS } from "./checks-api";
import { COMMENT_CHECKS } from "./checks-comments";
import { CONTROL_CHECKS } from "./checks-controls";
import { LIST_CHECKS } from "./checks-lists";
import { SHAPE_CHECKS } from "./checks-shapes";
import { TEXT_CHECKS } from "./checks-text";
import { TRACKING_CHECKS } from "./checks-tracking";
import { XML_CHECKS } from "./checks-xml";
import type { DiagnosticCheck } from "./types";

export const DIAGNOSTIC_CHECKS: readonly DiagnosticCheck[] = [
  ...API_CHECKS,
  ...LIST_CHECKS,
  ...TEXT_CHECKS,
  ...SHAPE_CHECKS,
  ...CONTROL_CHECKS,
  ...TRACKING_CHECKS,
  ...XML_CHECKS,
  ...COMMENT_CHECKS,
];
