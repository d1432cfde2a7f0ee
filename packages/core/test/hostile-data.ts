/**
 * Hostile data for robustness tests (core in Node, elements in Chromium): deterministic
 * mutants of real datasets. Each mutant is a deep copy with one to three edits at random
 * places: a key deleted, a value replaced by something a careless or malicious publisher might
 * send, an unknown key added, an array item repeated or the order reversed, or a value moved to
 * another place where its type does not belong. Seeded, so a failure names the seed and edits
 * that reproduce it.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same mutants on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markup that would run or show if any element rendered data as HTML. */
export const HTML_PAYLOAD = '<img src=x onerror="window.__cdsPwned=1"><b id="cds-pwned">x</b>';

/** Values that do not belong, or only just belong, wherever they land. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  'NaN',
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  5e-324,
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  'abc',
  '54,34',
  '54.34',
  true,
  false,
  [],
  {},
  [null],
  { vi: '' },
  { en: 'only English' },
  'x'.repeat(5000),
  HTML_PAYLOAD,
  '__proto__',
  'constructor',
  '2022-13',
  '2022-H3',
  '2022-Q5',
  '2022-02-30',
  '0000',
  '9999-12-31',
  '\u202e\u0000\ud800',
];

export interface Mutant {
  readonly value: unknown;
  /** What was changed and where, for a failure message. */
  readonly edits: readonly string[];
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every place in `root` that holds a value: its parent, its key and its path. */
function places(root: unknown): { parent: Container; key: string | number; path: string }[] {
  const out: { parent: Container; key: string | number; path: string }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (!isContainer(node)) return;
    const keys: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : Object.keys(node);
    for (const key of keys) {
      const child = (node as Record<string | number, unknown>)[key];
      const here = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : String(key);
      out.push({ parent: node, key, path: here });
      walk(child, here);
    }
  };
  walk(root, '');
  return out;
}

const show = (v: unknown): string => {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** One edit at a random place of `root` (mutated in place); returns what it did. */
function editOnce(root: unknown, random: () => number): string {
  const all = places(root);
  if (!all.length) return 'nothing to edit';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const { parent, key, path } = pick(all);
  const slot = parent as Record<string | number, unknown>;
  const kind = random();
  if (kind < 0.2) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete slot[key];
    return `deleted ${path}`;
  }
  if (kind < 0.65) {
    const v = pick(HOSTILE_VALUES);
    slot[key] = structuredClone(v);
    return `${path} = ${show(v)}`;
  }
  if (kind < 0.75) {
    const other = pick(all);
    const v = (other.parent as Record<string | number, unknown>)[other.key];
    slot[key] = structuredClone(v);
    return `${path} = the value of ${other.path}`;
  }
  if (kind < 0.85) {
    const child = slot[key];
    if (Array.isArray(child) && child.length) {
      if (random() < 0.5) child.push(structuredClone(child[0]));
      else child.reverse();
      return `${path}: an item repeated, or the order reversed`;
    }
    if (isContainer(child)) {
      // An own "__proto__" key, as JSON.parse makes one (an assignment would set the prototype).
      Object.defineProperty(child, '__proto__', {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      (child as Record<string, unknown>)['unexpected'] = 1;
      return `${path}: unknown keys added (__proto__, unexpected)`;
    }
  }
  const v = slot[key];
  slot[key] = typeof v === 'string' ? 54.34 : typeof v === 'number' ? String(v) : [v];
  return `${path}: type changed`;
}

/**
 * One place of every kind in `root`: the first value at each path pattern, indices folded
 * (`indicators[].observations[].period`). Every hostile value at each of these reaches every
 * field the schema knows, which random edits reach only by luck.
 */
export function fieldKinds(root: unknown): { pattern: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const { path } of places(root)) {
    const pattern = path.replace(/\[\d+\]/g, '[]');
    if (!seen.has(pattern)) seen.set(pattern, path);
  }
  return [...seen].map(([pattern, path]) => ({ pattern, path }));
}

/** A deep copy of `root` with the value at `path` (as `places` writes it) replaced. */
export function withValueAt(root: unknown, path: string, value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(root));
  const place = places(copy).find((p) => p.path === path);
  if (!place) throw new Error(`no place ${path}`);
  (place.parent as Record<string | number, unknown>)[place.key] = structuredClone(value);
  return copy;
}

/** `count` mutants of `value`, each from a fresh deep copy, reproducible from `seed`. */
export function mutants(value: unknown, seed: number, count: number): Mutant[] {
  const random = seededRandom(seed);
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    // A JSON round trip, as the data arrives; then real object edits (NaN, -0 survive these).
    const copy: unknown = JSON.parse(JSON.stringify(value));
    const edits: string[] = [];
    const n = 1 + Math.floor(random() * 3);
    for (let e = 0; e < n; e++) edits.push(editOnce(copy, random));
    out.push({ value: copy, edits });
  }
  return out;
}
