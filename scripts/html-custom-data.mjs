#!/usr/bin/env node
// Editor data for the `cds-*` tags, generated from the custom-elements manifest at build time:
//   vscode.html-custom-data.json: VS Code's HTML custom data (`html.customData` setting);
//   web-types.json: JetBrains IDEs (found through package.json's `web-types` field).
// Both list every element with its summary, attributes (with their values where the type is a
// union of string literals), and for JetBrains also properties, events, slots, parts and CSS
// custom properties.
//   node scripts/html-custom-data.mjs <custom-elements.json> <package.json> <out dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** String-literal members of a TypeScript type text: `'semi' | 'ring' | undefined` → semi, ring. */
export function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  const literals = parts.filter((p) => /^'[^']*'$|^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1));
  const rest = parts.filter((p) => !/^'[^']*'$|^"[^"]*"$/.test(p) && p !== 'undefined');
  return rest.length === 0 && literals.length ? literals : [];
}

const isBoolean = (typeText = '') => /^boolean(\s*\|\s*undefined)?$/.test(typeText.trim());

/** Every declaration with a tag name, sorted by tag. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })))
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

export function vscodeCustomData(manifest) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((d) => ({
      name: d.tagName,
      description: { kind: 'markdown', value: describe(d) },
      attributes: (d.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          ...(a.description ? { description: { kind: 'markdown', value: a.description } } : {}),
          ...(isBoolean(a.type?.text) ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest, pkg) {
  const named = (list = []) =>
    list
      .filter((x) => x.name)
      .map((x) => ({ name: x.name, ...(x.description ? { description: x.description } : {}) }));
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((d) => ({
          name: d.tagName,
          description: describe(d),
          source: { module: `${pkg.name}/${d.tagName.replace(/^cds-/, '')}.js`, symbol: d.name },
          attributes: (d.attributes ?? []).map((a) => {
            const values = literalValues(a.type?.text);
            return {
              name: a.name,
              ...(a.description ? { description: a.description } : {}),
              ...(a.default ? { default: a.default } : {}),
              value: isBoolean(a.type?.text)
                ? { kind: 'no-value', type: 'boolean' }
                : { kind: 'plain', type: values.length ? values.map((v) => `'${v}'`) : 'string' },
            };
          }),
          slots: named(d.slots),
          js: {
            properties: (d.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && !m.privacy)
              .map((m) => ({
                name: m.name,
                ...(m.description ? { description: m.description } : {}),
                ...(m.type?.text ? { type: m.type.text } : {}),
              })),
            events: named(d.events),
          },
          css: { properties: named(d.cssProperties), parts: named(d.cssParts) },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [manifestPath, pkgPath, outDir] = process.argv.slice(2);
  if (!manifestPath || !pkgPath || !outDir) {
    console.error('usage: html-custom-data.mjs <custom-elements.json> <package.json> <out dir>');
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const tags = elementsOf(manifest).length;
  if (!tags) {
    console.error(`${manifestPath}: no custom element with a tag name`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'vscode.html-custom-data.json'),
    JSON.stringify(vscodeCustomData(manifest), null, 2),
  );
  writeFileSync(join(outDir, 'web-types.json'), JSON.stringify(webTypes(manifest, pkg), null, 2));
  console.log(
    `html custom data: ${tags} elements → ${outDir}/vscode.html-custom-data.json, web-types.json`,
  );
}
