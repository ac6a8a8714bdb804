// Reading a trace at any model time: one binary search per frame, then linear interpolation of
// every channel between the two neighbouring samples. Units are those of the channels (trace.ts).
import type { ChannelName, Trace } from '../../src-main/sim/trace';

/** Index i of the sample at or before `t` (clamped so that i + 1 is a valid sample). */
export function sampleIndex(times: Float64Array, t: number): number {
  const n = times.length;
  if (n < 2 || t <= (times[0] ?? 0)) return 0;
  if (t >= (times[n - 1] ?? 0)) return n - 2;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Where `t` falls: the sample before it and the weight of the sample after it (0..1). */
export interface SamplePoint {
  index: number;
  weight: number;
}

export function samplePoint(times: Float64Array, t: number): SamplePoint {
  const index = sampleIndex(times, t);
  const t0 = times[index] ?? 0;
  const t1 = times[index + 1] ?? t0;
  const weight = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
  return { index, weight };
}

export function valueAt(series: Float64Array, point: SamplePoint): number {
  const a = series[point.index] ?? 0;
  const b = series[point.index + 1] ?? a;
  return a + (b - a) * point.weight;
}

export type ChannelValues = Record<ChannelName, number>;

/** Every channel of `trace` at model time `t` (seconds), clamped to the run. */
export function sampleChannels(trace: Trace, t: number): ChannelValues {
  const point = samplePoint(trace.timesSec, t);
  const out = {} as ChannelValues;
  for (const name of Object.keys(trace.channels) as ChannelName[]) {
    out[name] = valueAt(trace.channels[name], point);
  }
  return out;
}

/**
 * Running integral of a per-minute rate (e.g. mL/min → mL) by the trapezoid rule, so a view can
 * move milk along a duct by exactly the volume that flowed.
 */
export function cumulativeOfPerMinute(times: Float64Array, ratePerMin: Float64Array): Float64Array {
  const out = new Float64Array(times.length);
  for (let i = 1; i < times.length; i++) {
    const dt = (times[i] ?? 0) - (times[i - 1] ?? 0);
    const mean = ((ratePerMin[i] ?? 0) + (ratePerMin[i - 1] ?? 0)) / 2;
    out[i] = (out[i - 1] ?? 0) + (mean * dt) / 60;
  }
  return out;
}
