/**
 * @cds-vn/core — everything the elements need that is not rendering: the indicator data
 * model, periods, the status engine, formatting, UI strings and the province registry.
 * No DOM, no Lit: it runs in Node and in the browser alike.
 */
export * from './model/index.js';
export * from './period/index.js';
export * from './status/index.js';
export * from './format/index.js';
export * from './i18n/index.js';
export * from './provinces/index.js';
