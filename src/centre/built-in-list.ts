/**
 * The centre templates built into this copy of the add-in, as webpack wrote them in
 * (`npm run build -- --env centre=...`, scripts/deploy-build.js, which validates them first);
 * not yet read. Kept apart from deployed.ts so the pane can see whether there are any without
 * loading the template schema (and zod) on its start path.
 */
declare const __ILM_CENTRE_TEMPLATES__: unknown;

export function builtInTemplateList(): unknown[] {
  const raw = typeof __ILM_CENTRE_TEMPLATES__ === "undefined" ? [] : __ILM_CENTRE_TEMPLATES__;
  return Array.isArray(raw) ? raw : [];
}
