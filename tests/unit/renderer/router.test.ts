import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../../src-renderer/app/router';

describe('hash routes', () => {
  it('reads the parent view and the model time on both views', () => {
    expect(parseRoute('#/parent/b_typical-feed-6-weeks?t=3600')).toEqual({
      name: 'parent',
      caseId: 'b_typical-feed-6-weeks',
      t: 3600,
    });
    expect(parseRoute('#/sim/c_abc?t=12.5')).toEqual({ name: 'sim', caseId: 'c_abc', t: 12.5 });
    expect(parseRoute('#/sim/c_abc')).toEqual({ name: 'sim', caseId: 'c_abc' });
  });

  it('ignores a time that is not a non-negative number, and a parent route without a case', () => {
    expect(parseRoute('#/parent/c_abc?t=soon')).toEqual({ name: 'parent', caseId: 'c_abc' });
    expect(parseRoute('#/sim/c_abc?t=-5')).toEqual({ name: 'sim', caseId: 'c_abc' });
    expect(parseRoute('#/parent')).toEqual({ name: 'home' });
  });

  it('writes routes that read back the same, time rounded to the second', () => {
    expect(hrefFor({ name: 'parent', caseId: 'c_abc', t: 99.6 })).toBe('#/parent/c_abc?t=100');
    expect(hrefFor({ name: 'sim', caseId: 'c_abc' })).toBe('#/sim/c_abc');
    expect(parseRoute(hrefFor({ name: 'sim', caseId: 'c_abc', t: 42 }))).toEqual({
      name: 'sim',
      caseId: 'c_abc',
      t: 42,
    });
  });

  it('keeps the parent step in the address beside the time, and ignores a step that is not one', () => {
    const href = hrefFor({ name: 'parent', caseId: 'c_abc', t: 600, step: 3 });
    expect(href).toBe('#/parent/c_abc?t=600&step=3');
    expect(parseRoute(href)).toEqual({ name: 'parent', caseId: 'c_abc', t: 600, step: 3 });
    expect(parseRoute('#/parent/c_abc?step=0')).toEqual({ name: 'parent', caseId: 'c_abc' });
    expect(parseRoute('#/parent/c_abc?step=2.5')).toEqual({ name: 'parent', caseId: 'c_abc' });
  });

  it('leads an address with a broken escape Home instead of throwing', () => {
    for (const hash of [
      '#/cases/%',
      '#/sim/%E0%A4%A',
      '#/parent/%zz?t=60',
      '#/present/%/presenter',
      '#/%',
    ])
      expect(parseRoute(hash)).toEqual({ name: 'home' });
    // A well-formed escape still reads back as the id it stands for.
    expect(parseRoute('#/cases/c_a%25b')).toEqual({ name: 'cases', caseId: 'c_a%b' });
    expect(parseRoute(hrefFor({ name: 'lessons', lessonId: 'l/1 é' }))).toEqual({
      name: 'lessons',
      lessonId: 'l/1 é',
    });
  });
});
