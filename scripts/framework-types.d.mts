export declare function eventClass(name: string): string;
export declare function reactTypes(manifest: unknown): string;
export declare function vueTypes(manifest: unknown): string;
