// The recorder on its own: every sample kept past its size estimate, one sample per instant, and a
// recorder that reuses the last run's working columns starting empty.
import { describe, expect, it } from 'vitest';
import { CH, Recorder, estimateSamples } from '../../../src-main/sim/recorder';

const sampling = { sessionSec: 5, gapSec: 300 };

function record(rec: Recorder, times: number[]): void {
  for (const t of times) {
    rec.row[CH.prolactinNgPerMl] = t * 2;
    rec.pushRow(t);
  }
}

describe('recorder', () => {
  it('keeps every sample when a run records more than it estimated', () => {
    const rec = new Recorder(3600, sampling);
    const n = estimateSamples(3600, sampling) + 1000;
    const times = Array.from({ length: n }, (_, i) => i);
    record(rec, times);
    const { timesSec, channels } = rec.finish();
    expect(Array.from(timesSec)).toEqual(times);
    expect(Array.from(channels.prolactinNgPerMl)).toEqual(times.map((t) => t * 2));
  });

  it('keeps the later of two samples at one instant', () => {
    const rec = new Recorder(3600, sampling);
    record(rec, [0, 5]);
    rec.row[CH.prolactinNgPerMl] = 99;
    rec.pushRow(5);
    const { timesSec, channels } = rec.finish();
    expect(Array.from(timesSec)).toEqual([0, 5]);
    expect(Array.from(channels.prolactinNgPerMl)).toEqual([0, 99]);
  });

  it('a run after another starts empty, and the first run’s trace is not changed by it', () => {
    const first = new Recorder(86_400, sampling);
    record(first, [0, 1, 2, 3]);
    const a = first.finish();
    const second = new Recorder(3600, sampling);
    record(second, [10, 20]);
    const b = second.finish();
    expect(Array.from(b.timesSec)).toEqual([10, 20]);
    expect(Array.from(b.channels.prolactinNgPerMl)).toEqual([20, 40]);
    expect(Array.from(a.timesSec)).toEqual([0, 1, 2, 3]);
    expect(Array.from(a.channels.prolactinNgPerMl)).toEqual([0, 2, 4, 6]);
  });
});
