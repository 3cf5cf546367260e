/**
 * Jest transform for the CSL files the formatter bundles (src/harvard/format/csl): the module is
 * the file's text, as webpack's "asset/source" makes it in the pane's build.
 */
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};
