#!/usr/bin/env node
// Fails when files under packages/ changed since the base but no changeset was added, or when
// an added changeset names a package that does not exist (`changeset version` would stop on it).
// An empty changeset (`npx changeset --empty`: front matter with no package) is accepted for
// changes that need no release.
//
// The base is CHANGESET_BASE when set; else origin/main when it exists and differs from HEAD (a
// branch); else the last release, i.e. the last commit where `changeset version` wrote a
// packages/*/CHANGELOG.md (it deletes the changesets it used, so nothing before it counts);
// else the root commit. Uncommitted and untracked files count too, so it can run before a commit.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const lines = (text) => text.split('\n').filter(Boolean);
const tryGit = (...args) => {
  try {
    return git(...args);
  } catch {
    return '';
  }
};

const head = git('rev-parse', 'HEAD');
const originMain = tryGit('rev-parse', '--verify', '--quiet', 'origin/main');
const lastRelease = tryGit('log', '-1', '--format=%H', '--', 'packages/*/CHANGELOG.md');
const [base, why] = process.env.CHANGESET_BASE
  ? [process.env.CHANGESET_BASE, 'CHANGESET_BASE']
  : originMain && originMain !== head
    ? [originMain, 'origin/main']
    : lastRelease
      ? [lastRelease, 'the last release']
      : [lines(git('rev-list', '--max-parents=0', 'HEAD')).at(-1), 'the root commit'];

const untracked = lines(git('ls-files', '--others', '--exclude-standard'));
const changed = [...lines(git('diff', '--name-only', base)), ...untracked];
const packages = changed.filter(
  (f) => f.startsWith('packages/') && !/\.test\.ts$|\/test\//.test(f),
);
const changesets = [
  ...lines(git('diff', '--name-only', '--diff-filter=A', base, '--', '.changeset')),
  ...untracked.filter((f) => f.startsWith('.changeset/')),
].filter((f, i, all) => f.endsWith('.md') && !f.endsWith('README.md') && all.indexOf(f) === i);

// Every package a changeset names must be a workspace package.
const known = new Set(
  readdirSync('packages', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => JSON.parse(readFileSync(`packages/${d.name}/package.json`, 'utf8')).name),
);
const problems = [];
for (const file of changesets) {
  const front = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(readFileSync(file, 'utf8'));
  if (!front) {
    problems.push(`${file}: no front matter (--- … ---)`);
    continue;
  }
  for (const line of lines(front[1])) {
    const m = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (!m) problems.push(`${file}: cannot read "${line}"`);
    else if (!known.has(m[1])) problems.push(`${file}: no package named ${m[1]}`);
  }
}
if (packages.length && !changesets.length)
  problems.push(
    `packages/ changed (${packages.length} files since ${why}, ${base.slice(0, 7)}) but no changeset was added: run npx changeset (or npx changeset --empty)`,
  );
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
console.log(
  `changesets: ${changesets.length} added; ${packages.length} package files changed since ${why} (${base.slice(0, 7)})`,
);
