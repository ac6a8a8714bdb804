// Engine benchmark: median run times and trace sizes. `npx tsx scripts/bench-sim.ts` prints JSON.
import { pathToFileURL } from 'node:url';
import { simulate, type Scenario, type Trace } from '../src-main/sim/index';

function scenario(
  hours: number,
  feeding: Scenario['feeding'] = { plan: 'onDemand', seed: 1 },
  postpartumHours = 1008,
): Scenario {
  return {
    schema: 'lactasim/scenario@1',
    name: 'bench',
    start: { postpartumHours },
    durationHours: hours,
    feeding,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Median of `runs` after `warmups` unmeasured runs. Short runs take 20 warm-ups: V8 optimises the
 * loop only after a few runs, and the live view, which reruns the engine on every edit in one
 * worker, is in that warm state after its first edits. The first run of all is reported apart.
 */
function time(s: Scenario, runs: number, warmups = 1): { ms: number; trace: Trace } {
  const times: number[] = [];
  let trace = simulate(s);
  for (let i = 1; i < warmups; i++) trace = simulate(s);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    trace = simulate(s);
    times.push(performance.now() - t0);
  }
  return { ms: Math.round(median(times) * 100) / 100, trace };
}

function traceBytes(t: Trace): number {
  let bytes = t.timesSec.byteLength;
  for (const ch of Object.values(t.channels)) bytes += ch.byteLength;
  return bytes + JSON.stringify(t.events).length;
}

export async function benchSim(): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  simulate(scenario(24));
  const firstDayMs = Math.round((performance.now() - t0) * 100) / 100;
  const feed = time(
    scenario(20 / 60, {
      plan: 'explicit',
      events: [{ atMinutes: 0, kind: 'latch', side: 'left', durationMinutes: 20 }],
      seed: 1,
    }),
    9,
    20,
  );
  const day = time(scenario(24), 9, 20);
  const d30 = time(scenario(24 * 30), 3);
  const d180 = time(scenario(24 * 180), 3);
  // Birth to 24 months: lactogenesis, exclusive breastfeeding, complementary foods.
  const m24 = time(scenario(24 * 730, { plan: 'onDemand', seed: 1 }, 0), 3);
  return {
    targets: { dayMs: 10, days180Ms: 500, months24Ms: 1500 },
    /** The first run in a fresh process: loading and compiling the engine included. */
    firstDayMs,
    feed20minMs: feed.ms,
    dayMs: day.ms,
    days30Ms: d30.ms,
    days180Ms: d180.ms,
    months24Ms: m24.ms,
    traceBytes: {
      feed20min: traceBytes(feed.trace),
      day: traceBytes(day.trace),
      days30: traceBytes(d30.trace),
      days180: traceBytes(d180.trace),
      months24: traceBytes(m24.trace),
    },
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    // resourceUsage().maxRSS is in kilobytes: the true peak of the process.
    peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchSim().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
