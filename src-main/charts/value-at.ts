// Reading the trace at any model time (binary search + linear interpolation): hover read-outs,
// line markers and the comparison summary all use it.
import { bisectRight } from 'd3-array';
import type { ChannelName, Trace } from '../sim/trace';
import { makeSay, type Say } from './chart-words';
import { CHART_SPECS, type ChartName } from './chart-specs';

export function valueAt(trace: Trace, channel: ChannelName, timeSec: number): number {
  const times = trace.timesSec;
  const values = trace.channels[channel];
  const n = times.length;
  if (n === 0) return Number.NaN;
  const i = bisectRight(times, timeSec);
  if (i <= 0) return values[0] as number;
  if (i >= n) return values[n - 1] as number;
  const t0 = times[i - 1] as number;
  const t1 = times[i] as number;
  const v0 = values[i - 1] as number;
  const v1 = values[i] as number;
  return t1 === t0 ? v1 : v0 + ((v1 - v0) * (timeSec - t0)) / (t1 - t0);
}

export interface ReadOut {
  label: string;
  unit: string;
  value: number;
}

/** Every plotted series of a chart at one time, in display units (fullness in %). */
export function readOuts(
  trace: Trace,
  chart: ChartName,
  timeSec: number,
  say: Say = makeSay(),
): ReadOut[] {
  return CHART_SPECS[chart].panels.flatMap((panel) =>
    panel.series.map((s) => ({
      label:
        s.label === panel.label
          ? say(s.label)
          : `${say(s.label)} (${say(panel.label).toLowerCase()})`,
      unit: say(panel.unit),
      value: valueAt(trace, s.channel, timeSec) * (s.factor ?? 1),
    })),
  );
}
