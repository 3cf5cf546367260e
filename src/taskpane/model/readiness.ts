/** The readiness rule lives in src/check/readiness.ts, shared with ilm-check --csv. */
export * from "../../check/readiness";
