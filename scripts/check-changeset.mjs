#!/usr/bin/env node
// Fails when files under packages/ changed since the base but no changeset was added. The base
// is CHANGESET_BASE, else origin/main when it exists, else the root commit: on a fresh clone
// of main that means "every package change since the start has a changeset".
// An empty changeset (`npx changeset --empty`) is accepted for changes that need no release.
import { execFileSync } from 'node:child_process';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
let base = process.env.CHANGESET_BASE;
if (!base) {
  try {
    base = git('rev-parse', '--verify', '--quiet', 'origin/main');
  } catch {
    base = git('rev-list', '--max-parents=0', 'HEAD').split('\n').at(-1);
  }
}
const changed = git('diff', '--name-only', base, 'HEAD').split('\n').filter(Boolean);
const packages = changed.filter(
  (f) => f.startsWith('packages/') && !/\.test\.ts$|\/test\//.test(f),
);
const changesets = git('diff', '--name-only', '--diff-filter=A', base, 'HEAD', '--', '.changeset')
  .split('\n')
  .filter((f) => f.endsWith('.md') && !f.endsWith('README.md'));
if (packages.length && !changesets.length) {
  console.error(
    `packages/ changed (${packages.length} files since ${base.slice(0, 7)}) but no changeset was added: run npx changeset`,
  );
  process.exit(1);
}
console.log(
  `changesets: ${changesets.length} added; ${packages.length} package files changed since ${base.slice(0, 7)}`,
);
