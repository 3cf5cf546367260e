/*
 * Puts the on-demand chunks every host needs at start-up (the engine: the checks, the unit data and
 * the reading of the document) into the task pane's page as deferred scripts, after the entry.
 *
 * Why: otherwise the browser learns of them only once the entry has arrived and run, a round of
 * fetching after the entry's own; as <script defer> they are fetched with the entry. They come after
 * the entry: deferred scripts run in order, so the entry runs as soon as it has arrived (and asks at
 * once for what its host needs besides), not once the engine has. When the entry asks for the engine,
 * webpack's runtime finds these script elements by their src and waits for them rather than adding
 * its own, so nothing is fetched twice; a chunk's script only registers its modules. Chunks one host
 * needs and another does not (the preview's, Office's helpers) stay on demand.
 *
 * The bench counts them as it counts everything fetched before the pane is usable (bench/bundle.ts);
 * tests/taskpane/first-chunks-in-page.test.ts reads the production page.
 */
class FirstChunksInPagePlugin {
  /** @param {{ page: string; groups: string[] }} options the page's file name and the chunk groups (webpackChunkName) to put in it */
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.thisCompilation.tap("FirstChunksInPagePlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap("FirstChunksInPagePlugin", (data) => {
        if (data.outputName !== this.options.page) return data;
        const entryTag = data.assetTags.scripts.find((t) => t.attributes && typeof t.attributes.src === "string");
        if (!entryTag) throw new Error(`${data.outputName} has no entry script to put the first chunks after.`);
        const prefix = entryTag.attributes.src.slice(0, entryTag.attributes.src.lastIndexOf("/") + 1);
        const files = new Set();
        for (const name of this.options.groups) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`No chunk group "${name}" to put into ${data.outputName}: is its webpackChunkName still "${name}"?`);
          for (const file of group.getFiles()) if (file.endsWith(".js")) files.add(file);
        }
        const tags = [...files].map((file) =>
          HtmlWebpackPlugin.createHtmlTagObject("script", { defer: true, src: `${prefix}${file}` }, undefined, { plugin: "FirstChunksInPagePlugin" }),
        );
        data.assetTags.scripts.splice(data.assetTags.scripts.indexOf(entryTag) + 1, 0, ...tags);
        return data;
      });
    });
  }
}

module.exports = { FirstChunksInPagePlugin };
