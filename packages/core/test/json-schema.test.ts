import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PUBLISHED_SCHEMAS, schemaText } from '../../../scripts/json-schemas.js';

test('the JSON Schemas in docs/schema match the validator (run npm run build:schema)', () => {
  for (const schema of PUBLISHED_SCHEMAS) {
    const committed = readFileSync(
      new URL(`../../../docs/schema/${schema.file}`, import.meta.url),
      'utf8',
    );
    assert.equal(committed, schemaText(schema), schema.file);
  }
});

test('the dataset schema forbids unknown keys and requires indicators', () => {
  const dataset = PUBLISHED_SCHEMAS.find((s) => s.file === 'indicator-dataset.schema.json')
    ?.json as {
    required?: string[];
    additionalProperties?: boolean;
  };
  assert.deepEqual(dataset.required, ['indicators']);
  assert.equal(dataset.additionalProperties, false);
});
