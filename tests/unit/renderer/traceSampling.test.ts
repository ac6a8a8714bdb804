import { describe, expect, it } from 'vitest';
import {
  cumulativeOfPerMinute,
  sampleChannels,
  sampleIndex,
  samplePoint,
} from '../../../src-renderer/lib/traceSampling';
import { syntheticTrace } from './syntheticTrace';

describe('trace sampling', () => {
  const times = Float64Array.from([0, 10, 20, 40]);

  it('finds the sample at or before a time by binary search', () => {
    expect(sampleIndex(times, 0)).toBe(0);
    expect(sampleIndex(times, 9.99)).toBe(0);
    expect(sampleIndex(times, 10)).toBe(1);
    expect(sampleIndex(times, 39)).toBe(2);
  });

  it('clamps times outside the run to its ends', () => {
    expect(samplePoint(times, -5)).toEqual({ index: 0, weight: 0 });
    expect(samplePoint(times, 100)).toEqual({ index: 2, weight: 1 });
  });

  it('interpolates every channel linearly between samples', () => {
    const trace = syntheticTrace(600, 10);
    const v = sampleChannels(trace, 305);
    expect(v.leftStoredMl).toBeCloseTo(200 * (1 - 305 / 600), 6);
    expect(v.leftFullness).toBeCloseTo(1 - 305 / 600, 6);
  });

  it('integrates a per-minute rate into a running total', () => {
    const trace = syntheticTrace(600, 10);
    const total = cumulativeOfPerMinute(trace.timesSec, trace.channels.leftFlowMlPerMin);
    expect(total[total.length - 1]).toBeCloseTo(60, 6); // 6 mL/min for 10 min
  });
});
