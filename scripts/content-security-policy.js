/*
 * The Content Security Policy of every page webpack builds (taskpane.html, commands.html,
 * help.html and any page added later), written as a <meta http-equiv="Content-Security-Policy">
 * straight after <meta charset>, before any script or style, so it governs the whole page.
 *
 * Production (npm run build, what a centre deploys and what the browser tests load):
 *   - scripts only from the add-in's own origin and Office.js's CDN, no inline script, no eval;
 *   - connections (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon) only to its own origin:
 *     the add-in makes none, and Office.js's own telemetry is refused with everything else;
 *   - nothing else (frames, workers, objects, forms, fonts or images from elsewhere).
 * Development (webpack serve) adds only what the dev server needs: 'unsafe-eval' for its eval
 * source maps, and its live-reload WebSocket on localhost.
 *
 * tests/security/content-security-policy.test.ts reads the production build and fails if a page
 * lacks this meta or has a weaker one; the browser tests load the pane under it.
 */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** The policy's directives, in order, for a production or development build. */
function directives({ production, port = 3000 }) {
  return [
    ["default-src", ["'none'"]],
    ["script-src", ["'self'", OFFICE_JS_ORIGIN, ...(production ? [] : ["'unsafe-eval'"])]],
    // 'unsafe-inline' for styles only, and only because nothing else works here: Fluent UI writes its
    // theme's CSS variables into a <style> element at run time (the components' own styles come in a
    // same-origin style sheet, scripts/ahead-of-time-styles.js), the pages carry a
    // small <style> of their own, and Office.js's host scripts set inline styles (office-js#1687).
    // A nonce would need a server that writes each response; the add-in is static files. A style
    // cannot run script or send anything (connect-src and img-src stay 'self').
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...(production ? [] : [`ws://localhost:${port}`, `wss://localhost:${port}`])]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
  ];
}

/** The policy as the meta's content attribute holds it. */
function contentSecurityPolicy(options) {
  return directives(options)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The meta element, for the head of a page. */
function cspMeta(options) {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}">`;
}

/**
 * Puts the policy into every page html-webpack-plugin emits, right after <meta charset> (which
 * must come first in a page), and fails the build for a page without one.
 */
class ContentSecurityPolicyPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("ContentSecurityPolicyPlugin", (data) => {
        const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(data.html);
        if (!charset) throw new Error(`${data.outputName} has no <meta charset="utf-8"> to put the Content Security Policy after.`);
        const at = charset.index + charset[0].length;
        data.html = `${data.html.slice(0, at)}${cspMeta(this.options)}${data.html.slice(at)}`;
        return data;
      });
    });
  }
}

module.exports = { OFFICE_JS_ORIGIN, contentSecurityPolicy, cspMeta, ContentSecurityPolicyPlugin };
