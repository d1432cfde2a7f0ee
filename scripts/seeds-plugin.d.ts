import type { Plugin } from 'vite';
/** The five seeds datasets joined by indicator id (seeds/merge.ts), as JSON text. */
export declare function mergedSeeds(): Promise<string>;
export declare function seedsPlugin(): Plugin;
/** A @web/test-runner plugin serving /seeds/merged.json. */
export declare function mergedSeedsTestPlugin(): {
  name: string;
  serve(context: { path: string }): Promise<{ body: string; type: string } | undefined>;
};
