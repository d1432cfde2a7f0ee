export * from './number.js';
export * from './period-label.js';
export * from './value.js';
