// Free-form JSON (story beats of kinds the app does not model yet) with bounds: a request can
// neither nest deep enough to overflow a stack later (JSON.stringify, structured clone) nor grow
// without limit, and keys such as "__proto__", which a plain object would silently swallow, are
// refused instead of dropped.
import { z } from 'zod';
import type { ErrorRule } from './errors';

export interface JsonLimits {
  /** Levels of objects and arrays, the value itself being level 1. */
  maxDepth: number;
  /** Characters of the value written as JSON (approximately: strings are counted as their length). */
  maxChars: number;
}

/** Keys that change an object's prototype or shadow its machinery when assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonProblem {
  path: (string | number)[];
  message: string;
  rule: ErrorRule;
}

/** A JSON object: not null, not an array, not a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The first reason `value` is not bounded, plain JSON, or null. Iterative, so a value nested
 * 100 000 deep is measured without recursion.
 */
export function jsonProblem(value: unknown, limits: JsonLimits): JsonProblem | null {
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = [
    { value, path: [], depth: 1 },
  ];
  let chars = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    const v = item.value;
    if (v === undefined && item.path.length > 0) {
      // A property set to undefined (structured clone keeps it) is an absent one, as in JSON.
    } else if (v === null || typeof v === 'boolean') {
      chars += 5;
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        return {
          path: item.path,
          message: `must be a finite number (got ${String(v)})`,
          rule: { id: 'wrongType', expected: 'number' },
        };
      }
      chars += 24;
    } else if (typeof v === 'string') {
      chars += v.length + 2;
    } else if (Array.isArray(v) || isPlainObject(v)) {
      if (item.depth > limits.maxDepth) {
        return {
          path: item.path,
          message: `nests deeper than ${limits.maxDepth} levels`,
          rule: { id: 'tooComplex' },
        };
      }
      chars += 2;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) {
          stack.push({ value: v[i], path: [...item.path, i], depth: item.depth + 1 });
        }
      } else {
        for (const key of Object.keys(v)) {
          if (FORBIDDEN_KEYS.has(key)) {
            return {
              path: item.path,
              message: `the key "${key}" is not allowed`,
              rule: { id: 'unknownKey', key },
            };
          }
          chars += key.length + 3;
          stack.push({ value: v[key], path: [...item.path, key], depth: item.depth + 1 });
        }
      }
    } else {
      return {
        path: item.path,
        message: `must be JSON (got ${typeof v})`,
        rule: { id: 'wrongType', expected: 'JSON' },
      };
    }
    if (chars > limits.maxChars) {
      return {
        path: [],
        message: `is larger than ${Math.round(limits.maxChars / 1000)} kB of JSON`,
        rule: { id: 'tooComplex' },
      };
    }
  }
  return null;
}

/** Reports a value outside `limits` as a schema issue carrying its rule. */
export function refineJson(value: unknown, ctx: z.RefinementCtx, limits: JsonLimits): void {
  const problem = jsonProblem(value, limits);
  if (problem !== null)
    ctx.addIssue({
      code: 'custom',
      path: problem.path,
      message: problem.message,
      params: { rule: problem.rule },
    });
}

/** A JSON object within `limits`; the parsed value is the object itself. */
export function jsonObject(limits: JsonLimits) {
  return z
    .custom<Record<string, unknown>>(isPlainObject, { message: 'must be a JSON object' })
    .superRefine((value, ctx) => refineJson(value, ctx, limits));
}
