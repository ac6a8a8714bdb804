// Hormone particles derived from the trace, never canned: a particle is born at the pituitary
// (or placenta) for every `perParticle` of hormone secreted, and clears with the hormone's
// half-life, so the particles present at any moment stand for the plasma concentration and the
// stream leaving the gland follows the release rate. Secretion is recovered from concentration
// by the one-compartment balance  release = dC/dt + k·C,  k = ln 2 / half-life.
import type { HormoneInfo } from '../../lib/hormones';
import { hash01 } from './polyline';

/** Pituitary-to-breast circulation time in model seconds (arm-to-tongue times are ~10–20 s). */
export const TRANSIT_SEC = 20;
/** Particles born over a whole run are capped; beyond it clearance is drawn slower. */
const BUDGET = 20000;

export interface ParticleSchedule {
  births: Float64Array;
  lives: Float64Array;
  maxLifeSec: number;
}

/** Particles born between two samples: release over the step, in units of one particle. */
function released(times: Float64Array, conc: Float64Array, i: number, k: number): number {
  const t0 = times[i - 1] ?? 0;
  const t1 = times[i] ?? t0;
  const c0 = conc[i - 1] ?? 0;
  const c1 = conc[i] ?? 0;
  return Math.max(0, c1 - c0 + (k * (c0 + c1) * (t1 - t0)) / 2);
}

/**
 * How many particles are born over the run (those in the blood at t = 0 included), counted per
 * step without placing them; the count stops growing once past twice the budget.
 */
function emissionCount(
  times: Float64Array,
  conc: Float64Array,
  perParticle: number,
  k: number,
): number {
  let count = Math.max(0, Math.round((conc[0] ?? 0) / perParticle));
  let pending = 0;
  for (let i = 1; i < times.length; i++) {
    const r = released(times, conc, i, k);
    if (r <= 0) continue;
    const before = pending;
    pending += r / perParticle;
    // Births n = ceil(before), …, floor(pending): one per whole particle released.
    count += Math.max(0, Math.floor(pending) - Math.ceil(before + 1e-9) + 1);
    if (count > BUDGET * 2) break;
  }
  return count;
}

/** The first `count` birth times, in order: each whole particle at its share of the step. */
function emissions(
  times: Float64Array,
  conc: Float64Array,
  perParticle: number,
  k: number,
  count: number,
): Float64Array {
  const births = new Float64Array(count);
  let j = 0;
  // Particles already in the blood at t = 0, born before the run.
  const initial = Math.round((conc[0] ?? 0) / perParticle);
  for (; j < initial && j < count; j++) births[j] = -TRANSIT_SEC - 1;
  let pending = 0;
  for (let i = 1; i < times.length && j < count; i++) {
    const r = released(times, conc, i, k);
    if (r <= 0) continue;
    const t0 = times[i - 1] ?? 0;
    const t1 = times[i] ?? t0;
    const before = pending;
    pending += r / perParticle;
    for (let n = Math.ceil(before + 1e-9); n <= pending && j < count; n++) {
      births[j++] = t0 + ((n - before) / (pending - before)) * (t1 - t0);
    }
  }
  return births;
}

export function particleSchedule(
  times: Float64Array,
  conc: Float64Array,
  hormone: Pick<HormoneInfo, 'halfLifeSec' | 'perParticle'>,
): ParticleSchedule {
  let k = Math.LN2 / hormone.halfLifeSec;
  // Counted first, so the births are written once into an array of the right size.
  let count = emissionCount(times, conc, hormone.perParticle, k);
  if (count > BUDGET) {
    k *= BUDGET / count;
    count = emissionCount(times, conc, hormone.perParticle, k);
  }
  const births = emissions(times, conc, hormone.perParticle, k, count);
  const maxLifeSec = 5 * (Math.LN2 / k);
  const lives = new Float64Array(births.length);
  for (let i = 0; i < births.length; i++) {
    // Exponential lifetimes: the population clears with the hormone's half-life.
    lives[i] = Math.min(maxLifeSec, -Math.log(1 - hash01(i, 31)) / k);
  }
  return { births, lives, maxLifeSec };
}

export interface LiveParticle {
  id: number;
  /** 0..1 along the bloodstream while travelling; 1 once in the breast. */
  travel: number;
  /** Seconds since arrival in the breast (0 while travelling). */
  sinceArrival: number;
}

/** Particles alive at model time `t`: one binary search, then a short scan. */
export function liveParticles(schedule: ParticleSchedule, t: number, cap = 80): LiveParticle[] {
  const { births, lives } = schedule;
  const from = t - schedule.maxLifeSec - TRANSIT_SEC;
  let lo = 0;
  let hi = births.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((births[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: LiveParticle[] = [];
  for (let i = lo; i < births.length; i++) {
    const born = births[i] ?? 0;
    if (born > t) break;
    const age = t - born;
    if (age >= (lives[i] ?? 0) + TRANSIT_SEC) continue;
    out.push({
      id: i,
      travel: Math.min(1, age / TRANSIT_SEC),
      sinceArrival: Math.max(0, age - TRANSIT_SEC),
    });
  }
  // Keep the newest when there are more than can be drawn legibly.
  return out.length > cap ? out.slice(out.length - cap) : out;
}
