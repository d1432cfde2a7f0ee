export declare function newerSyntax(code: string): string[];
