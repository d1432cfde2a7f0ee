// `npm run build:schema`: writes the JSON Schemas to docs/schema/ and to core's dist.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_SCHEMAS, schemaText } from './json-schemas.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const schema of PUBLISHED_SCHEMAS) {
  for (const dir of [`${root}docs/schema`, `${root}packages/core/dist`]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${schema.file}`, schemaText(schema));
  }
  console.log(`wrote docs/schema/${schema.file}`);
}
