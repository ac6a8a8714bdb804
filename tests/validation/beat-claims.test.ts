// A lesson beat shows what its caption claims: the chart it draws, over the stretch it draws
// (beatWindow, as on screen and in the handout), has the effect with a threshold. A claim about
// supply spans days; a claim within a feed spans the feed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beatWindow } from '../../src-main/charts/beat-window';
import type { ChannelName, Scenario, Trace } from '../../src-main/sim/index';
import { simulate } from '../../src-main/sim/simulate';

const root = join(import.meta.dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface Beat {
  caseId: string;
  atHours: number;
  untilHours?: number;
  caption: string;
  view: { charts: string[] };
}

/** The values of a channel inside the window the beat draws. */
function inWindow(trace: Trace, beat: Beat, channel: ChannelName): number[] {
  const [from, to] = beatWindow(beat, trace.durationSec);
  const out: number[] = [];
  trace.timesSec.forEach((t, i) => {
    if (t >= from && t <= to) out.push(trace.channels[channel][i] ?? 0);
  });
  return out;
}

const first = (xs: number[]) => xs[0] ?? NaN;
const last = (xs: number[]) => xs[xs.length - 1] ?? NaN;

interface BeatClaim {
  lesson: string;
  beat: number;
  chart: string;
  channel: ChannelName;
  /** True when the charted values show the caption's effect. */
  shows: (values: number[]) => boolean;
}

const BEAT_CLAIMS: BeatClaim[] = [
  {
    lesson: 'supply-and-demand',
    beat: 5,
    chart: 'supply',
    channel: 'supplyMlPerDay',
    shows: (v) => last(v) >= first(v) * 0.95,
  },
  {
    lesson: 'supply-and-demand',
    beat: 6,
    chart: 'supply',
    channel: 'supplyMlPerDay',
    shows: (v) => last(v) <= first(v) * 0.9,
  },
  {
    lesson: 'supply-and-demand',
    beat: 7,
    chart: 'supply',
    channel: 'supplyMlPerDay',
    shows: (v) => Math.min(...v) <= first(v) * 0.9,
  },
  {
    lesson: 'supply-and-demand',
    beat: 8,
    chart: 'supply',
    channel: 'supplyMlPerDay',
    shows: (v) => last(v) >= Math.min(...v) * 1.1,
  },
  {
    lesson: 'oversupply-block-feeding',
    beat: 5,
    chart: 'supply',
    channel: 'supplyMlPerDay',
    shows: (v) => last(v) <= first(v) * 0.9,
  },
  {
    lesson: 'let-down-reflex',
    beat: 6,
    chart: 'milk-fat',
    channel: 'leftFatGPerL',
    shows: (v) => Math.max(...v) >= first(v) * 1.2,
  },
  {
    lesson: 'when-things-go-wrong',
    beat: 2,
    chart: 'synthesis',
    channel: 'synthesisMlPerH',
    shows: (v) => Math.max(...v) >= 3 * first(v),
  },
  {
    lesson: 'when-things-go-wrong',
    beat: 5,
    chart: 'supply',
    channel: 'supplyMlPerDay',
    shows: (v) => last(v) <= first(v) * 0.9,
  },
];

const traces = new Map<string, Trace>();
function traceOf(caseId: string): Trace {
  let t = traces.get(caseId);
  if (t === undefined) {
    t = simulate(json(`resources/scenarios/${caseId.replace(/^b_/, '')}.json`) as Scenario);
    traces.set(caseId, t);
  }
  return t;
}

describe('each lesson beat charts what its caption claims, over the stretch it shows', () => {
  for (const c of BEAT_CLAIMS) {
    const lesson = json(`resources/lessons/${c.lesson}.json`) as { beats: Beat[] };
    const beat = lesson.beats[c.beat - 1];
    it(`${c.lesson} beat ${c.beat}: "${beat?.caption}"`, () => {
      expect(beat).toBeDefined();
      if (beat === undefined) return;
      expect(beat.view.charts).toContain(c.chart);
      const values = inWindow(traceOf(beat.caseId), beat, c.channel);
      expect(values.length).toBeGreaterThan(2);
      expect(
        c.shows(values),
        `${c.channel}: ${values
          .slice(0, 1)
          .concat(values.slice(-1))
          .map((x) => x.toFixed(1))
          .join(' → ')}`,
      ).toBe(true);
    });
  }
});
