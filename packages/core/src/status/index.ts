export * from './verdict.js';
export * from './compare.js';
export * from './trend.js';
export * from './evaluate.js';
export * from './due-words.js';
export * from './verdict-words.js';
