import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventClass, reactTypes, vueTypes } from '../framework-types.mjs';

/** A manifest as the analyzer writes it, for one element, with what must not reach JSX. */
const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/province-map/province-map.ts',
      declarations: [
        {
          kind: 'class',
          name: 'CdsProvinceMap',
          tagName: 'cds-province-map',
          customElement: true,
          members: [
            { kind: 'field', name: 'data', type: { text: 'object | string | undefined' } },
            { kind: 'field', name: 'indicatorId', type: { text: 'string | undefined' } },
            { kind: 'field', name: 'fit', type: { text: 'boolean' } },
            { kind: 'field', name: 'view', privacy: 'protected' },
            { kind: 'field', name: 'version', readonly: true },
            { kind: 'method', name: 'toCsv' },
          ],
          attributes: [
            { name: 'data', fieldName: 'data' },
            { name: 'indicator-id', fieldName: 'indicatorId' },
            { name: 'fit', fieldName: 'fit' },
            { name: 'view-box', fieldName: 'view' },
          ],
          events: [
            { name: 'cds-province-select', description: 'A province was selected.' },
            { name: 'cds-error', description: 'The data could not be used.' },
            // Inferred from a dispatchEvent call, without a @fires line: not public.
            { name: 'cds-internal' },
          ],
        },
      ],
    },
  ],
};

test('event names map to their classes', () => {
  assert.equal(eventClass('cds-province-select'), 'CdsProvinceSelectEvent');
  assert.equal(eventClass('cds-error'), 'CdsErrorEvent');
});

test('each tag takes its public properties, its attributes by name and its events', () => {
  const out = reactTypes(manifest);
  assert.match(
    out,
    /import type \{ CdsErrorEvent, CdsProvinceMap, CdsProvinceSelectEvent \} from '\.\/index\.js';/,
  );
  assert.match(
    out,
    /'cds-province-map': CdsProps<CdsProvinceMap, 'data' \| 'indicatorId' \| 'fit'> & \{/,
  );
  assert.match(out, /'indicator-id'\?: CdsProvinceMap\['indicatorId'\];/);
  assert.match(out, /'oncds-province-select'\?: \(event: CdsProvinceSelectEvent\) => void;/);
  assert.match(out, /'oncds-error'\?: \(event: CdsErrorEvent\) => void;/);
  // Protected, read-only and method members, their attributes and unnamed events stay out.
  for (const hidden of ['view', 'version', 'toCsv', 'cds-internal'])
    assert.doesNotMatch(out, new RegExp(hidden), hidden);
  // Attributes named as their property are typed once, by the property.
  assert.doesNotMatch(out, /'data'\?:/);
  assert.match(
    out,
    /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements/,
  );
});

test('Vue gets each tag as a global component with its properties and its events', () => {
  const out = vueTypes(manifest);
  assert.match(
    out,
    /'cds-province-map': CdsTag<CdsProvinceMap, 'data' \| 'indicatorId' \| 'fit', \{ 'cds-province-select': CdsProvinceSelectEvent; 'cds-error': CdsErrorEvent \}>;/,
  );
  assert.match(out, /declare module 'vue' \{\n {2}interface GlobalComponents \{/);
  for (const hidden of ['view', 'version', 'toCsv', 'cds-internal'])
    assert.doesNotMatch(out, new RegExp(hidden), hidden);
});
