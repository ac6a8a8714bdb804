// A schema issue as the rule it broke, with its limits: the data a screen words in the
// clinician's language (src-main/labels/errors.ts). Custom checks put their rule in `params.rule`.
import type { ErrorRule } from './errors';

/** The parts of a zod issue that name a rule; every zod 4 issue fits this shape. */
export interface IssueLike {
  code: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  params?: Record<string, unknown>;
}

export function ruleOfIssue(issue: IssueLike): ErrorRule | undefined {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? { id: 'tooShort', min: Number(issue.minimum) } : undefined;
    case 'too_big':
      if (issue.origin === 'string') return { id: 'tooLong', max: Number(issue.maximum) };
      return issue.origin === 'array' ? { id: 'tooMany', max: Number(issue.maximum) } : undefined;
    case 'invalid_type':
      return issue.expected === undefined
        ? undefined
        : { id: 'wrongType', expected: issue.expected };
    case 'invalid_value':
      return issue.values ? { id: 'oneOf', values: issue.values.map(String) } : undefined;
    case 'unrecognized_keys':
      return issue.keys?.[0] === undefined ? undefined : { id: 'unknownKey', key: issue.keys[0] };
    case 'custom':
      return issue.params?.['rule'] as ErrorRule | undefined;
    default:
      return undefined;
  }
}
