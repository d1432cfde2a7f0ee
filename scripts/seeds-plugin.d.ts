import type { Plugin } from 'vite';
export declare function seedsPlugin(): Plugin;
