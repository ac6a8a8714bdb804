// The one API contract: method name → request schema and response type. The preload bridge,
// the IPC binding, the web edition and the renderer client all derive from this map.
import type { z } from 'zod';
import type { MethodSpec } from './define';
import type { Result } from './errors';
import { appMethods } from './app';
import { backupMethods } from './backups';
import { caseMethods } from './cases';
import { exportMethods } from './export';
import { parentMethods } from './parent';
import { lessonMethods } from './lessons';
import { simMethods } from './sim';

export const contract = {
  ...appMethods,
  ...simMethods,
  ...caseMethods,
  ...exportMethods,
  ...parentMethods,
  ...lessonMethods,
  ...backupMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults are applied). */
export type RequestOf<K extends MethodName> = z.input<Contract[K]['request']>;
/** What a handler receives after validation. */
export type ParsedRequestOf<K extends MethodName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends MethodName> =
  Contract[K] extends MethodSpec<z.ZodType, infer R> ? R : never;

/** `window.lactasim` in the desktop app: one function per method. */
export type Bridge = {
  [K in MethodName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
};

/** Implementations on the main side, shared by the IPC binding and the web edition. */
export type Handlers = {
  [K in MethodName]: (request: ParsedRequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export const ipcChannel = (name: MethodName): string => `lactasim:${name}`;

export type { Result, ApiErrorData, ErrorCode } from './errors';
