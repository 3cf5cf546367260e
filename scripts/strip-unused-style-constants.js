/*
 * A webpack loader for files whose styles Griffel's extraction loader has just taken out
 * (scripts/ahead-of-time-styles.js): Fluent UI's compiled style files in node_modules and our own.
 *
 * Those files keep module-level constants that only the extracted rules used, such as
 *   const boxShadowStrokeWidthThinMoz = `calc(${tokens.strokeWidthThin} + 0.25px)`;
 * Nothing reads them any more, but a property read may have side effects as far as webpack and
 * the minifier know, so they stay, and with them Fluent's whole `tokens` object (about 29 KB
 * minified) on the pane's start path. This loader removes a top-level constant that nothing
 * references when its value is only literals, names and property reads (no call, no `new`, no
 * assignment), until none is left; the import of `tokens` is then unused and webpack drops it.
 */
const babel = require("@babel/core");

/** Literals, names, property reads, template strings and operators over them: nothing that can run code of its own. */
function inert(node) {
  if (!node) return true;
  switch (node.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
    case "NullLiteral":
    case "Identifier":
      return true;
    case "TemplateLiteral":
      return node.expressions.every(inert);
    case "MemberExpression":
      return inert(node.object) && (!node.computed || inert(node.property));
    case "BinaryExpression":
    case "LogicalExpression":
      return inert(node.left) && inert(node.right);
    case "UnaryExpression":
      return node.operator !== "delete" && inert(node.argument);
    case "ArrayExpression":
      return node.elements.every(inert);
    case "ObjectExpression":
      return node.properties.every((p) => p.type === "ObjectProperty" && !p.computed && inert(p.value));
    default:
      return false;
  }
}

function stripUnusedConstants() {
  return {
    visitor: {
      Program: {
        exit(program) {
          for (let removed = true; removed; ) {
            removed = false;
            program.scope.crawl();
            for (const binding of Object.values(program.scope.bindings)) {
              const declarator = binding.path;
              if (binding.kind !== "const" || binding.referenced || !declarator.isVariableDeclarator()) continue;
              if (declarator.parentPath.parentPath.isExportNamedDeclaration() || !inert(declarator.node.init)) continue;
              declarator.remove();
              removed = true;
            }
          }
        },
      },
    },
  };
}

function stripUnusedStyleConstants(source, map) {
  // Only a file whose styles were extracted (it now calls __css / __resetCSS) can hold such constants.
  if (!source.includes("__css") && !source.includes("__resetCSS")) return this.callback(null, source, map);
  const result = babel.transformSync(source, {
    babelrc: false,
    configFile: false,
    filename: this.resourcePath,
    sourceMaps: this.sourceMap,
    inputSourceMap: map || undefined,
    plugins: [stripUnusedConstants],
    compact: false,
    retainLines: false,
  });
  this.callback(null, result.code, result.map || undefined);
}

module.exports = stripUnusedStyleConstants;
module.exports.stripUnusedConstants = stripUnusedConstants;
