// The published JSON Schemas, generated from the same valibot schemas that validate at run
// time, so the documentation can never drift from the validator.
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  DatasetSchema,
  IndicatorSchema,
  ShortIndicatorSchema,
} from '../packages/core/src/model/schema.js';
import { PERIOD_PATTERN } from '../packages/core/src/period/period.js';

export interface PublishedSchema {
  readonly file: string;
  readonly json: object;
}

/**
 * Descriptions of the checks the runtime schemas name by their message key ('id', 'period'):
 * they live here, not in the schemas, so they do not ship in every page's bundle.
 */
const CHECK_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'A stable identifier: letters, digits, dot, underscore, colon or hyphen.',
  period:
    'A year (2022), half (2022-H1), quarter (2024-Q1), month (2024-04), run of whole months written first/last month, both included (2022-01/2022-11: the first 11 months of 2022), or a date that exists (2023-02-25). The pattern alone would let through 2022-02-30 and a run that ends before it starts (2022-11/2022-01); the validator rejects both.',
};

function jsonSchemaOf(
  schema: Parameters<typeof toJsonSchema>[0],
  title: string,
  description: string,
): object {
  const json = toJsonSchema(schema, {
    // `finite` and `trim` have no JSON Schema form; JSON cannot hold NaN or Infinity anyway.
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const key = 'message' in valibotAction ? valibotAction.message : undefined;
      // A period is checked by parsing it (which rules out 2022-02-30); JSON Schema gets the
      // pattern, which is as close as it can say.
      const pattern =
        valibotAction.type === 'check' && key === 'period'
          ? { pattern: PERIOD_PATTERN.source }
          : {};
      const about =
        ['regex', 'check'].includes(valibotAction.type) &&
        typeof key === 'string' &&
        CHECK_DESCRIPTIONS[key];
      // A total is checked in one step for bytes; JSON Schema says what it checks.
      if (valibotAction.type === 'check' && key === 'total') return { type: 'integer', minimum: 1 };
      return about ? { ...jsonSchema, ...pattern, description: about } : undefined;
    },
  });
  return { ...json, title, description };
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
