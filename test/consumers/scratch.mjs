// Scratch consumer apps: the packages as npm would publish them (`npm pack`), installed into
// fresh folders outside the repo, so nothing can resolve through the workspace's links or its
// node_modules. Framework packages come from the registry like in any app.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../bench/lib.mjs';

const exec = promisify(execFile);
export const APPS = join(ROOT, 'test/consumers/apps');

/** Runs a command; resolves to { ok, out } with stdout and stderr together, never throws. */
export async function sh(cmd, args, cwd, { timeout = 600_000, env = {} } = {}) {
  try {
    const { stdout, stderr } = await exec(cmd, args, {
      cwd,
      timeout,
      maxBuffer: 64 << 20,
      env: { ...process.env, ...env },
    });
    return { ok: true, out: `${stdout}${stderr}` };
  } catch (e) {
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

/**
 * Packs every workspace package (scripts/release-dry.mjs, which also checks each tarball is
 * whole) into `dir`. Resolves to { ok, out, tarballs: { '@cds-vn/core': '/…/x.tgz', … } }.
 */
export async function packAll(dir) {
  const r = await sh(
    process.execPath,
    [join(ROOT, 'scripts/release-dry.mjs'), '--quiet', '--out', dir],
    ROOT,
  );
  const tarballs = {};
  for (const ws of JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).workspaces) {
    const { name, version } = JSON.parse(readFileSync(join(ROOT, ws, 'package.json'), 'utf8'));
    const file = join(dir, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
    if (existsSync(file)) tarballs[name] = file;
  }
  return { ...r, tarballs };
}

/**
 * Copies the app template `name` into a new temp folder, pointing its `{{package}}`
 * placeholders at the tarballs. Resolves to the folder.
 */
export function createApp(name, tarballs) {
  const dir = mkdtempSync(join(tmpdir(), `cds-consumer-${name}-`));
  cpSync(join(APPS, name), dir, { recursive: true });
  const pkgFile = join(dir, 'package.json');
  if (existsSync(pkgFile)) {
    const text = readFileSync(pkgFile, 'utf8').replace(/\{\{(@cds-vn\/[a-z-]+)\}\}/g, (_m, pkg) => {
      if (!tarballs[pkg]) throw new Error(`no tarball for ${pkg}`);
      return `file:${tarballs[pkg]}`;
    });
    writeFileSync(pkgFile, text);
  }
  return dir;
}

/** `npm install` in the app folder, from the registry and the tarballs only. */
export const install = (dir) =>
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);

/**
 * How the app got each @cds-vn package: an empty list when every one is a real folder unpacked
 * from a tarball outside the repo; otherwise what is wrong.
 */
export function linkProblems(dir, tarballs) {
  const problems = [];
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const scope = join(dir, 'node_modules/@cds-vn');
  const installed = existsSync(scope) ? readdirSync(scope) : [];
  if (!installed.includes('elements')) problems.push('@cds-vn/elements is not installed');
  for (const name of installed) {
    const path = join(scope, name);
    const entry = lock.packages?.[`node_modules/@cds-vn/${name}`];
    if (lstatSync(path).isSymbolicLink()) problems.push(`@cds-vn/${name} is a link`);
    if (realpathSync(path).startsWith(ROOT))
      problems.push(`@cds-vn/${name} resolves into the repo`);
    if (entry?.link) problems.push(`@cds-vn/${name} is a link in package-lock.json`);
    const from = entry?.resolved?.startsWith('file:')
      ? resolve(dir, entry.resolved.slice(5))
      : entry?.resolved;
    if (from !== tarballs[`@cds-vn/${name}`])
      problems.push(`@cds-vn/${name} resolved from ${entry?.resolved}, not its tarball`);
  }
  return problems;
}

/** Unpacks a tarball into a new folder; resolves to the package folder inside it. */
export async function unpack(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'cds-unpacked-'));
  mkdirSync(dir, { recursive: true });
  const r = await sh('tar', ['-xzf', tarball, '-C', dir], dir);
  if (!r.ok) throw new Error(r.out);
  return join(dir, 'package');
}
