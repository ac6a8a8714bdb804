export declare const root: string;
export declare const nativeDir: string;
export declare const nativeBinding: string;
export declare const nativeStamp: string;
export declare function electronVersion(): string;
export declare function electronExecutable(): string | null;
export declare function nativeStampFor(arch: string): string;
export declare function nativeBindingIsCurrent(arch?: string): boolean;
