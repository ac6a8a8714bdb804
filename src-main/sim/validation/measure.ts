// Measurements on a run, taken as the cited studies took them: per breastfeed (one breast, as
// Kent 2006 and Ramsay 2004 counted), per inter-feed interval (Cox 1996), plasma sampled every
// 2 min (Ueda 1994). Units: mL, minutes, seconds, pg/mL as named.
import type { Diagnostics } from '../summary';
import type { Trace } from '../trace';

export interface Run {
  trace: Trace;
  diagnostics: Diagnostics;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) * (x - m), 0) / (xs.length - 1));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) / 2;
  return ((s[Math.floor(i)] ?? NaN) + (s[Math.ceil(i)] ?? NaN)) / 2;
}

/** Value of a channel at time t (linear interpolation between samples). */
export function channelAt(trace: Trace, values: Float64Array, t: number): number {
  const ts = trace.timesSec;
  let lo = 0;
  let hi = ts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((ts[mid] ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  const t0 = ts[lo] ?? 0;
  const t1 = ts[hi] ?? t0;
  const v0 = values[lo] ?? 0;
  const v1 = values[hi] ?? v0;
  if (t <= t0) return v0;
  return t1 > t0 ? v0 + (v1 - v0) * Math.min(1, (t - t0) / (t1 - t0)) : v0;
}

/** Milk taken at each breastfeed (one breast of a session), mL. */
export function breastfeedVolumes(run: Run): number[] {
  const out: number[] = [];
  for (const s of run.diagnostics.sessions) {
    for (const side of ['left', 'right'] as const) {
      if (s.available[side] !== null && s.removed[side] > 1) out.push(s.removed[side]);
    }
  }
  return out;
}

/** Breastfeeds (one breast each) per 24 h. */
export function breastfeedsPerDay(run: Run): number {
  return (breastfeedVolumes(run).length * 86_400) / run.trace.durationSec;
}

/** Milk removed per 24 h over the last `days` of the run. */
export function removedPerDayAtEnd(run: Run, days: number): number {
  const end = run.trace.durationSec;
  return removedPerDayBetween(run, Math.max(0, end - days * 86_400), end);
}

/** Milk removed a day (infant and pump) between two times of a run, mL/day. */
export function removedPerDayBetween(run: Run, from: number, to: number): number {
  const ch = run.trace.channels.intakeCumulativeMl;
  const pumped = pumpedBetween(run, from, to);
  return (
    ((channelAt(run.trace, ch, to) - channelAt(run.trace, ch, from) + pumped) * 86_400) /
    (to - from)
  );
}

function pumpedBetween(run: Run, from: number, to: number): number {
  // Pump sessions are not infant intake: add what they removed inside the window.
  let ml = 0;
  for (const s of run.diagnostics.sessions) {
    if (s.kind === 'pump' && s.startSec >= from && s.startSec < to) ml += s.removedTotal;
  }
  return ml;
}

/** Supply (mL/day) at the end of the run. */
export function supplyAtEnd(run: Run): number {
  return run.trace.summary.supplyEndMlPerDay;
}

/**
 * Short-term synthesis per breast and interval (Cox 1996; Daly 1993): milk gained between the
 * end of one session and the start of the next, with the breast's fullness when it began.
 */
export function interFeedRates(
  run: Run,
): { side: 'left' | 'right'; fullness: number; rate: number }[] {
  const { trace } = run;
  const sessions = run.diagnostics.sessions;
  const out: { side: 'left' | 'right'; fullness: number; rate: number }[] = [];
  for (let i = 0; i + 1 < sessions.length; i++) {
    const a = sessions[i];
    const b = sessions[i + 1];
    if (a === undefined || b === undefined || a.endSec === null) continue;
    const span = b.startSec - a.endSec;
    if (span < 1800) continue;
    for (const side of ['left', 'right'] as const) {
      const stored = side === 'left' ? trace.channels.leftStoredMl : trace.channels.rightStoredMl;
      const duct = side === 'left' ? trace.channels.leftDuctMl : trace.channels.rightDuctMl;
      const full = side === 'left' ? trace.channels.leftFullness : trace.channels.rightFullness;
      const v0 = channelAt(trace, stored, a.endSec) + channelAt(trace, duct, a.endSec);
      const v1 = channelAt(trace, stored, b.startSec) + channelAt(trace, duct, b.startSec);
      out.push({
        side,
        fullness: channelAt(trace, full, a.endSec),
        rate: ((v1 - v0) * 3600) / span,
      });
    }
  }
  return out;
}

/**
 * Storage capacity as Kent 1999 and Daly 1993 measured it: the largest minus the smallest volume
 * of milk in one breast (alveoli and ducts) over a window, read before and after each feed as the
 * breast-volume measurements were taken, mL.
 */
export function storageCapacityAsMeasured(
  run: Run,
  side: 'left' | 'right',
  fromSec: number,
  toSec: number,
): number {
  const { trace } = run;
  const stored = side === 'left' ? trace.channels.leftStoredMl : trace.channels.rightStoredMl;
  const duct = side === 'left' ? trace.channels.leftDuctMl : trace.channels.rightDuctMl;
  const volumes: number[] = [];
  for (const s of run.diagnostics.sessions) {
    for (const t of [s.startSec, s.endSec]) {
      if (t !== null && t >= fromSec && t <= toSec) {
        volumes.push(channelAt(trace, stored, t) + channelAt(trace, duct, t));
      }
    }
  }
  return volumes.length < 2 ? NaN : Math.max(...volumes) - Math.min(...volumes);
}

/** The mean of both breasts' storage capacity as measured over a window, mL. */
export function meanStorageCapacityAsMeasured(run: Run, fromSec: number, toSec: number): number {
  return mean([
    storageCapacityAsMeasured(run, 'left', fromSec, toSec),
    storageCapacityAsMeasured(run, 'right', fromSec, toSec),
  ]);
}

/**
 * Oxytocin pulses as Ueda 1994 counted them: plasma sampled every 2 min from the start of
 * suckling; a pulse is a sample at least 25 % above the one before it and above 1.5 × basal
 * (detection rule: assumption, the paper's exact criterion is not reproduced here).
 */
export function pulsesBy2MinSampling(
  run: Run,
  fromSec: number,
  minutes: number,
  basal: number,
): number {
  const ch = run.trace.channels.oxytocinPgPerMl;
  let count = 0;
  let prev = channelAt(run.trace, ch, fromSec);
  for (let m = 2; m <= minutes; m += 2) {
    const v = channelAt(run.trace, ch, fromSec + m * 60);
    if (v >= prev * 1.25 && v > 1.5 * basal) count++;
    prev = v;
  }
  return count;
}

/** Durations of milk ejections (s), pairing each end with the start before it. */
export function ejectionDurations(run: Run): number[] {
  const out: number[] = [];
  let open: number | null = null;
  for (const e of run.trace.events) {
    if (e.kind === 'ejectionStart' && open === null) open = e.atSeconds;
    if (e.kind === 'ejectionEnd' && open !== null) {
      out.push(e.atSeconds - open);
      open = null;
    }
  }
  return out;
}

/**
 * Minutes from the end of each feed to prolactin's highest value between the feed's start and
 * 30 min after its end (Noel 1974 followed plasma prolactin through and after nursing).
 */
export function prolactinPeaksAfterFeedEnd(run: Run): number[] {
  const { timesSec, channels } = run.trace;
  const prl = channels.prolactinNgPerMl;
  const out: number[] = [];
  for (const s of run.diagnostics.sessions) {
    if (s.endSec === null) continue;
    let peak = -Infinity;
    let peakSec = s.endSec;
    for (let i = 0; i < timesSec.length; i++) {
      const t = timesSec[i] as number;
      if (t < s.startSec || t > s.endSec + 1800) continue;
      const v = prl[i] as number;
      if (v > peak) {
        peak = v;
        peakSec = t;
      }
    }
    out.push((peakSec - s.endSec) / 60);
  }
  return out;
}

/**
 * Squared correlation (r²) of y on x; NaN when either does not vary. Ramsay 2004 reported the
 * relation of milk intake to milk ejections per breastfeed as r².
 */
export function rSquared(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : NaN;
}
