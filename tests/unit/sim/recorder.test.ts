// The recorder on its own: every sample kept past its size estimate, one sample per instant, and
// the engine's sample limit, both where a run is sized up front and where the recorder grows.
import { describe, expect, it } from 'vitest';
import {
  CH,
  MAX_SAMPLES,
  Recorder,
  SampleLimitError,
  estimateSamples,
  samplingFor,
} from '../../../src-main/sim/recorder';
import { simulate } from '../../../src-main/sim/index';

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

  it('keeps samples up to the limit and refuses the next one with the limit named', () => {
    // Sized for a tenth of the limit, so it grows to the limit on the way.
    const rec = new Recorder(MAX_SAMPLES / 10, { sessionSec: 1, gapSec: 1 });
    let kept = 0;
    let refused: unknown = null;
    try {
      while (kept <= MAX_SAMPLES) rec.pushRow(kept++);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(SampleLimitError);
    expect(String((refused as Error).message)).toContain(
      'would record more samples, more than the limit of 2,000,000',
    );
    expect(rec.times().length).toBe(MAX_SAMPLES);
  });

  it('refuses a run estimated past the limit before running it, naming the way round', () => {
    const durationHours = 17_520;
    const estimate = estimateSamples(durationHours * 3600, samplingFor(durationHours * 3600, 0.5));
    expect(estimate).toBeGreaterThan(MAX_SAMPLES);
    const run = () =>
      simulate(
        {
          schema: 'lactasim/scenario@1',
          name: 'two years, every half second',
          start: { postpartumHours: 1008 },
          durationHours,
          mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
          feeding: { plan: 'onDemand', seed: 1 },
        },
        { resolutionSec: 0.5 },
      );
    expect(run).toThrow(SampleLimitError);
    expect(run).toThrow(/choose a coarser resolution .* or a shorter run/);
  });
});
