/** Where the bundles go. */
export declare const distDir: string;
/** Output file name → entry point. */
export declare const bundles: Record<string, string>;
/** Builds the editor test pages and the composers bundle; resolves with distDir. */
export declare function buildEditors(): Promise<string>;
