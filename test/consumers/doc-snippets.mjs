// The TypeScript, TSX and Vue snippets of the docs (installing.md's set-up, embedding.md's
// wiring), placed in the scratch apps where a reader would paste them, so each app's own type
// check compiles them against the packed packages: the vanilla ones beside the single-entry
// check of vite-ts (single/docs/), the React ones in the React app (src/docs/), the Vue ones in
// the Vue app (src/docs/, vue-tsc, which checks a template's bindings where its `<script setup>`
// is TypeScript, as the docs' is). A block that names its files (`// main.tsx`, `// App.tsx`) is
// split into them; others are named by their doc and line. Angular's blocks are left to the
// Angular app, whose CLI compiles only the files its own entry reaches.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { markdownBlocks } from '../../scripts/markdown-blocks.js';

const DOCS = ['docs/installing.md', 'docs/embedding.md'];

/** A block as files: split where a line is only a file name in a comment, else one file. */
function filesOf({ lang, line, body }, doc) {
  const parts = body.split(/^\/\/ (\S+\.(?:tsx?|vue))\n/m);
  if (parts.length === 1) return [{ name: `${basename(doc, '.md')}-${line}.${lang}`, text: body }];
  const files = [];
  for (let i = 1; i < parts.length; i += 2) files.push({ name: parts[i], text: parts[i + 1] });
  return files;
}

/** Which app compiles the block, and in which folder; undefined: none here. */
function placeOf({ lang, body }) {
  if (body.includes('@angular/')) return undefined;
  if (lang === 'tsx' || body.includes('@cds-vn/elements/react')) return ['react', 'src/docs'];
  if (lang === 'vue' || body.includes('@cds-vn/elements/vue')) return ['vue', 'src/docs'];
  if (lang === 'ts') return ['vite-ts', 'single/docs'];
  return undefined;
}

/**
 * Writes the snippets into the app folders `dirs` (by app name). Resolves to what went where,
 * `{ app: ['docs/installing.md:122 installing-122.ts', …] }`, for the test to check it found them.
 */
export function placeDocSnippets(root, dirs) {
  const placed = {};
  for (const doc of DOCS)
    for (const block of markdownBlocks(readFileSync(join(root, doc), 'utf8'))) {
      const place = placeOf(block);
      if (!place || !dirs[place[0]]) continue;
      const [app, folder] = place;
      const dir = join(dirs[app], folder);
      mkdirSync(dir, { recursive: true });
      for (const { name, text } of filesOf(block, doc)) {
        if (existsSync(join(dir, name))) throw new Error(`${doc}:${block.line}: ${name} twice`);
        writeFileSync(join(dir, name), text);
        (placed[app] ??= []).push(`${doc}:${block.line} ${name}`);
      }
    }
  return placed;
}
