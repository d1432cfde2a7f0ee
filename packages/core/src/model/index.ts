export * from './units.js';
export * from './types.js';
export * from './data-error.js';
export * from './schema.js';
export * from './parse.js';
export * from './parse-deferred.js';
export * from './revisions.js';
export { slugify, toText } from './normalize.js';
