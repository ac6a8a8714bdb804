// The report's event counts: an ejection on both breasts at once is one ejection.
import { describe, expect, it } from 'vitest';
import { eventCounts } from '../../../src-main/export/event-counts';
import { builtinScenario, cachedRun } from '../../fixtures/model-runs';

describe('event counts in the report', () => {
  it('counts a double-pumping ejection once, so every ejection that starts also ends', () => {
    const { trace } = cachedRun(builtinScenario('low-supply-recovery'));
    const rows = (kind: string) => trace.events.filter((e) => e.kind === kind).length;
    const counts = new Map(eventCounts(trace.events));
    const starts = counts.get('ejectionStart') ?? 0;
    expect(starts).toBeGreaterThan(0);
    // Logged per breast, the rows disagree; counted as events, they pair up.
    expect(rows('ejectionStart')).not.toBe(rows('ejectionEnd'));
    expect(counts.get('ejectionEnd')).toBe(starts);
    expect(starts).toBeLessThan(rows('ejectionStart'));
  });
});
