export declare const INITIAL_JS_BUDGET_BYTES: number;
export declare function initialJsSizes(distDir: string): { file: string; gzipBytes: number }[];
