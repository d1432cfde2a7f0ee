/**
 * Provenance: every figure names its report and carries a locator, and every locator is found,
 * character for character, in the report's text (when the reports are on this machine).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetInput } from '@cds-vn/core';
import { DATASET_FILES, loadRaw, reportsDir } from './helpers.js';

interface Cited {
  readonly where: string;
  readonly source?: string;
  readonly locator?: string;
}

/** Everything in a dataset that cites a report: figures, targets, categories, tables. */
function cited(ds: DatasetInput): Cited[] {
  const out: Cited[] = [];
  ds.indicators.forEach((ind, i) => {
    (ind.observations ?? []).forEach((o, j) =>
      out.push({ where: `${ind.id} observations[${j}]`, ...o }),
    );
    (ind.targets ?? []).forEach((t, j) => out.push({ where: `${ind.id} targets[${j}]`, ...t }));
    assert.ok(i >= 0);
  });
  (ds.regional ?? []).forEach((r, i) => {
    out.push({ where: `regional[${i}]`, ...r });
    if ('categories' in r)
      r.categories.forEach((c, j) => out.push({ where: `regional[${i}].categories[${j}]`, ...c }));
  });
  (ds.tables ?? []).forEach((t, i) => out.push({ where: `tables[${i}]`, ...t }));
  return out;
}

describe('no figure without its report and a locator', () => {
  for (const file of DATASET_FILES) {
    test(file, () => {
      const ds = loadRaw(file);
      const own = ds.source?.id;
      assert.ok(own, 'the dataset defines its report');
      assert.ok(ds.source?.file && ds.source.date, 'the report has a file and a date');
      const items = cited(ds);
      assert.ok(items.length > 10);
      const bad = items
        .filter((c) => c.source !== own || !c.locator || c.locator.trim() === '')
        .map((c) => c.where);
      assert.deepEqual(bad, []);
    });
  }

  test('an observation whose locator says ước / dự báo is not recorded as actual', () => {
    for (const file of DATASET_FILES) {
      for (const ind of loadRaw(file).indicators) {
        for (const o of ind.observations ?? []) {
          if (/(^|\P{L})ước(\P{L}|$)/u.test(o.locator ?? ''))
            assert.equal(o.kind, 'estimate', `${file} ${ind.id}`);
          if (/dự báo|dự kiến/.test(o.locator ?? ''))
            assert.equal(o.kind, 'forecast', `${file} ${ind.id}`);
        }
      }
    }
  });
});

describe('every locator is found verbatim in its report', () => {
  for (const file of DATASET_FILES) {
    test(file, (t) => {
      const ds = loadRaw(file);
      const report = path.resolve(reportsDir, ds.source?.file ?? '');
      if (!existsSync(report)) {
        t.skip(`source report not on this machine: ${report}`);
        return;
      }
      const text = readFileSync(report, 'utf8');
      const items = cited(ds);
      const missing = items
        .filter((c) => !c.locator || !text.includes(c.locator))
        .map((c) => `${c.where}: ${c.locator}`);
      assert.deepEqual(missing, []);
      const spanning = items.filter((c) => c.locator?.includes('\n')).map((c) => c.where);
      assert.deepEqual(spanning, [], 'a locator spans a line break');
      // An estimate or forecast says so near its figure (within the sentence before it) or in its footnote.
      const notes = ds.source?.footnotes ?? {};
      const unsupported = ds.indicators.flatMap((ind) =>
        (ind.observations ?? [])
          .filter((o) => o.kind === 'estimate' || o.kind === 'forecast')
          .filter((o) => {
            const at = text.indexOf(o.locator ?? '');
            const near = text.slice(Math.max(0, at - 160), at + (o.locator?.length ?? 0));
            const note = o.footnote ? notes[o.footnote] : undefined;
            const noteText = typeof note === 'string' ? note : (note?.vi ?? '');
            const words = o.kind === 'estimate' ? /(^|\P{L})ước(\P{L}|$)/u : /dự báo|dự kiến/;
            return !words.test(near) && !words.test(noteText);
          })
          .map((o) => `${ind.id} ${o.period}: ${o.kind}`),
      );
      assert.deepEqual(unsupported, []);
      const long = items
        .filter((c) => (c.locator?.split(/\s+/).length ?? 0) > 13)
        .map((c) => `${c.where}: ${c.locator}`);
      assert.deepEqual(long, [], 'a locator longer than about ten words');
    });
  }
});
