// Samples the state into typed arrays: finely around sessions, coarsely between them.
// Units: seconds for times; channel units as in trace.ts CHANNELS.
import { CHANNELS, type ChannelName } from './trace';

export interface Sampling {
  /** Sample spacing during sessions, cue periods and the minutes after. */
  sessionSec: number;
  /** Sample spacing between sessions. */
  gapSec: number;
}

/**
 * Keeps traces small: a day is sampled every 5 s in sessions, a month every minute in sessions,
 * and runs longer than 30 days hourly throughout (a 15-min feed is below the resolution of a
 * months-long chart; ~0.75 MB of channels for 180 days). Events stay exact whatever the sampling.
 */
export function samplingFor(durationSec: number, resolutionSec: number | undefined): Sampling {
  const days = durationSec / 86_400;
  const auto: Sampling =
    days <= 2
      ? { sessionSec: 5, gapSec: 300 }
      : days <= 7
        ? { sessionSec: 15, gapSec: 600 }
        : days <= 30
          ? { sessionSec: 60, gapSec: 900 }
          : { sessionSec: 3600, gapSec: 3600 };
  if (resolutionSec === undefined) return auto;
  return { sessionSec: resolutionSec, gapSec: Math.max(resolutionSec, auto.gapSec) };
}

const NAMES = Object.keys(CHANNELS) as ChannelName[];

/** The most samples one run may record (about 200 MB of channels); beyond it, choose a coarser resolution. */
export const MAX_SAMPLES = 2_000_000;

/** Samples a run will record, estimated as the recorder sizes itself. */
export function estimateSamples(durationSec: number, sampling: Sampling): number {
  return (
    Math.ceil(durationSec / sampling.gapSec) + Math.ceil((0.35 * durationSec) / sampling.sessionSec)
  );
}

export class SampleLimitError extends Error {
  /** `samples` is the estimate made before a run, or the limit itself when a run met it midway. */
  constructor(readonly samples: number) {
    const count =
      samples > MAX_SAMPLES ? `about ${samples.toLocaleString('en-US')} samples` : 'more samples';
    super(
      `the run would record ${count}, more than the limit of ${MAX_SAMPLES.toLocaleString('en-US')}; choose a coarser resolution (a larger resolutionSec) or a shorter run`,
    );
    this.name = 'SampleLimitError';
  }
}

/** Column index of each channel in a recorder row. */
export const CH = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<ChannelName, number>;

export class Recorder {
  private n = 0;
  private cap: number;
  private t: Float64Array;
  private data: Float64Array[];

  /** The row written by pushRow, in CHANNELS order; reused for every sample. */
  readonly row = new Float64Array(NAMES.length);

  constructor(durationSec: number, sampling: Sampling) {
    // Sessions, cue periods and their tails take up to ~a third of the time on demand; sizing
    // for that avoids regrowing (copying every channel) during the run.
    this.cap = Math.max(64, estimateSamples(durationSec, sampling) + 256);
    this.t = new Float64Array(this.cap);
    this.data = NAMES.map(() => new Float64Array(this.cap));
  }

  /** Appends the current row (see `row`) at this time, without allocating. */
  pushRow(time: number): void {
    // Two samples at the same instant: keep the later state.
    if (this.n > 0 && this.t[this.n - 1] === time) this.n--;
    if (this.n === this.cap) this.grow();
    this.t[this.n] = time;
    const row = this.row;
    const data = this.data;
    const n = this.n;
    for (let i = 0; i < row.length; i++) (data[i] as Float64Array)[n] = row[i] as number;
    this.n++;
  }

  private grow(): void {
    if (this.cap >= MAX_SAMPLES) throw new SampleLimitError(MAX_SAMPLES);
    this.cap = Math.min(MAX_SAMPLES, this.cap * 2);
    const t = new Float64Array(this.cap);
    t.set(this.t);
    this.t = t;
    this.data = this.data.map((d) => {
      const nd = new Float64Array(this.cap);
      nd.set(d);
      return nd;
    });
  }

  times(): Float64Array {
    return this.t.slice(0, this.n);
  }

  finish(): Record<ChannelName, Float64Array> {
    const out = {} as Record<ChannelName, Float64Array>;
    NAMES.forEach((name, i) => {
      out[name] = (this.data[i] as Float64Array).slice(0, this.n);
    });
    return out;
  }
}
