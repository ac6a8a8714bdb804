// The recorder on its own: every sample kept past its size estimate, one sample per instant.
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
    expect(Array.from(rec.times())).toEqual(times);
    const channels = rec.finish();
    expect(Array.from(channels.prolactinNgPerMl)).toEqual(times.map((t) => t * 2));
  });

  it('keeps the later of two samples at one instant', () => {
    const rec = new Recorder(3600, sampling);
    record(rec, [0, 5]);
    rec.row[CH.prolactinNgPerMl] = 99;
    rec.pushRow(5);
    expect(Array.from(rec.times())).toEqual([0, 5]);
    const channels = rec.finish();
    expect(Array.from(channels.prolactinNgPerMl)).toEqual([0, 99]);
  });
});
