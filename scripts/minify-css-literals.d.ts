export declare function minifyCss(css: string): string;
export declare function minifyCssLiteral(body: string): string;
export declare function minifyCssLiterals(): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};
