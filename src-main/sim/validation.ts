// Validation targets V1–V12 of model.md: runs scenarios through the engine and compares.
// Verdict (Pulse style): a target given as a range counts 0 % when inside it, otherwise the
// distance to the nearest bound relative to that bound; ≤ 10 % green, ≤ 30 % yellow, > 30 % red.
import { mulberry32, normal, uniform } from './prng';
import type { Scenario } from './scenario';
import { runModel } from './simulate';
import type { Diagnostics } from './summary';
import type { Trace } from './trace';

export type Verdict = 'green' | 'yellow' | 'red' | 'right trend' | 'wrong trend';

export interface TargetResult {
  id: string;
  quantity: string;
  target: string;
  model: string;
  differencePct: number | null;
  verdict: Verdict;
  source: string;
}

function base(over: Partial<Scenario> = {}): Scenario {
  return {
    schema: 'lactasim/scenario@1',
    name: 'validation',
    start: { postpartumHours: 1008 },
    durationHours: 48,
    mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
    feeding: { plan: 'onDemand', pattern: 'alternate', seed: 7 },
    ...over,
  };
}

function rangeCheck(value: number, lo: number, hi: number): { pct: number; verdict: Verdict } {
  const pct = value < lo ? ((lo - value) / lo) * 100 : value > hi ? ((value - hi) / hi) * 100 : 0;
  return { pct, verdict: pct <= 10 ? 'green' : pct <= 30 ? 'yellow' : 'red' };
}

function row(
  id: string,
  quantity: string,
  target: string,
  value: number | null,
  lo: number,
  hi: number,
  source: string,
  digits = 0,
): TargetResult {
  if (value === null) {
    return { id, quantity, target, model: '—', differencePct: null, verdict: 'red', source };
  }
  const { pct, verdict } = rangeCheck(value, lo, hi);
  return {
    id,
    quantity,
    target,
    model: value.toFixed(digits),
    differencePct: pct,
    verdict,
    source,
  };
}

function trend(
  id: string,
  quantity: string,
  target: string,
  model: string,
  ok: boolean,
  source: string,
): TargetResult {
  return {
    id,
    quantity,
    target,
    model,
    differencePct: null,
    verdict: ok ? 'right trend' : 'wrong trend',
    source,
  };
}

export interface PopulationSpread {
  mothers: number;
  min: number;
  p5: number;
  median: number;
  p95: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] ?? a;
  return a + (b - a) * (i - lo);
}

/**
 * Simulated mothers with parameters drawn from the cited ranges: storage capacity (Kent 1999,
 * 74–382 mL, lognormal around 210), infant appetite (Kent 2006: 478–1356 mL/day, mean ~800),
 * feeds per day (Kent 2006: 11 ± 3), age 1–6 months. Returns 24-h milk removed.
 */
export function populationRun(mothers = 200, seed = 2024): PopulationSpread {
  const rand = mulberry32(seed);
  const values: number[] = [];
  for (let i = 0; i < mothers; i++) {
    const cap = () => Math.min(606, Math.max(74, 210 * Math.exp(normal(rand, 0, 0.3))));
    const appetite = Math.min(1400, Math.max(450, normal(rand, 800, 190)));
    const feeds = Math.min(18, Math.max(6, normal(rand, 11, 3)));
    const scenario = base({
      name: `mother ${i}`,
      start: { postpartumHours: Math.round(uniform(rand, 30, 180) * 24) },
      durationHours: 24,
      mother: {
        storageCapacityMl: { left: Math.round(cap()), right: Math.round(cap()) },
        supplyMlPerDay: Math.round(appetite * uniform(rand, 0.9, 1.1)),
        conditions: [],
      },
      infant: { appetiteMlPerDay: Math.round(appetite) },
      feeding: { plan: 'onDemand', pattern: 'alternate', intervalHours: 24 / feeds, seed: i + 1 },
    });
    values.push(runModel(scenario).trace.summary.milkRemovedPer24hMl);
  }
  values.sort((a, b) => a - b);
  return {
    mothers,
    min: values[0] ?? 0,
    p5: quantile(values, 0.05),
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    max: values[values.length - 1] ?? 0,
  };
}

/** Value of a trace channel at time t (linear interpolation between samples). */
function channelAt(trace: Trace, values: Float64Array, t: number): number {
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
  return t1 > t0 ? v0 + ((v1 - v0) * Math.min(1, Math.max(0, t - t0))) / (t1 - t0) : v0;
}

/**
 * Short-term synthesis per breast and inter-feed interval (Cox 1996; Daly 1993): milk gained
 * between the end of one feed and the start of the next (no removal in between), in mL/h, with
 * the breast's fullness when the interval began (its degree of emptying).
 */
export function interFeedRates(run: {
  trace: Trace;
  diagnostics: Diagnostics;
}): { side: 'left' | 'right'; fullness: number; rate: number }[] {
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

export function runValidation(options: { populationSize?: number } = {}): {
  results: TargetResult[];
  population: PopulationSpread;
} {
  const results: TargetResult[] = [];
  const typical = runModel(base());
  const s = typical.trace.summary;
  results.push(
    row(
      'V1',
      '24-h milk removed, on demand at 6 weeks',
      '800 ± 100 mL',
      s.milkRemovedPer24hMl,
      700,
      900,
      'Kent 2006; Cox 1996',
    ),
  );
  const population = populationRun(options.populationSize ?? 200);
  results.push(
    row(
      'V1b',
      'population minimum 24-h removal',
      '~450 mL',
      population.min,
      405,
      495,
      'Kent 2006; Michaelsen 1994',
    ),
  );
  results.push(
    row(
      'V1c',
      'population maximum 24-h removal',
      '~1400 mL',
      population.max,
      1260,
      1540,
      'Kent 2006; Michaelsen 1994',
    ),
  );

  const m1 = runModel(base({ start: { postpartumHours: 720 } })).trace.summary.milkRemovedPer24hMl;
  const m6 = runModel(base({ start: { postpartumHours: 4320 } })).trace.summary.milkRemovedPer24hMl;
  results.push(
    row(
      'V2',
      '24-h production 6 months vs 1 month',
      'ratio 1.00 ± 0.10',
      m6 / m1,
      0.9,
      1.1,
      'Cox 1996; Kent 2013',
      2,
    ),
  );
  results.push(
    row(
      'V3',
      'feeds per 24 h on demand',
      '11 ± 3',
      (s.feeds * 24 * 3600) / typical.trace.durationSec,
      8,
      14,
      'Kent 2006',
      1,
    ),
  );

  const single: number[] = [];
  for (const st of typical.diagnostics.sessions) {
    for (const side of ['left', 'right'] as const)
      if (st.removed[side] > 5) single.push(st.removed[side]);
  }
  const perBreast = single.length > 0 ? single.reduce((a, b) => a + b, 0) / single.length : null;
  results.push(
    row('V4', 'milk per single-breast feed', '76 ± 15 mL', perBreast, 61, 91, 'Kent 2006'),
  );
  results.push(
    row(
      'V5',
      'share of available milk removed per feed',
      '67 ± 10 %',
      (s.removedFractionPerFeed ?? 0) * 100,
      57,
      77,
      'Kent 2006; Daly 1993',
    ),
  );
  results.push(
    row(
      'V6',
      'short-term synthesis per breast',
      '23 ± 8 mL/h',
      s.meanSynthesisRateMlPerHour / 2,
      15,
      31,
      'Cox 1996',
      1,
    ),
  );

  // V6 trend, measured as Cox 1996 and Daly 1993 did: the short-term synthesis rate of a breast
  // over one inter-feed interval (volume gained ÷ interval, computerised breast measurement),
  // compared between intervals that start from a well-emptied breast and from a fuller one.
  const rates = interFeedRates(typical);
  const sorted = [...rates].sort((x, y) => x.fullness - y.fullness);
  const half = Math.floor(sorted.length / 2);
  const meanRate = (xs: { rate: number }[]): number =>
    xs.length > 0 ? xs.reduce((acc, x) => acc + x.rate, 0) / xs.length : 0;
  const emptier = meanRate(sorted.slice(0, half));
  const fuller = meanRate(sorted.slice(sorted.length - half));
  results.push(
    trend(
      'V6b',
      'synthesis faster when emptier',
      'after fuller emptying > after less (per interval)',
      `${emptier.toFixed(1)} vs ${fuller.toFixed(1)} mL/h (n=${rates.length})`,
      rates.length >= 8 && emptier > fuller,
      'Daly 1993; Cox 1996',
    ),
  );

  const small = runModel(
    base({ mother: { storageCapacityMl: { left: 74, right: 74 }, conditions: [] } }),
  );
  const large = runModel(
    base({ mother: { storageCapacityMl: { left: 606, right: 606 }, conditions: [] } }),
  );
  results.push(
    trend(
      'V7',
      'storage capacity default 210, accepts 74–606',
      'runs at 74 and 606 mL',
      `${small.trace.summary.milkRemovedPer24hMl.toFixed(0)} / ${large.trace.summary.milkRemovedPer24hMl.toFixed(0)} mL/24 h`,
      small.trace.summary.milkRemovedPer24hMl > 0 && large.trace.summary.milkRemovedPer24hMl > 0,
      'Kent 1999',
    ),
  );

  results.push(
    row(
      'V8a',
      'milk ejections per breastfeed',
      '2.5 ± 1.5',
      s.ejectionsPerFeed,
      1,
      4,
      'Ramsay 2004',
      1,
    ),
  );
  const pump = runModel(
    base({
      durationHours: 1,
      feeding: {
        plan: 'explicit',
        events: [{ atMinutes: 5, kind: 'pump', side: 'both', durationMinutes: 15 }],
        seed: 5,
      },
    }),
  );
  results.push(
    row(
      'V8b',
      'milk ejections per 15-min double pumping',
      '4–6',
      pump.trace.summary.ejectionsPerFeed,
      4,
      6,
      'Prime 2011',
      1,
    ),
  );
  // Ejections are systemic (one oxytocin level): pair each end with the latest start.
  const durations: number[] = [];
  let open: number | null = null;
  for (const e of typical.trace.events) {
    if (e.kind === 'ejectionStart' && open === null) open = e.atSeconds;
    if (e.kind === 'ejectionEnd' && open !== null) {
      durations.push(e.atSeconds - open);
      open = null;
    }
  }
  const dMin = durations.length ? Math.min(...durations) : null;
  const dMax = durations.length ? Math.max(...durations) : null;
  results.push(
    row('V8c', 'shortest ejection', '≥ 45 s', dMin, 45, 210, 'Gardner 2015; Ramsay 2004'),
  );
  results.push(
    row('V8d', 'longest ejection', '≤ 210 s', dMax, 45, 210, 'Gardner 2015; Ramsay 2004'),
  );

  results.push(
    row(
      'V9',
      'mean milk fat (volume-weighted)',
      '41 ± 8 g/L',
      typical.diagnostics.volumeWeightedFatGPerL,
      33,
      49,
      'Kent 2006',
      1,
    ),
  );
  results.push(
    trend(
      'V9b',
      'fat rises from start to end of feed',
      'end > start',
      `${(s.fatStartGPerL ?? 0).toFixed(0)} → ${(s.fatEndGPerL ?? 0).toFixed(0)} g/L`,
      (s.fatEndGPerL ?? 0) > (s.fatStartGPerL ?? 0),
      'Daly 1993b',
    ),
  );
  results.push(
    row(
      'V10a',
      'prolactin fold rise',
      '2–8.5 ×',
      s.prolactinFoldRise,
      2,
      8.5,
      'Noel 1974; Cox 1996',
      2,
    ),
  );
  results.push(
    row(
      'V10b',
      'prolactin peak after feed start',
      '10–45 min',
      s.prolactinPeakMinutesAfterFeedStart,
      10,
      45,
      'Noel 1974',
      1,
    ),
  );
  const b1 = runModel(base({ start: { postpartumHours: 720 }, durationHours: 24 })).trace;
  const b6 = runModel(base({ start: { postpartumHours: 4320 }, durationHours: 24 })).trace;
  const basal = (tr: typeof b1): number =>
    tr.channels.prolactinNgPerMl.length > 0 ? Math.min(...tr.channels.prolactinNgPerMl) : 0;
  results.push(
    trend(
      'V10c',
      'basal prolactin falls 1 → 6 months',
      'falls (119 → 59)',
      `${basal(b1).toFixed(0)} → ${basal(b6).toFixed(0)} ng/mL`,
      basal(b6) < basal(b1),
      'Cox 1996',
    ),
  );

  const newborn = (conditions: Scenario['mother']['conditions']): Scenario =>
    base({
      start: { postpartumHours: 0 },
      durationHours: 240,
      mother: { storageCapacityMl: { left: 210, right: 210 }, conditions },
    });
  const control = runModel(newborn([])).trace.summary.milkRemovedMl;
  const sheehan = runModel(newborn([{ kind: 'sheehanSyndrome', severity: 0.8 }])).trace.summary
    .milkRemovedMl;
  results.push(
    row(
      'V11',
      'Sheehan 0.8: milk removed vs control',
      '< 20 %',
      (sheehan / control) * 100,
      0,
      20,
      'Sheehan: failure to lactate',
      1,
    ),
  );
  const retained = runModel(newborn([{ kind: 'retainedPlacenta', removedAtHours: 144 }])).trace
    .summary;
  const onset = retained.lactogenesisIIOnsetHours;
  results.push(
    trend(
      'V12',
      'retained placenta removed day 6',
      'milk comes in after 144 h',
      onset === null ? 'never' : `${onset.toFixed(0)} h`,
      onset !== null && onset > 144,
      'case reports',
    ),
  );
  return { results, population };
}

export function formatValidationTable(
  results: TargetResult[],
  population: PopulationSpread,
): string {
  const head = ['#', 'quantity', 'target', 'model', 'diff', 'verdict'];
  const rows = results.map((r) => [
    r.id,
    r.quantity,
    r.target,
    r.model,
    r.differencePct === null ? '' : `${r.differencePct.toFixed(0)} %`,
    r.verdict,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `population (${population.mothers} mothers), 24-h milk removed: min ${population.min.toFixed(0)}, p5 ${population.p5.toFixed(0)}, median ${population.median.toFixed(0)}, p95 ${population.p95.toFixed(0)}, max ${population.max.toFixed(0)} mL`,
  ].join('\n');
}
