// Custom-elements manifest (`cem analyze`, run in this folder by `npm run manifest`). Elements
// register through `defineElement('cds-x', CdsX)` (the guarded define), which the analyzer does
// not recognise on its own: the plugin below reads those calls, so every element gets its
// tagName and a `custom-element-definition` export without a `@tagname` tag to keep in step.

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function defineElementCalls() {
  /** @type {{ tag: string, className: string, module: string }[]} */
  const found = [];
  return {
    name: 'cds-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor))
        found.push({ tag: tag.text, className: ctor.text, module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      // The analyzer takes `customElements.define(tag, ctor)` inside defineElement itself for a
      // definition of an element named "tag": the calls found below are the real ones.
      for (const mod of modules)
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition');
      for (const { tag, className, module } of found) {
        const owner = modules.find((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        const declaration = owner?.declarations.find((d) => d.name === className);
        if (!owner || !declaration)
          throw new Error(`${module}: no class ${className} for <${tag}>`);
        Object.assign(declaration, { tagName: tag, customElement: true });
        const definer = modules.find((m) => m.path === module);
        definer.exports ??= [];
        if (!definer.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag))
          definer.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: owner.path },
          });
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls()],
};
