import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../src-main/sim/trace';
import { eventName, numberEvents } from '../../../src-renderer/features/timeline/events';
import {
  MIN_GAP_MS,
  narrationFor,
  type NarrationLevel,
  type NarratorMemory,
} from '../../../src-renderer/features/timeline/narration';

// One feed: latch, a nerve signal, prolactin, three oxytocin pulses and ejections, the end.
const feed: SimEvent[] = [
  { atSeconds: 0, kind: 'latch', side: 'left' },
  { atSeconds: 2, kind: 'nerveSignal' },
  { atSeconds: 5, kind: 'prolactinRelease' },
  ...[60, 300, 540].flatMap((t): SimEvent[] => [
    { atSeconds: t, kind: 'oxytocinPulse' },
    { atSeconds: t + 30, kind: 'ejectionStart' },
    { atSeconds: t + 120, kind: 'ejectionEnd' },
  ]),
  { atSeconds: 900, kind: 'sessionEnd' },
];
const events = numberEvents(feed);

/** Plays the feed frame by frame (model step per frame, wall ms per frame); returns what is spoken. */
function play(level: NarrationLevel, modelStep: number, wallStep: number): string[] {
  const memory: NarratorMemory = { lastSpokenAt: null };
  const spoken: string[] = [];
  for (let t = 0, now = 0; t < 1000; t += modelStep, now += wallStep) {
    const passed = events.filter((e) => e.atSeconds >= t && e.atSeconds < t + modelStep);
    const line = narrationFor(passed, events, { playing: true, level, now }, memory);
    if (line) spoken.push(line);
  }
  return spoken;
}

describe('narration while playing', () => {
  it('speaks one line per feed phase by default: start, first let-down, a summary at the end', () => {
    // 15× through the feed at 60 frames a second: a minute of wall time.
    expect(play('summary', 0.25, 1000 / 60)).toEqual([
      'Latch (left breast): suckling stimulates the nerve endings in nipple and areola',
      'Milk ejection 1 started: oxytocin above threshold',
      'Feed ended after 15 min with 3 milk ejections: stimulation stops',
    ]);
  });

  it('never speaks twice within the minimum gap, however fast the run plays', () => {
    // The whole feed in one second of wall time.
    const spoken = play('summary', 15, 1000 / 60);
    expect(spoken.length).toBe(1);
    expect(spoken[0]).toMatch(/^Latch/);
    expect(MIN_GAP_MS).toBeGreaterThanOrEqual(2000);
  });

  it('speaks every event when asked for more, and nothing when asked for less', () => {
    const every = play('every', 0.25, 1000 / 60);
    expect(every.length).toBe(events.length);
    expect(every).toContain('Oxytocin pulse 2 from the posterior pituitary');
    expect(play('off', 0.25, 1000 / 60)).toEqual([]);
  });

  it('says a pumping session ended as pumping, not as a feed', () => {
    const pumped = numberEvents(
      feed.map((e) => (e.kind === 'latch' ? { atSeconds: 0, kind: 'pumpStart', side: 'left' } : e)),
    );
    const end = pumped.at(-1)!;
    expect(end.pumping).toBe(true);
    expect(events.at(-1)!.pumping).toBeUndefined();
    const memory: NarratorMemory = { lastSpokenAt: null };
    const say = (playing: boolean) =>
      narrationFor([end], pumped, { playing, level: 'summary', now: 1 }, memory);
    expect(say(false)).toBe('Pumping ended: stimulation stops');
    expect(say(true)).toBe('Pumping ended after 15 min with 3 milk ejections: stimulation stops');
    expect(eventName(end)).toBe('Pump off');
    expect(eventName(events.at(-1)!)).toBe('Feed ends');
  });

  it('speaks what a long seek lands on, not the most telling event it passed long before', () => {
    const memory: NarratorMemory = { lastSpokenAt: null };
    const line = (from: number, to: number) =>
      narrationFor(
        events.filter((e) => e.atSeconds > from && e.atSeconds <= to),
        events,
        { playing: false, level: 'summary', now: 1 },
        memory,
      );
    // Past the whole feed: it has ended; its three ejections are long over.
    expect(line(0, 1000)).toBe('Feed ended: stimulation stops');
    // Into the third ejection: that ejection, not the latch or the pulse before it.
    expect(line(0, 575)).toBe('Milk ejection 3 started: oxytocin above threshold');
  });

  it('always speaks a step or seek made by the person, at any level', () => {
    const memory: NarratorMemory = { lastSpokenAt: 0 };
    const second = events.filter((e) => e.kind === 'ejectionStart' && e.ordinal === 2);
    for (const level of ['summary', 'every', 'off'] as const) {
      expect(narrationFor(second, events, { playing: false, level, now: 1 }, memory)).toBe(
        'Milk ejection 2 started: oxytocin above threshold',
      );
    }
  });
});
