export * from './figure-text.js';
export * from './number.js';
export * from './period-label.js';
export * from './value.js';
export * from './qualifier.js';
