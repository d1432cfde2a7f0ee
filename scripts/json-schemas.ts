// The published JSON Schemas, generated from the same valibot schemas that validate at run
// time, so the documentation can never drift from the validator.
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  DatasetSchema,
  IndicatorSchema,
  ShortIndicatorSchema,
} from '../packages/core/src/model/schema.js';

export interface PublishedSchema {
  readonly file: string;
  readonly json: object;
}

function jsonSchemaOf(
  schema: Parameters<typeof toJsonSchema>[0],
  title: string,
  description: string,
): object {
  // `finite` and `trim` have no JSON Schema form; JSON cannot hold NaN or Infinity anyway.
  return { ...toJsonSchema(schema, { errorMode: 'ignore' }), title, description };
}

export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  {
    file: 'indicator-dataset.schema.json',
    json: jsonSchemaOf(
      DatasetSchema,
      'CĐS indicator dataset',
      'A report or API payload: its source, indicators with observations and targets, per-province values and report tables.',
    ),
  },
  {
    file: 'indicator.schema.json',
    json: jsonSchemaOf(
      IndicatorSchema,
      'CĐS indicator (full form)',
      'One indicator with all its observations and targets.',
    ),
  },
  {
    file: 'indicator-short.schema.json',
    json: jsonSchemaOf(
      ShortIndicatorSchema,
      'CĐS indicator (short form)',
      'The hand-typed form: {"name":"…","value":54.34,"target":50,"unit":"%","period":"2022"}.',
    ),
  },
];

export const schemaText = (s: PublishedSchema): string => `${JSON.stringify(s.json, null, 2)}\n`;
