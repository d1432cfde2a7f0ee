#!/usr/bin/env node
// `npm run release:dry`: packs every workspace package with `npm pack` (what `npm publish` would
// upload), lists each tarball's contents and checks that the package is whole: every target of
// `exports`, `main`, `types`, `customElements` and `web-types` is in the tarball, every element
// has its own export and a `sideEffects` entry, no test file ships, and the packages depend on
// each other at the one shared version. Publishes nothing. Run after `npm run build`.
//   node scripts/release-dry.mjs [--out <dir>] [--quiet]
// --out keeps the tarballs in <dir> (the consumer-app tests install them); --quiet lists only
// the totals.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const outDir = resolve(outArg >= 0 ? args[outArg + 1] : mkdtempSync(join(tmpdir(), 'cds-pack-')));
const quiet = args.includes('--quiet');
mkdirSync(outDir, { recursive: true });

const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const workspaces = rootPkg.workspaces.map((w) => ({
  dir: w,
  pkg: JSON.parse(readFileSync(join(ROOT, w, 'package.json'), 'utf8')),
}));
const versions = new Map(workspaces.map((w) => [w.pkg.name, w.pkg.version]));

/** Every file path a package.json field points at (exports, recursively, and the top fields). */
function declaredFiles(pkg) {
  const targets = [];
  const walk = (v, where) => {
    if (typeof v === 'string') targets.push([where, v]);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, `${where} → ${k}`);
  };
  walk(pkg.exports, 'exports');
  for (const f of ['main', 'module', 'types', 'customElements', 'web-types'])
    if (pkg[f]) targets.push([f, pkg[f]]);
  if (Array.isArray(pkg.sideEffects))
    for (const s of pkg.sideEffects) if (!s.includes('*')) targets.push(['sideEffects', s]);
  return targets.map(([where, p]) => [where, p.replace(/^\.\//, '')]);
}

/** Problems with one packed package; an empty list when it is whole. */
function problemsOf({ dir, pkg }, files) {
  const problems = [];
  const has = new Set(files.map((f) => f.path));
  for (const [where, path] of declaredFiles(pkg)) {
    if (path.includes('*')) {
      const re = new RegExp(
        `^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`,
      );
      if (![...has].some((f) => re.test(f))) problems.push(`${where}: nothing matches ${path}`);
    } else if (!has.has(path)) problems.push(`${where}: ${path} is not in the tarball`);
  }
  for (const f of has)
    if (/\.test\.[tj]s$|\.tsbuildinfo$|(^|\/)test\//.test(f))
      problems.push(`ships a test file: ${f}`);
  for (const [name, range] of Object.entries(pkg.dependencies ?? {}))
    if (versions.has(name) && range !== versions.get(name))
      problems.push(`depends on ${name}@${range}, the workspace is at ${versions.get(name)}`);
  if (pkg.license !== 'MIT') problems.push(`license is ${pkg.license}, not MIT`);
  for (const f of ['repository', 'keywords', 'files', 'types'])
    if (!pkg[f]) problems.push(`no "${f}" field`);
  // Elements: one export and one sideEffects entry per element, and only define files there.
  const srcDir = join(ROOT, dir, 'src');
  if (pkg.customElements && existsSync(srcDir)) {
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, pkg.customElements), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    for (const { tagName } of tags) {
      const name = tagName.replace(/^cds-/, '');
      const target = pkg.exports?.[`./${name}.js`]?.default;
      if (target !== `./dist/${name}/cds-${name}.js`)
        problems.push(
          `<${tagName}>: exports["./${name}.js"] should be ./dist/${name}/cds-${name}.js`,
        );
      if (!pkg.sideEffects?.includes(`./dist/${name}/cds-${name}.js`))
        problems.push(`<${tagName}>: its define module is not in sideEffects`);
    }
    if (!tags.length) problems.push(`${pkg.customElements} lists no element`);
    for (const s of pkg.sideEffects ?? [])
      if (!/\/cds-[^/]+\.(ts|js)$|\/define-all\.(ts|js)$/.test(s))
        problems.push(`sideEffects lists ${s}, which is not a define module`);
  }
  return problems;
}

let failed = 0;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const w of workspaces) {
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], {
      cwd: join(ROOT, w.dir),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  console.log(
    `\n${info.id}  ${info.filename}  ${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked, ${info.entryCount} files`,
  );
  if (!quiet) for (const f of info.files) console.log(`  ${kB(f.size).padStart(9)}  ${f.path}`);
  const problems = problemsOf(w, info.files);
  for (const p of problems) console.log(`  PROBLEM ${p}`);
  if (problems.length) failed++;
}
console.log(`\nTarballs in ${outDir} (nothing was published).`);
console.log(`release:dry: ${workspaces.length - failed} packages whole, ${failed} with problems`);
process.exit(failed ? 1 : 0);
