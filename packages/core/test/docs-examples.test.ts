/**
 * The data format guide's examples are data core accepts: a portal developer copies them, so a
 * renamed field or a wrong value there is a bug. Each ```json / ```jsonc block of
 * docs/data-format.md, and each target in its table of target kinds, must pass one of the
 * model's schemas; an indicator must also parse, and a province key must name a province.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  DatasetSchema,
  IndicatorSchema,
  RegionalCategoriesSchema,
  RegionalValuesSchema,
  ReportTableSchema,
  ShortIndicatorSchema,
  TargetSchema,
  parseDataset,
  parseIndicator,
  type DatasetInput,
} from '../src/model/index.js';
import { findProvince } from '../src/provinces/index.js';
import { markdownBlocks } from '../../../scripts/markdown-blocks.js';

const GUIDE = 'docs/data-format.md';
const guide = readFileSync(new URL(`../../../${GUIDE}`, import.meta.url), 'utf8');

/** A JSON string, kept whole: what the two rewrites below must not touch. */
const STRING = String.raw`"(?:\\.|[^"\\])*"`;

/** JSONC as the guide writes it (comments, last commas) made JSON, strings left untouched. */
const jsonOfJsonc = (text: string): string =>
  text
    .replace(new RegExp(`${STRING}|//[^\\n]*|/\\*[\\s\\S]*?\\*/`, 'g'), (m) =>
      m.startsWith('"') ? m : '',
    )
    .replace(new RegExp(`${STRING}|,(\\s*[}\\]])`, 'g'), (m, close?: string) => close ?? m);

interface Example {
  readonly where: string;
  readonly value: unknown;
}

function codeBlocks(): Example[] {
  return markdownBlocks(guide)
    .filter((b) => b.lang === 'json' || b.lang === 'jsonc')
    .map((b) => ({
      where: `${GUIDE}:${b.line}`,
      value: JSON.parse(b.lang === 'jsonc' ? jsonOfJsonc(b.body) : b.body) as unknown,
    }));
}

/** The JSON in the first column of the target kinds' table (`| kind | `{…}` | reads |`). */
function targetRows(): Example[] {
  return guide.split('\n').flatMap((line, i) => {
    const json = /^\|\s*\w+\s*\|\s*`(\{.*\})`\s*\|/.exec(line)?.[1];
    return json ? [{ where: `${GUIDE}:${i + 1}`, value: JSON.parse(json) as unknown }] : [];
  });
}

const SCHEMAS = {
  'a short-form indicator': ShortIndicatorSchema,
  'an indicator': IndicatorSchema,
  'numbers per province': RegionalValuesSchema,
  'categories per province': RegionalCategoriesSchema,
  'a report table': ReportTableSchema,
  'a dataset': DatasetSchema,
} as const;

/** Which of the model's schemas accept `value`. */
const acceptedAs = (value: unknown): string[] =>
  Object.entries(SCHEMAS)
    .filter(([, schema]) => v.is(schema, value))
    .map(([name]) => name);

test('the guide has its examples: JSON blocks and the four target kinds', () => {
  // Fewer would mean the extraction broke, not that the examples are right.
  assert.ok(codeBlocks().length >= 6, `${codeBlocks().length} blocks`);
  assert.equal(targetRows().length, 4);
});

test('every JSON block of the guide is data the model accepts', () => {
  const refused = codeBlocks()
    .filter((e) => acceptedAs(e.value).length === 0)
    .map((e) => e.where);
  assert.deepEqual(refused, []);
});

test('every indicator in the guide parses, citing the sources of the guide’s dataset', () => {
  const blocks = codeBlocks();
  // The full form sits in the dataset the guide shows first: its reports are the ones it cites.
  const header = blocks.find((e) => v.is(DatasetSchema, e.value))?.value as DatasetInput;
  assert.ok(header, 'the guide shows a dataset');
  const failed = blocks.flatMap((e) => {
    const r = v.is(IndicatorSchema, e.value)
      ? parseDataset({ source: header.source, sources: header.sources, indicators: [e.value] })
      : v.is(ShortIndicatorSchema, e.value)
        ? parseIndicator(e.value)
        : undefined;
    const errors = !r || r.ok ? [] : r.errors.map((x) => `${e.where}: ${x.message.en}`);
    // The model takes a footnote marker as given; the guide's reader looks it up.
    const notes = header.source?.footnotes ?? {};
    const markers = v.is(IndicatorSchema, e.value)
      ? (e.value.observations ?? []).flatMap((o) => (o.footnote ? [o.footnote] : []))
      : [];
    return [
      ...errors,
      ...markers.filter((m) => !(m in notes)).map((m) => `${e.where}: no footnote [${m}]`),
    ];
  });
  assert.deepEqual(failed, []);
});

test('every province key in the guide names a province of its boundary set', () => {
  const unknown = codeBlocks()
    .filter((e) => v.is(RegionalValuesSchema, e.value))
    .flatMap((e) => {
      const r = e.value as v.InferOutput<typeof RegionalValuesSchema>;
      return Object.keys(r.values)
        .filter((key) => !findProvince(key, r.boundaries ?? 'vn-63').ok)
        .map((key) => `${e.where}: ${key}`);
    });
  assert.deepEqual(unknown, []);
});

test('every target in the table of target kinds is a target the model accepts', () => {
  const refused = targetRows()
    .filter((e) => !v.is(TargetSchema, e.value))
    .map((e) => `${e.where}: ${JSON.stringify(e.value)}`);
  assert.deepEqual(refused, []);
});

test('JSONC is read as JSON without touching its strings', () => {
  assert.deepEqual(
    JSON.parse(jsonOfJsonc('{ "url": "https://a/b", // a comment\n "n": [1, /* two */ 2,], }')),
    { url: 'https://a/b', n: [1, 2] },
  );
  assert.deepEqual(JSON.parse(jsonOfJsonc('{ "s": "a, ]", "q": "\\"//\\"" }')), {
    s: 'a, ]',
    q: '"//"',
  });
});
