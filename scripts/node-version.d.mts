export declare const DESKTOP_TOOLING_NODE: string;
export declare function atLeast(version: string, minimum?: string): boolean;
