export * from './figure-text.js';
export * from './number.js';
export * from './period-label.js';
export * from './value.js';
export * from './qualifier.js';
export * from './source-date.js';
export * from './sentence.js';
