/*
 * Fluent UI's styles compiled at build time and shipped as one same-origin CSS file, instead of
 * built in the browser by Griffel's run-time engine.
 *
 * Without this, every makeStyles() call (ours and Fluent's own components') carries its style
 * object or pre-hashed rules in the JavaScript, our calls read Fluent's `tokens` object at run
 * time, and Griffel, stylis and rtl-css-js turn them into <style> rules on first render: all of
 * that is on the pane's start path. With it:
 *   - @griffel/webpack-loader runs Griffel's Babel preset on our own files: each makeStyles /
 *     makeResetStyles call is evaluated at build time (tokens become CSS variables) and replaced
 *     by its class names and rules (__styles / __resetStyles), so `tokens` is no longer imported;
 *   - the extraction plugin's loader then takes those rules, in our files and in Fluent's
 *     packages in node_modules (which ship already in the __styles form), out of the JavaScript
 *     (__css / __resetCSS only look up class names), and GriffelCSSExtractionPlugin with
 *     mini-css-extract-plugin writes them, sorted as Griffel's style buckets order them, to one
 *     CSS file that html-webpack-plugin links from the page (the plugin cannot split the CSS by
 *     chunk: the order of the buckets must hold across the whole sheet).
 * The CSS file comes from the add-in's own origin, which the pages' Content Security Policy
 * allows (style-src 'self'; scripts/content-security-policy.js).
 */
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

/** Drops the constants only the extracted rules read (and so Fluent's `tokens` object): see the file. */
const stripLoader = require.resolve("./strip-unused-style-constants");

/** Loaders to run after ts-loader on our own .ts/.tsx files (webpack runs a `use` list last to first). */
const ownFileLoaders = [stripLoader, GriffelCSSExtractionPlugin.loader, "@griffel/webpack-loader"];

/** Rules for Fluent's compiled styles in node_modules and for the CSS the extraction produces. */
function styleRules() {
  return [
    // Loaders of rules that match one file run from the last rule's to the first's: extraction, then this.
    { test: /\.m?js$/, include: /node_modules/, use: { loader: stripLoader } },
    // Fluent's packages ship __styles calls; the loader skips any file without one, so it is cheap.
    { test: /\.m?js$/, include: /node_modules/, use: { loader: GriffelCSSExtractionPlugin.loader } },
    { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
  ];
}

function stylePlugins({ production }) {
  return [
    new MiniCssExtractPlugin({
      filename: production ? "[name].[contenthash:8].css" : "[name].css",
      // The order of the modules does not matter: GriffelCSSExtractionPlugin sorts the rules itself.
      ignoreOrder: true,
    }),
    new GriffelCSSExtractionPlugin(),
  ];
}

module.exports = { ownFileLoaders, styleRules, stylePlugins };
