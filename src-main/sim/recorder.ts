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
  constructor(readonly samples: number) {
    super(
      `the run would record about ${samples.toLocaleString('en-US')} samples, more than the limit of ${MAX_SAMPLES.toLocaleString('en-US')}; choose a coarser resolution (a larger resolutionSec) or a shorter run`,
    );
    this.name = 'SampleLimitError';
  }
}

/** Column index of each channel in a recorder row. */
export const CH = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<ChannelName, number>;

/** Working columns: the times, then one per channel, all of one length. */
interface Columns {
  cap: number;
  t: Float64Array;
  data: Float64Array[];
}

function allocColumns(cap: number): Columns {
  return { cap, t: new Float64Array(cap), data: NAMES.map(() => new Float64Array(cap)) };
}

/**
 * Columns of the last finished run, kept for the next: a trace is copied out at the end, so the
 * working columns can be reused instead of allocating (and zeroing) ~1.6 MB for each day-long run.
 * Kept only up to KEEP_BYTES so one huge run does not hold its memory for good. A run that throws
 * never returns them, and the next one allocates its own.
 */
let spare: Columns | null = null;
const KEEP_BYTES = 16e6;

function takeColumns(cap: number): Columns {
  const c = spare;
  spare = null;
  return c !== null && c.cap >= cap ? c : allocColumns(cap);
}

export class Recorder {
  private n = 0;
  private cols: Columns;

  /** The row written by pushRow, in CHANNELS order; reused for every sample. */
  readonly row = new Float64Array(NAMES.length);

  constructor(durationSec: number, sampling: Sampling) {
    // Sessions, cue periods and their tails take up to ~a third of the time on demand; sizing
    // for that avoids regrowing (copying every channel) during the run.
    this.cols = takeColumns(Math.max(64, estimateSamples(durationSec, sampling) + 256));
  }

  /** Appends the current row (see `row`) at this time, without allocating. */
  pushRow(time: number): void {
    if (this.n > 0 && this.cols.t[this.n - 1] === time) this.n--;
    if (this.n === this.cols.cap) this.grow();
    const { t, data } = this.cols;
    const n = this.n;
    t[n] = time;
    const row = this.row;
    for (let i = 0; i < row.length; i++) (data[i] as Float64Array)[n] = row[i] as number;
    this.n++;
  }

  private grow(): void {
    const old = this.cols;
    if (old.cap >= MAX_SAMPLES) throw new SampleLimitError(old.cap * 2);
    const cols = allocColumns(Math.min(MAX_SAMPLES, old.cap * 2));
    cols.t.set(old.t);
    old.data.forEach((d, i) => (cols.data[i] as Float64Array).set(d));
    this.cols = cols;
  }

  /** Times and channels, copied out at their length; the working columns go to the next run. */
  finish(): { timesSec: Float64Array; channels: Record<ChannelName, Float64Array> } {
    const { cap, t, data } = this.cols;
    const channels = {} as Record<ChannelName, Float64Array>;
    NAMES.forEach((name, i) => {
      channels[name] = (data[i] as Float64Array).slice(0, this.n);
    });
    const timesSec = t.slice(0, this.n);
    if (cap * (NAMES.length + 1) * 8 <= KEEP_BYTES) spare = this.cols;
    return { timesSec, channels };
  }
}
