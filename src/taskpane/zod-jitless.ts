/**
 * zod compiles object parsers with `new Function` when it may; the pane's Content Security Policy
 * forbids eval (scripts/content-security-policy.js), and even zod's probe for it is reported as a
 * violation. Jitless mode parses the same, without the probe. It must be set before any schema is
 * built, so boot.tsx imports this first. (ilm-check, in Node, keeps zod's compiled parsers.)
 */
import { config } from "zod";

config({ jitless: true });
