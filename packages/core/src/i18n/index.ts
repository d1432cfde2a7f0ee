export * from './locale.js';
export * from './define-messages.js';
export * from './messages.js';
export * from './pillars.js';
