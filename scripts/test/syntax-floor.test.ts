import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, type Rolldown } from 'vite';
import { newerSyntax } from '../syntax-floor.js';
import { workspaceAliases } from '../workspace-aliases.js';

test('names a class static block, a lookbehind and a v flag, each with its line', () => {
  assert.deepEqual(newerSyntax('class A {\n  static { this.x = 1; }\n}'), [
    'line 2: a class static block (Safari < 16.4)',
  ]);
  assert.deepEqual(newerSyntax('export const r = /(?<=a)b/;\nconst s = /[a]/v;'), [
    'line 1: a RegExp lookbehind (Safari < 16.4)',
    'line 2: a RegExp v flag (Chrome < 112, Safari < 17)',
  ]);
});

test('passes what every browser it is built for parses: class fields, private names, ?.', () => {
  assert.deepEqual(
    newerSyntax('class A { static s = 1; #p = 2; get p() { return this.#p ?? A?.s; } }'),
    [],
  );
});

/** An element's page built as the size check builds it (ES2022, minified; Lit and core in it). */
async function built(entry: string): Promise<string[]> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: workspaceAliases },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'] },
    },
  })) as Rolldown.RolldownOutput[];
  return out.flatMap((o) => o.output.flatMap((c) => (c.type === 'chunk' ? [c.code] : [])));
}

test('the gauge page, with its base class and events, parses where Safari 15.4 parses', async () => {
  // `static styles = [...]` compiled to `static { this.styles = [...] }`: a static getter does not.
  const chunks = await built('packages/elements/src/kpi-gauge/cds-kpi-gauge.ts');
  assert.match(chunks.join('\n'), /cds-kpi-gauge/);
  assert.deepEqual(chunks.flatMap(newerSyntax), []);
});
