// What the view precomputes once per trace: milk that has flowed per breast (to move milk along
// the ducts), release rates of the pituitary hormones (to light the gland), particle schedules.
import type { Trace } from '../../../src-main/sim/trace';
import { HORMONES, type HormoneName } from '../../lib/hormones';
import { cumulativeOfPerMinute } from '../../lib/traceSampling';
import { particleSchedule, type ParticleSchedule } from '../anatomy/particles';
import { numberEvents, type NumberedEvent } from '../timeline/events';

export interface Derived {
  flowedMl: { left: Float64Array; right: Float64Array };
  /** Secretion rate relative to its largest value in the run, 0..1. */
  releaseShare: { prolactin: Float64Array; oxytocin: Float64Array };
  schedules: Record<HormoneName, ParticleSchedule>;
  events: NumberedEvent[];
}

/** release = dC/dt + k·C (one-compartment balance), scaled to its maximum. */
function releaseShare(times: Float64Array, conc: Float64Array, halfLifeSec: number): Float64Array {
  const k = Math.LN2 / halfLifeSec;
  const out = new Float64Array(times.length);
  let max = 0;
  for (let i = 1; i < times.length; i++) {
    const dt = (times[i] ?? 0) - (times[i - 1] ?? 0);
    const c = conc[i] ?? 0;
    const rate = dt > 0 ? Math.max(0, (c - (conc[i - 1] ?? 0)) / dt + k * c) : 0;
    out[i] = rate;
    if (rate > max) max = rate;
  }
  if (max > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / max;
  return out;
}

export function derive(trace: Trace): Derived {
  const { timesSec: times, channels } = trace;
  const schedules = {} as Record<HormoneName, ParticleSchedule>;
  for (const h of HORMONES) schedules[h.name] = particleSchedule(times, channels[h.channel], h);
  const [prl, ot] = HORMONES;
  return {
    flowedMl: {
      left: cumulativeOfPerMinute(times, channels.leftFlowMlPerMin),
      right: cumulativeOfPerMinute(times, channels.rightFlowMlPerMin),
    },
    releaseShare: {
      prolactin: releaseShare(times, channels.prolactinNgPerMl, prl!.halfLifeSec),
      oxytocin: releaseShare(times, channels.oxytocinPgPerMl, ot!.halfLifeSec),
    },
    schedules,
    events: numberEvents(trace.events),
  };
}
