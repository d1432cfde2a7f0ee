/** Every dataset is valid against the data model, and a broken copy is rejected at the bad field. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatasetInput } from '@cds-vn/core';
import { parseDataset } from '@cds-vn/core';
import { DATASET_FILES, loadRaw } from './helpers.js';

/** Position of an indicator in the raw JSON: where to break it. */
function at(raw: DatasetInput, id: string): number {
  const i = raw.indicators.findIndex((x) => x.id === id);
  assert.ok(i >= 0, `no indicator ${id}`);
  return i;
}

function errorsOf(raw: unknown): readonly { code: string; path: string }[] {
  const r = parseDataset(raw);
  assert.equal(r.ok, false, 'the broken copy was accepted');
  return r.ok ? [] : r.errors;
}

describe('every dataset validates', () => {
  for (const file of DATASET_FILES) {
    test(file, () => {
      const r = parseDataset(loadRaw(file));
      assert.deepEqual(r.ok ? [] : r.errors, []);
      assert.ok(r.ok && r.value.indicators.length > 0);
      assert.ok(
        r.ok && r.value.source?.id === file.replace(/\.json$/, ''),
        'the source id is the file name',
      );
    });
  }
});

describe('a broken copy fails with the path of the bad field', () => {
  test('a value given as a string', () => {
    const raw = loadRaw('bc-2023-02-25.json');
    const i = at(raw, 'ho-gia-dinh-cap-quang');
    const obs = raw.indicators[i]?.observations?.[0] as Record<string, unknown>;
    obs.value = '75';
    const errors = errorsOf(raw);
    assert.deepEqual(
      errors.map((e) => e.path),
      [`indicators[${i}].observations[0].value`],
    );
    assert.equal(errors[0]?.code, 'invalid-data');
  });

  test('a misspelt key in a target', () => {
    const raw = loadRaw('bc-2022-08.json');
    const i = at(raw, 'du-lieu-mo');
    const target = raw.indicators[i]?.targets?.[0] as Record<string, unknown>;
    target.vaule = target.value;
    delete target.value;
    const paths = errorsOf(raw).map((e) => e.path);
    assert.ok(paths.includes(`indicators[${i}].targets[0].vaule`), paths.join(', '));
  });

  test('a target operator the model does not know', () => {
    const raw = loadRaw('bc-2023-02-25.json');
    const i = at(raw, 'ty-trong-kinh-te-so-gdp');
    (raw.indicators[i]?.targets?.[0] as Record<string, unknown>).op = 'trên';
    assert.deepEqual(
      errorsOf(raw).map((e) => e.path),
      [`indicators[${i}].targets[0].op`],
    );
  });

  test('an observation citing a report the dataset does not define', () => {
    const raw = loadRaw('bc-2024-04.json');
    const i = at(raw, 'tan-cong-mang');
    (raw.indicators[i]?.observations?.[0] as Record<string, unknown>).source = 'bc-2099';
    const errors = errorsOf(raw);
    assert.deepEqual(
      errors.map((e) => [e.code, e.path]),
      [['unknown-reference', `indicators[${i}].observations[0].source`]],
    );
  });

  test('a province code given as a number in a regional category', () => {
    const raw = loadRaw('bc-2023-02-25.json');
    const r = raw.regional?.findIndex((x) => 'categories' in x) ?? -1;
    assert.ok(r >= 0);
    const entry = raw.regional?.[r] as { categories: { provinces: unknown[] }[] };
    entry.categories[1]!.provinces[0] = 79;
    assert.deepEqual(
      errorsOf(raw).map((e) => e.path),
      [`regional[${r}].categories[1].provinces[0]`],
    );
  });
});
