// A lesson beat shows what its caption claims: the chart it draws, over the stretch it draws
// (beatWindow, as on screen and in the handout), has the effect with a threshold. A claim about
// supply spans days; a claim within a feed spans the feed. Each claim finds its beat by lesson and
// caption, so rewording or moving a beat fails here; and every beat of every built-in lesson is
// either claimed here or listed, with the reason, among the beats that claim no effect; and every
// sentence of every beat's speaker notes is covered as note-sentences.ts lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beatWindow } from '../../src-main/charts/beat-window';
import {
  DAYS_CHARTS,
  FEEDS_CHART_MAX_HOURS,
  type ChartName,
} from '../../src-main/charts/chart-specs';
import type { ChannelName, EventKind, Scenario, SimEvent, Trace } from '../../src-main/sim/index';
import { PARAMETERS } from '../../src-main/sim/parameters';
import type { SessionStats } from '../../src-main/sim/summary';
import { TARGETS } from '../../src-main/sim/validation/index';
import { cachedRun } from '../fixtures/model-runs';
import { NOTE_SENTENCES, noteSentences } from './note-sentences';
import { supplyChange, type Supply } from './supply-change';

const root = join(import.meta.dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface Beat {
  caseId: string;
  atHours: number;
  untilHours?: number;
  caption: string;
  notes?: string;
  view: { charts: string[] };
}

const LESSONS = (json('resources/lessons/index.json') as string[]).map((slug) => ({
  slug,
  beats: (json(`resources/lessons/${slug}.json`) as { beats: Beat[] }).beats,
}));

const scenarioOf = (caseId: string): Scenario =>
  json(`resources/scenarios/${caseId.replace(/^b_/, '')}.json`) as Scenario;

const run = cachedRun;

/** What a beat's charts draw: the run of its case between `from` and `to` (seconds). */
class Stretch {
  readonly trace: Trace;
  readonly sessions: SessionStats[];
  constructor(
    readonly scenario: Scenario,
    readonly from: number,
    readonly to: number,
  ) {
    const r = run(scenario);
    this.trace = r.trace;
    this.sessions = r.diagnostics.sessions.filter((s) => s.startSec >= from && s.startSec <= to);
  }
  /** The values of a channel inside the stretch. */
  values(channel: ChannelName, from = this.from, to = this.to): number[] {
    const out: number[] = [];
    this.trace.timesSec.forEach((t, i) => {
      if (t >= from && t <= to) out.push(this.trace.channels[channel][i] ?? 0);
    });
    return out;
  }
  /** The value of a channel at time t (the last sample at or before it). */
  at(channel: ChannelName, t: number): number {
    let v = this.trace.channels[channel][0] ?? 0;
    this.trace.timesSec.forEach((x, i) => {
      if (x <= t) v = this.trace.channels[channel][i] ?? 0;
    });
    return v;
  }
  events(kind: EventKind): SimEvent[] {
    return this.trace.events.filter(
      (e) => e.kind === kind && e.atSeconds >= this.from && e.atSeconds <= this.to,
    );
  }
  /** mL that left both breasts between from and to (the flow chart's area). */
  removed(from = this.from, to = this.to): number {
    const t = this.trace.timesSec;
    let ml = 0;
    for (let i = 1; i < t.length; i++) {
      const x = t[i] ?? 0;
      if (x <= from || x > to) continue;
      const flow =
        (this.trace.channels.leftFlowMlPerMin[i] ?? 0) +
        (this.trace.channels.rightFlowMlPerMin[i] ?? 0);
      ml += (flow * (x - (t[i - 1] ?? 0))) / 60;
    }
    return ml;
  }
  /** Fat of the milk removed in the stretch, weighted by volume (g/L). */
  fatOfMilkRemoved(): number {
    const t = this.trace.timesSec;
    const c = this.trace.channels;
    let fat = 0;
    let ml = 0;
    for (let i = 1; i < t.length; i++) {
      const x = t[i] ?? 0;
      if (x <= this.from || x > this.to) continue;
      const dt = (x - (t[i - 1] ?? 0)) / 60;
      for (const [flow, f] of [
        [c.leftFlowMlPerMin, c.leftFatGPerL],
        [c.rightFlowMlPerMin, c.rightFatGPerL],
      ] as const) {
        const v = (flow[i] ?? 0) * dt;
        fat += v * (f[i] ?? 0);
        ml += v;
      }
    }
    return fat / ml;
  }
  /** The first milk ejection of each session in the stretch, seconds after its start. */
  firstEjectionSec(): number[] {
    return this.sessions.map((s) => (s.firstEjectionSec ?? Infinity) - s.startSec);
  }
  /** The milk ejections in the stretch as [start, end] seconds. */
  ejections(): [number, number][] {
    const out: [number, number][] = [];
    let start: number | null = null;
    for (const e of this.trace.events) {
      if (e.kind === 'ejectionStart' && start === null) start = e.atSeconds;
      if (e.kind === 'ejectionEnd' && start !== null) {
        if (e.atSeconds >= this.from && start <= this.to) out.push([start, e.atSeconds]);
        start = null;
      }
    }
    return out;
  }
  /** The same stretch of the case with another scenario: the case without a condition, say. */
  with(change: (s: Scenario) => Scenario): Stretch {
    return new Stretch(change(this.scenario), this.from, this.to);
  }
}

const first = (xs: number[]) => xs[0] ?? NaN;
const last = (xs: number[]) => xs[xs.length - 1] ?? NaN;
const max = (xs: number[]) => Math.max(...xs);
const min = (xs: number[]) => Math.min(...xs);
const f1 = (x: number) => x.toFixed(1);
const withoutConditions = (s: Scenario): Scenario => ({
  ...s,
  mother: { ...s.mother, conditions: [] },
});
/** True, or what was measured. */
const ok = (cond: boolean, measured: string): string | true => cond || measured;

interface BeatClaim {
  lesson: string;
  /** The beat's caption, exactly. */
  caption: string;
  /** The charts whose data the claim reads; the beat must draw them. */
  charts: ChartName[];
  /** True when the beat's stretch of its case shows the caption's effect; else what was seen. */
  shows: (w: Stretch) => string | true;
}

const BEAT_CLAIMS: BeatClaim[] = [
  // From colostrum to milk coming in
  {
    lesson: 'colostrum-to-milk',
    caption: 'Before the placenta: progesterone holds milk back',
    charts: ['hormones'],
    shows: (w) => {
      const placenta = first(w.events('placentaDelivered').map((e) => e.atSeconds));
      const p4 = min(w.values('progesteroneNgPerMl', w.from, placenta));
      const synth = max(w.values('synthesisMlPerH', w.from, placenta));
      const later = last(w.values('synthesisMlPerH', 0, w.trace.durationSec));
      return ok(
        p4 >= 100 && synth <= 0.1 * later,
        `progesterone ≥ ${f1(p4)} ng/mL, synthesis ${f1(synth)} mL/h (later ${f1(later)})`,
      );
    },
  },
  {
    lesson: 'colostrum-to-milk',
    caption: 'The placenta is delivered',
    charts: ['hormones'],
    shows: (w) => {
      const at = w.events('placentaDelivered')[0]?.atSeconds;
      if (at === undefined) return 'no placenta delivery in the stretch';
      const before = w.at('progesteroneNgPerMl', at - 60);
      const hourAfter = w.at('progesteroneNgPerMl', at + 3600);
      return ok(hourAfter <= 0.2 * before, `progesterone ${f1(before)} → ${f1(hourAfter)} ng/mL`);
    },
  },
  {
    lesson: 'colostrum-to-milk',
    caption: 'Progesterone falls; the first feeds are colostrum',
    charts: ['hormones', 'flow-intake'],
    shows: (w) => {
      const p4 = w.values('progesteroneNgPerMl');
      const took = last(w.values('intakeCumulativeMl')) - first(w.values('intakeCumulativeMl'));
      const feeds = w.events('latch').length;
      // Saint et al. 1984: 37 g in the first 24 h, range 7–122.5 g.
      return ok(
        last(p4) <= 0.2 * first(p4) && feeds >= 3 && took <= 20,
        `progesterone ${f1(first(p4))} → ${f1(last(p4))} ng/mL, ${feeds} latches took ${f1(took)} mL`,
      );
    },
  },
  {
    lesson: 'colostrum-to-milk',
    caption: 'Secretory activation builds over the next days',
    charts: ['synthesis'],
    shows: (w) => {
      const v = w.values('synthesisMlPerH');
      return ok(last(v) >= 2 * first(v), `synthesis ${f1(first(v))} → ${f1(last(v))} mL/h`);
    },
  },
  {
    lesson: 'colostrum-to-milk',
    caption: 'Day 2–3: milk comes in',
    charts: ['synthesis'],
    shows: (w) => {
      const comesIn = w.trace.events.find((e) => e.kind === 'milkComesIn')?.atSeconds;
      const hours = comesIn === undefined ? NaN : w.trace.startPostpartumHours + comesIn / 3600;
      const v = w.values('synthesisMlPerH');
      // The moment itself is in the charts' stretch, so they mark it.
      const shown = comesIn !== undefined && comesIn >= w.from && comesIn <= w.to;
      return ok(
        shown && hours >= 24 && hours <= 72 && last(v) >= 1.2 * first(v),
        `milk came in at ${f1(hours)} h (${shown ? 'in' : 'outside'} the charts' stretch); synthesis ${f1(first(v))} → ${f1(last(v))} mL/h`,
      );
    },
  },
  {
    lesson: 'colostrum-to-milk',
    caption: 'Supply now follows removal',
    charts: ['supply'],
    shows: (w) => {
      const supply = w.values('supplyMlPerDay');
      const mean = supply.reduce((a, b) => a + b, 0) / supply.length;
      const perDay = (w.removed() * 86_400) / (w.to - w.from);
      return ok(
        Math.abs(mean / perDay - 1) <= 0.1 && last(supply) > first(supply),
        `supply ${f1(first(supply))} → ${f1(last(supply))} mL/day, removal ${f1(perDay)} mL/day`,
      );
    },
  },
  // How milk is made
  {
    lesson: 'how-milk-is-made',
    caption: 'Milk is made in the alveoli, by lactocytes',
    charts: ['milk-stored'],
    shows: (w) => {
      // The breast not fed in the stretch fills: milk is made where it is stored.
      const rise = Math.max(
        last(w.values('leftStoredMl')) - first(w.values('leftStoredMl')),
        last(w.values('rightStoredMl')) - first(w.values('rightStoredMl')),
      );
      return ok(rise >= 20, `stored milk rose at most ${f1(rise)} mL`);
    },
  },
  {
    lesson: 'how-milk-is-made',
    caption: 'Suckling sends a nerve signal to the brain',
    charts: [],
    shows: (w) => nerveSignalFollowsLatch(w),
  },
  {
    lesson: 'how-milk-is-made',
    caption: 'Prolactin (anterior pituitary) permits milk synthesis',
    charts: ['hormones'],
    shows: (w) => {
      const latch = w.events('latch')[0]?.atSeconds ?? NaN;
      const prl = w.values('prolactinNgPerMl');
      const peak = max(prl);
      const peakAt = w.trace.timesSec[w.trace.channels.prolactinNgPerMl.indexOf(peak)] ?? NaN;
      const minutes = (peakAt - latch) / 60;
      // Without prolactin (a failed anterior pituitary) the same breasts make far less.
      const made = (s: Stretch) => max(s.values('synthesisMlPerH'));
      const without = w.with((s) => ({
        ...s,
        mother: { ...s.mother, conditions: [{ kind: 'sheehanSyndrome', severity: 0.85 }] },
      }));
      return ok(
        peak >= 2 * first(prl) && minutes >= 10 && minutes <= 45 && made(without) <= 0.5 * made(w),
        `prolactin ${f1(first(prl))} → ${f1(peak)} ng/mL ${f1(minutes)} min after latch; synthesis ${f1(made(w))} vs ${f1(made(without))} mL/h without prolactin`,
      );
    },
  },
  {
    lesson: 'how-milk-is-made',
    caption: 'Oxytocin (posterior pituitary) squeezes milk out',
    charts: ['hormones', 'flow-intake'],
    shows: (w) => oxytocinEjectsMilk(w),
  },
  // The let-down reflex
  {
    lesson: 'let-down-reflex',
    caption: "Before the latch: the baby's cues can start oxytocin",
    charts: ['hormones'],
    shows: (w) => {
      const latch = w.events('latch')[0]?.atSeconds ?? NaN;
      const ot = w.values('oxytocinPgPerMl', w.from, latch);
      return ok(
        max(ot) >= 2 * first(ot),
        `oxytocin before the latch ${f1(first(ot))} → ${f1(max(ot))} pg/mL`,
      );
    },
  },
  {
    lesson: 'let-down-reflex',
    caption: 'Latch: nerve endings fire',
    charts: [],
    shows: (w) => nerveSignalFollowsLatch(w),
  },
  {
    lesson: 'let-down-reflex',
    caption: 'The posterior pituitary releases oxytocin',
    charts: ['hormones'],
    shows: (w) => {
      const latch = w.events('latch')[0]?.atSeconds ?? NaN;
      const pulses = w.events('oxytocinPulse').filter((e) => e.atSeconds > latch).length;
      const ot = w.values('oxytocinPgPerMl');
      return ok(
        pulses >= 2 && max(ot) >= 4 * first(ot),
        `${pulses} pulses after the latch, oxytocin ${f1(first(ot))} → ${f1(max(ot))} pg/mL`,
      );
    },
  },
  {
    lesson: 'let-down-reflex',
    caption: 'Myoepithelial cells contract: the first milk ejection',
    charts: ['flow-intake'],
    shows: (w) => {
      const [ej] = w.ejections();
      if (ej === undefined) return 'no milk ejection in the stretch';
      const before = w.removed(w.from, ej[0]);
      const peak = max(w.values('intakeMlPerMin', ej[0], ej[1]));
      return ok(
        before <= 5 && peak >= 10,
        `${f1(before)} mL before the ejection, ${f1(peak)} mL/min during it`,
      );
    },
  },
  {
    lesson: 'let-down-reflex',
    caption: 'More ejections follow; most are not felt (Ramsay 2004)',
    charts: ['flow-intake', 'hormones'],
    shows: (w) => {
      // The feed's first ejection ended before this stretch; another starts and milk flows again.
      const latch = w.trace.events.filter((e) => e.kind === 'latch' && e.atSeconds <= w.to).at(-1);
      const firstEnd = w.trace.events.find(
        (e) => e.kind === 'ejectionEnd' && e.atSeconds > (latch?.atSeconds ?? Infinity),
      )?.atSeconds;
      const later = w.events('ejectionStart').filter((e) => e.atSeconds > (firstEnd ?? Infinity));
      const at = later[0]?.atSeconds ?? NaN;
      const before = w.at('intakeMlPerMin', at - 5);
      const peak = max(w.values('intakeMlPerMin', at, w.to));
      return ok(
        later.length >= 1 && peak >= 1 && peak >= 10 * before,
        `${later.length} later ejections in the stretch, flow ${f1(before)} → ${f1(peak)} mL/min`,
      );
    },
  },
  {
    lesson: 'let-down-reflex',
    caption: 'Fat rises as the breast empties',
    charts: ['milk-fat'],
    shows: (w) => {
      const v = w.values('leftFatGPerL');
      return ok(max(v) >= first(v) * 1.2, `fat ${f1(first(v))} → up to ${f1(max(v))} g/L`);
    },
  },
  {
    lesson: 'let-down-reflex',
    caption: 'Without ejection, only duct milk is available',
    charts: ['flow-intake'],
    shows: (w) => {
      // Between the latch and the first ejection, and between ejections, the baby takes no more
      // than the ducts held when the gap began; during ejections it takes the bulk.
      const [feed] = w.sessions;
      if (feed === undefined) return 'no feed in the stretch';
      const end = feed.endSec ?? w.to;
      const ejections = w.ejections().filter(([s]) => s >= feed.startSec && s <= end);
      const starts = [feed.startSec, ...ejections.map(([, e]) => e)];
      const stops = [...ejections.map(([s]) => s), end];
      const gaps = starts.map((s, i) => {
        const duct = w.at('leftDuctMl', s) + w.at('rightDuctMl', s);
        return { duct, took: w.removed(s, stops[i] ?? s) };
      });
      const during = ejections.reduce((a, [s, e]) => a + w.removed(s, e), 0);
      return ok(
        gaps.every((g) => g.took <= g.duct + 1) && during >= 40,
        `without ejection took ${gaps.map((g) => `${f1(g.took)} (ducts ${f1(g.duct)})`).join(', ')} mL; ${f1(during)} mL during ejections`,
      );
    },
  },
  {
    lesson: 'let-down-reflex',
    caption: 'Stress delays let-down; the feed still gets its milk',
    charts: ['hormones', 'flow-intake'],
    shows: (w) => laterLetDownSameMilk(w),
  },
  // Myths and evidence
  {
    lesson: 'myths-and-evidence',
    caption: "The '80/20 rule' (contested): measured 67 %",
    charts: ['milk-stored'],
    shows: (w) => removesAboutTwoThirds(w),
  },
  {
    lesson: 'myths-and-evidence',
    caption: "'Breasts are never empty': true on average",
    charts: ['milk-stored'],
    shows: (w) => {
      const least = Math.min(min(w.values('leftStoredMl')), min(w.values('rightStoredMl')));
      return ok(least > 10, `least milk stored ${f1(least)} mL`);
    },
  },
  // Oversupply and block feeding
  {
    lesson: 'oversupply-block-feeding',
    caption: 'Oversupply: large storage, high supply',
    charts: ['milk-stored', 'supply'],
    shows: (w) => {
      const supply = min(w.values('supplyMlPerDay'));
      const need = max(w.values('needMlPerDay'));
      const capacity = first(w.values('leftStoredMl')) / first(w.values('leftFullness'));
      return ok(
        supply >= 1.5 * need && capacity >= 1.3 * 210,
        `supply ${f1(supply)} against need ${f1(need)} mL/day, storage ${f1(capacity)} mL`,
      );
    },
  },
  {
    lesson: 'oversupply-block-feeding',
    caption: 'Forceful let-down (practice-based): not shown by the model',
    charts: ['flow-intake'],
    shows: (w) => {
      // The model's fastest flow in an oversupply is about a typical breast's.
      const peak = Math.max(max(w.values('leftFlowMlPerMin')), max(w.values('rightFlowMlPerMin')));
      const typical = new Stretch(scenarioOf('typical-feed-6-weeks'), 0, 86_400);
      const usual = Math.max(
        max(typical.values('leftFlowMlPerMin')),
        max(typical.values('rightFlowMlPerMin')),
      );
      // Speaker notes: "about 20 mL/min".
      return ok(
        peak < 1.15 * usual && peak >= 15 && peak <= 25,
        `peak flow ${f1(peak)} mL/min against ${f1(usual)} mL/min typical`,
      );
    },
  },
  {
    lesson: 'oversupply-block-feeding',
    caption: 'Switching sides every 5 min: slightly lower-fat milk',
    charts: ['milk-fat'],
    shows: (w) => {
      const switching = w.with((s) => ({
        ...s,
        feeding: { ...s.feeding, pattern: 'bothSides', minutesPerBreast: 5 },
      }));
      const [a, b] = [w.fatOfMilkRemoved(), switching.fatOfMilkRemoved()];
      // Speaker notes: about a tenth lower in fat.
      return ok(
        b <= 0.95 * a && b >= 0.85 * a,
        `fat ${f1(a)} g/L as charted, ${f1(b)} g/L switching every 5 min`,
      );
    },
  },
  {
    lesson: 'oversupply-block-feeding',
    caption: 'Block feeding: one side per ~4-hour block',
    charts: ['milk-stored', 'synthesis'],
    shows: (w) => {
      // Speaker notes: the unused side stays full for hours, and a full breast slows synthesis.
      const full = w.values('leftFullness').map((l, i) => l + (w.values('rightFullness')[i] ?? 0));
      const synth = w.values('synthesisMlPerH');
      const atFullest = synth[full.indexOf(max(full))] ?? NaN;
      const atEmptiest = synth[full.indexOf(min(full))] ?? NaN;
      const fullest = Math.max(max(w.values('leftFullness')), max(w.values('rightFullness')));
      return ok(
        fullest >= 0.8 && atFullest <= 0.7 * atEmptiest,
        `fullest side ${f1(fullest * 100)} %, synthesis ${f1(atEmptiest)} → ${f1(atFullest)} mL/h`,
      );
    },
  },
  {
    lesson: 'oversupply-block-feeding',
    caption: 'Supply falls toward demand over days',
    charts: ['supply'],
    shows: (w) => supplyChange(supplyOf(w), 'falls'),
  },
  // Supply and demand
  {
    lesson: 'supply-and-demand',
    caption: 'Milk removed drives milk made',
    charts: ['milk-stored', 'synthesis'],
    shows: (w) => {
      const [s] = w.sessions;
      if (s === undefined) return 'no feed in the stretch';
      const before = w.at('synthesisMlPerH', s.startSec - 60);
      const after = w.at('synthesisMlPerH', (s.endSec ?? s.startSec) + 60);
      const made = w.trace.summary.meanSynthesisRateMlPerHour * 24;
      const removed = w.trace.summary.milkRemovedPer24hMl;
      return ok(
        after >= 1.02 * before && Math.abs(made / removed - 1) <= 0.1,
        `synthesis ${f1(before)} → ${f1(after)} mL/h across the feed; made ${f1(made)}, removed ${f1(removed)} mL/day`,
      );
    },
  },
  {
    lesson: 'supply-and-demand',
    caption: 'A full breast makes milk more slowly',
    charts: ['synthesis', 'milk-stored'],
    shows: (w) => {
      const [s] = w.sessions;
      if (s === undefined) return 'no feed in the stretch';
      const filling = w.values('synthesisMlPerH', w.from, s.startSec - 60);
      const emptied = max(w.values('synthesisMlPerH', s.startSec, w.to));
      return ok(
        last(filling) <= 0.95 * first(filling) && emptied >= 1.1 * last(filling),
        `synthesis ${f1(first(filling))} → ${f1(last(filling))} mL/h as the breasts fill, ${f1(emptied)} once one is emptied`,
      );
    },
  },
  {
    lesson: 'supply-and-demand',
    caption: 'Babies take about two-thirds of what is there',
    charts: ['milk-stored', 'flow-intake'],
    shows: (w) => removesAboutTwoThirds(w),
  },
  {
    lesson: 'supply-and-demand',
    caption: 'Small storage, frequent feeds: supply still met',
    charts: ['supply'],
    shows: (w) => {
      const v = w.values('supplyMlPerDay');
      return ok(last(v) >= first(v) * 0.95, `supply ${f1(first(v))} → ${f1(last(v))} mL/day`);
    },
  },
  {
    lesson: 'supply-and-demand',
    caption: 'Small storage on a 4-hourly schedule: supply falls',
    charts: ['supply'],
    shows: (w) => supplyChange(supplyOf(w), 'falls'),
  },
  {
    lesson: 'supply-and-demand',
    caption: 'Too little removal lowers supply',
    charts: ['supply'],
    shows: (w) => {
      const v = w.values('supplyMlPerDay');
      return supplyChange([first(v), min(v)], 'falls');
    },
  },
  {
    lesson: 'supply-and-demand',
    caption: 'Feeding plus expressing brings it back',
    charts: ['supply'],
    shows: (w) => {
      const v = w.values('supplyMlPerDay');
      return supplyChange([min(v), last(v)], 'rises');
    },
  },
  // When things go wrong
  {
    lesson: 'when-things-go-wrong',
    caption: 'Retained placenta: progesterone stays high',
    charts: ['hormones', 'synthesis'],
    shows: (w) => {
      const without = w.with(withoutConditions);
      const p4 = min(w.values('progesteroneNgPerMl'));
      const usual = max(without.values('progesteroneNgPerMl'));
      const synth = max(w.values('synthesisMlPerH'));
      const usualSynth = min(without.values('synthesisMlPerH'));
      return ok(
        p4 >= 5 * usual && synth <= 0.5 * usualSynth,
        `progesterone ${f1(p4)} vs ${f1(usual)} ng/mL without it; synthesis ${f1(synth)} vs ${f1(usualSynth)} mL/h`,
      );
    },
  },
  {
    lesson: 'when-things-go-wrong',
    caption: 'Removed on day 6: milk comes in a day later',
    charts: ['synthesis'],
    shows: (w) => {
      const v = w.values('synthesisMlPerH');
      return ok(max(v) >= 3 * first(v), `synthesis ${f1(first(v))} → up to ${f1(max(v))} mL/h`);
    },
  },
  {
    lesson: 'when-things-go-wrong',
    caption: 'Sheehan syndrome: the anterior pituitary fails',
    charts: ['hormones', 'milk-stored'],
    shows: (w) => {
      const without = w.with(withoutConditions);
      const peak = (s: Stretch, c: ChannelName) => max(s.values(c));
      const prl = peak(w, 'prolactinNgPerMl') / peak(without, 'prolactinNgPerMl');
      const ot = peak(w, 'oxytocinPgPerMl') / peak(without, 'oxytocinPgPerMl');
      const stored = peak(w, 'leftStoredMl') / peak(without, 'leftStoredMl');
      // Prolactin (anterior) fails, oxytocin (posterior) is spared, little milk is stored.
      return ok(
        prl <= 0.3 && ot >= 0.8 && stored <= 0.5,
        `against the same case without it: prolactin ×${prl.toFixed(2)}, oxytocin ×${ot.toFixed(2)}, milk stored ×${stored.toFixed(2)}`,
      );
    },
  },
  {
    lesson: 'when-things-go-wrong',
    caption: 'Breast surgery: cut ducts stay dry',
    charts: ['supply'],
    shows: (w) => {
      const without = w.with(withoutConditions);
      const total = last(w.values('supplyMlPerDay')) / last(without.values('supplyMlPerDay'));
      // The operated side makes about what its uncut lobes make (40 % of them here).
      const left =
        last(w.values('leftSupplyMlPerDay')) / last(without.values('leftSupplyMlPerDay'));
      return ok(
        total <= 0.8 && left <= 0.5,
        `against no surgery: supply ×${total.toFixed(2)}, operated side ×${left.toFixed(2)}`,
      );
    },
  },
  {
    lesson: 'when-things-go-wrong',
    caption: 'Combined pill: supply falls',
    charts: ['supply'],
    shows: (w) => supplyChange(supplyOf(w), 'falls'),
  },
  {
    lesson: 'when-things-go-wrong',
    caption: 'Progestin-only pill: little change',
    charts: ['supply'],
    shows: (w) => supplyChange(supplyOf(w), 'steady'),
  },
  {
    lesson: 'when-things-go-wrong',
    caption: 'Acute stress: later let-down, same milk',
    charts: ['hormones', 'flow-intake'],
    shows: (w) => laterLetDownSameMilk(w),
  },
];

/** Supply at the start and the end of the stretch. */
function supplyOf(w: Stretch): Supply {
  const v = w.values('supplyMlPerDay');
  return [first(v), last(v)];
}

function nerveSignalFollowsLatch(w: Stretch): string | true {
  const latch = w.events('latch')[0]?.atSeconds ?? NaN;
  const nerve = w.events('nerveSignal')[0]?.atSeconds ?? NaN;
  return ok(
    nerve - latch >= 0 && nerve - latch <= 10,
    `nerve signal ${f1(nerve - latch)} s after the latch`,
  );
}

function oxytocinEjectsMilk(w: Stretch): string | true {
  const pulse = w
    .events('oxytocinPulse')
    .find((e) => e.atSeconds >= (w.events('latch')[0]?.atSeconds ?? Infinity))?.atSeconds;
  const ejections = w.ejections();
  const during = ejections.reduce((a, [s, e]) => a + w.removed(s, e), 0);
  const all = w.removed();
  return ok(
    pulse !== undefined && (ejections[0]?.[0] ?? -Infinity) >= pulse && during >= 0.8 * all,
    `first pulse ${pulse} s, first ejection ${ejections[0]?.[0]} s; ${f1(during)} of ${f1(all)} mL during ejections`,
  );
}

/** Kent 2006: infants remove 67.3 ± 7.8 % of the available milk per breastfeed. */
function removesAboutTwoThirds(w: Stretch): string | true {
  const shares = w.sessions.flatMap((s) =>
    (['left', 'right'] as const).flatMap((side) => {
      const there = s.available[side];
      return there !== null && there > 1 ? [s.removed[side] / there] : [];
    }),
  );
  return ok(
    shares.length > 0 && shares.every((x) => x > 0.55 && x < 0.78),
    `removed ${shares.map((x) => `${f1(x * 100)} %`).join(', ')} of the milk there`,
  );
}

/** Against the same case without stress: the first ejection later, the milk the same. */
function laterLetDownSameMilk(w: Stretch): string | true {
  const calm = w.with((s) => ({
    ...s,
    mother: { ...s.mother, conditions: s.mother?.conditions?.filter((c) => c.kind !== 'stress') },
  }));
  const [a, b] = [w.firstEjectionSec(), calm.firstEjectionSec()];
  const later = a.length > 0 && a.every((x, i) => x >= (b[i] ?? Infinity) + 20);
  const same = Math.abs(w.removed() / calm.removed() - 1) < 0.1;
  return ok(
    later && same,
    `first ejection ${b.map(f1).join(', ')} s calm → ${a.map(f1).join(', ')} s stressed; ${f1(calm.removed())} → ${f1(w.removed())} mL`,
  );
}

/**
 * Beats whose captions claim no effect of the body, each reviewed: anatomy, a topic heading, or an
 * evidence verdict on a popular claim the model has no input for (its notes give the sources).
 * A new beat is neither here nor claimed above: the guard below fails until it is one or the other.
 */
const NO_EFFECT: { lesson: string; caption: string; why: string }[] = [
  {
    lesson: 'how-milk-is-made',
    caption: 'The lactating breast: lobes, lobules, alveoli, ducts',
    why: 'anatomy (no chart)',
  },
  {
    lesson: 'how-milk-is-made',
    caption: 'Ultrasound: about 9 ducts, no milk sinuses',
    why: 'anatomy from ultrasound, Ramsay 2005 (no chart)',
  },
  {
    lesson: 'how-milk-is-made',
    caption: 'Storage capacity and breast size',
    why: 'a topic heading; the notes give the verdict (partly supported); the model has no breast size',
  },
  {
    lesson: 'myths-and-evidence',
    caption: 'Milk sinuses behind the areola? (unsupported)',
    why: 'anatomy verdict, Ramsay 2005 (no chart)',
  },
  {
    lesson: 'myths-and-evidence',
    caption: 'What ultrasound shows instead',
    why: 'anatomy (no chart)',
  },
  {
    lesson: 'myths-and-evidence',
    caption: 'Peanut butter for fattier milk? Unsupported',
    why: 'verdict on a diet claim; the model has no diet input',
  },
  {
    lesson: 'myths-and-evidence',
    caption: 'Bigger breasts store more? Not measured',
    why: 'verdict: no study measured it; the model has no breast size',
  },
  {
    lesson: 'myths-and-evidence',
    caption: 'Oxytocin and bonding: partly supported',
    why: 'verdict on a behavioural claim; the model has no bonding',
  },
  {
    lesson: 'supply-and-demand',
    caption: "The '80/20 rule' is a heuristic (contested)",
    why: "verdict on a heuristic; the measured share is the claim 'Babies take about two-thirds of what is there'",
  },
];

const beatOf = (lesson: string, caption: string): Beat[] =>
  LESSONS.find((l) => l.slug === lesson)?.beats.filter((b) => b.caption === caption) ?? [];

describe('each lesson beat charts what its caption claims, over the stretch it shows', () => {
  for (const c of BEAT_CLAIMS) {
    it(`${c.lesson}: "${c.caption}"`, () => {
      const found = beatOf(c.lesson, c.caption);
      expect(found, `one beat of ${c.lesson} has this caption`).toHaveLength(1);
      const beat = found[0];
      if (beat === undefined) return;
      for (const chart of c.charts) expect(beat.view.charts).toContain(chart);
      const scenario = scenarioOf(beat.caseId);
      const [from, to] = beatWindow(beat, run(scenario).trace.durationSec);
      const w = new Stretch(scenario, from, to);
      expect(w.values('supplyMlPerDay').length).toBeGreaterThan(2);
      expect(c.shows(w)).toBe(true);
    });
  }
});

describe('a beat that spans days draws only charts that read at the scale of days', () => {
  for (const { slug, beats } of LESSONS) {
    beats.forEach((beat, i) => {
      it(`${slug}: "${beat.caption}"`, () => {
        const { durationHours } = scenarioOf(beat.caseId);
        const [from, to] = beatWindow(beat, durationHours * 3600);
        if ((to - from) / 3600 <= FEEDS_CHART_MAX_HOURS) return;
        const feeds = beat.view.charts.filter((c) => !(DAYS_CHARTS as string[]).includes(c));
        expect(feeds, `beat ${i + 1} spans ${Math.round((to - from) / 3600)} h`).toEqual([]);
      });
    });
  }
});

describe('every beat caption is claimed by a test or reviewed as claiming no effect', () => {
  const key = (lesson: string, caption: string) => `${lesson}: ${caption}`;
  const claimed = new Set(BEAT_CLAIMS.map((c) => key(c.lesson, c.caption)));
  const reviewed = new Set(NO_EFFECT.map((c) => key(c.lesson, c.caption)));
  it('every built-in beat is one or the other', () => {
    const neither = LESSONS.flatMap((l) =>
      l.beats.map((b) => key(l.slug, b.caption)).filter((k) => !claimed.has(k) && !reviewed.has(k)),
    );
    expect(neither).toEqual([]);
  });
  it('no beat is both, and every reviewed caption is still in its lesson', () => {
    expect([...claimed].filter((k) => reviewed.has(k))).toEqual([]);
    for (const c of NO_EFFECT)
      expect(beatOf(c.lesson, c.caption), key(c.lesson, c.caption)).toHaveLength(1);
  });
});

describe('every sentence of the speaker notes is covered or reviewed', () => {
  const key = (lesson: string, caption: string) => `${lesson}: ${caption}`;
  const claimed = new Set(BEAT_CLAIMS.map((c) => key(c.lesson, c.caption)));
  const claimTexts = readFileSync(join(root, 'tests/validation/claims.test.ts'), 'utf8');
  const targets = new Set(TARGETS.map((t) => t.id));
  const beats = LESSONS.flatMap((l) =>
    l.beats.map((b) => ({ key: key(l.slug, b.caption), sentences: noteSentences(b.notes ?? '') })),
  );

  it('lists every sentence of every built-in note, and no sentence that is gone', () => {
    const unlisted = beats.flatMap((b) =>
      b.sentences
        .filter((s) => NOTE_SENTENCES[b.key]?.[s] === undefined)
        .map((s) => `${b.key} — ${s}`),
    );
    expect(unlisted).toEqual([]);
    const listed = Object.entries(NOTE_SENTENCES).flatMap(([k, sentences]) =>
      Object.keys(sentences).map((s) => ({ k, s })),
    );
    const gone = listed.filter(
      ({ k, s }) => !(beats.find((b) => b.key === k)?.sentences.includes(s) ?? false),
    );
    expect(gone.map(({ k, s }) => `${k} — ${s}`)).toEqual([]);
  });

  it('covers each by a claimed caption, a claim test, a validation target or a parameter', () => {
    for (const [k, sentences] of Object.entries(NOTE_SENTENCES)) {
      for (const [sentence, cover] of Object.entries(sentences)) {
        const where = `${k} — ${sentence}`;
        if (cover.by === 'caption') expect(claimed, where).toContain(k);
        else if (cover.by === 'claim') expect(claimTexts, where).toContain(cover.text);
        else if (cover.by === 'target') expect(targets, where).toContain(cover.id);
        else if (cover.by === 'parameter')
          expect(Object.keys(PARAMETERS), where).toContain(cover.name);
        else {
          // What a note says the model does is run, never only reviewed.
          expect(sentence, where).not.toMatch(/\bmodel\b/i);
          expect(cover.why.length, where).toBeGreaterThan(10);
        }
      }
    }
  });
});
