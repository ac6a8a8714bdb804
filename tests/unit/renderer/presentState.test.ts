import { describe, expect, it } from 'vitest';
import {
  applyAction,
  initialState,
  isRunning,
  mergeIncoming,
  modelTimeAt,
  type ClockLimits,
  type PresentAction,
  type PresentState,
  type SyncMessage,
} from '../../../src-renderer/features/lessons/presentState';
import {
  createPresentPlayer,
  type Transport,
} from '../../../src-renderer/features/lessons/presentPlayer';
import { SPEEDS } from '../../../src-renderer/features/timeline/speeds';
import { moveItem } from '../../../src-renderer/features/lessons/beatEdits';
import { parseRoute, hrefFor } from '../../../src-renderer/app/router';

/** Five beats at 0 h, 1 h, 2 h, 3 h and 4 h of a 10-hour run. */
const STARTS = [0, 3600, 7200, 10800, 14400];
const RUN: ClockLimits = { durationSec: 36000, untilSec: null };
const factor = (s: PresentState) => SPEEDS[s.speedIndex]!.factor;

function act(s: PresentState, a: PresentAction, nowMs = 0, limits = RUN, by = 'a'): PresentState {
  return applyAction(s, a, { beatStartsSec: STARTS, limits, nowMs, by });
}

describe('presentation state', () => {
  it('steps through beats within the lesson and lifts a blank on moving', () => {
    let s = initialState(0);
    s = act(s, { kind: 'previous' });
    expect(s.beat).toBe(0);
    s = act(s, { kind: 'next' });
    s = act(s, { kind: 'next' });
    expect(s.beat).toBe(2);
    s = act(s, { kind: 'blank', blank: 'black' });
    expect(s.blank).toBe('black');
    s = act(s, { kind: 'blank', blank: 'black' });
    expect(s.blank).toBe('none');
    s = act(s, { kind: 'blank', blank: 'white' });
    s = act(s, { kind: 'next' });
    expect(s).toMatchObject({ beat: 3, blank: 'none' });
    expect(act(s, { kind: 'last' }).beat).toBe(4);
    expect(act(act(s, { kind: 'last' }), { kind: 'next' }).beat).toBe(4);
    expect(act(s, { kind: 'first' }).beat).toBe(0);
    expect(act(s, { kind: 'goto', beat: 99 }).beat).toBe(4);
  });

  it('opens each beat paused at its own moment with its own timeline zoom', () => {
    let s = act(initialState(0), { kind: 'zoom', index: 3 });
    s = act(s, { kind: 'togglePlay' }, 1000);
    s = act(s, { kind: 'next' }, 5000);
    expect(s).toMatchObject({ beat: 1, playing: false, zoomIndex: null, anchorSec: STARTS[1] });
    expect(modelTimeAt(s, 60_000, RUN)).toBe(STARTS[1]);
    s = act(s, { kind: 'zoom', index: 2 });
    expect(s.zoomIndex).toBe(2);
    expect(act(s, { kind: 'previous' }).zoomIndex).toBeNull();
  });

  it('raises the version on every change so windows keep the newer state', () => {
    const a = act(initialState(0), { kind: 'next' });
    const b = act(a, { kind: 'next' });
    expect(b.version).toBeGreaterThan(a.version);
    expect(mergeIncoming(b, a)).toBe(b);
    expect(mergeIncoming(a, b)).toBe(b);
  });

  it('settles two changes made at once in two windows the same way in both', () => {
    const start = initialState(0);
    const fromA = act(start, { kind: 'next' }, 0, RUN, 'window-a');
    const fromB = act(start, { kind: 'blank', blank: 'black' }, 0, RUN, 'window-b');
    expect(fromA.version).toBe(fromB.version);
    // Each window receives the other's change: both keep the same one.
    expect(mergeIncoming(fromA, fromB)).toBe(mergeIncoming(fromB, fromA));
    // A window that has just opened takes whatever the others hold.
    expect(mergeIncoming(initialState(0), fromA)).toBe(fromA);
  });
});

describe('presentation clock', () => {
  it('is the start time while paused, whatever the wall clock says', () => {
    const s = act(initialState(0), { kind: 'seek', sec: 500 }, 1_000);
    expect(modelTimeAt(s, 1_000, RUN)).toBe(500);
    expect(modelTimeAt(s, 9_999_000, RUN)).toBe(500);
    expect(isRunning(s, 9_999_000, RUN)).toBe(false);
  });

  it('is the start time plus wall time since the anchor times the speed while playing', () => {
    const s = act(
      act(initialState(0), { kind: 'seek', sec: 100 }, 0),
      { kind: 'togglePlay' },
      2_000,
    );
    expect(modelTimeAt(s, 2_000, RUN)).toBe(100);
    expect(modelTimeAt(s, 5_000, RUN)).toBeCloseTo(100 + 3 * factor(s), 9);
    // A wall time before the anchor (a window whose last frame came first) does not run back.
    expect(modelTimeAt(s, 1_000, RUN)).toBe(100);
  });

  it('cannot drift: the time after many frames is the time read once', () => {
    const s = act(initialState(0), { kind: 'togglePlay' }, 10_000);
    // One window reads every 16.7 ms for ten minutes, with a 5-second stall in the middle (a
    // hidden tab); another reads once at the end. Nothing accumulates, so they agree.
    let last = 0;
    for (let i = 0; i <= 36_000; i++) {
      if (i > 18_000 && i < 18_300) continue;
      last = modelTimeAt(s, 10_000 + (i * 1000) / 60, RUN);
    }
    expect(last).toBe(modelTimeAt(s, 610_000, RUN));
    expect(last).toBeCloseTo(600 * factor(s), 6);
    // And the same state read in two windows at the same wall time gives the same moment.
    const copy = JSON.parse(JSON.stringify(s)) as PresentState;
    expect(modelTimeAt(copy, 123_456, RUN)).toBe(modelTimeAt(s, 123_456, RUN));
  });

  it('pauses where it is and plays on from there', () => {
    let s = act(initialState(0), { kind: 'togglePlay' }, 0);
    s = act(s, { kind: 'togglePlay' }, 4_000);
    const paused = 4 * factor(s);
    expect(s.playing).toBe(false);
    expect(modelTimeAt(s, 100_000, RUN)).toBeCloseTo(paused, 9);
    s = act(s, { kind: 'togglePlay' }, 100_000);
    expect(modelTimeAt(s, 101_000, RUN)).toBeCloseTo(paused + factor(s), 9);
  });

  it('changes speed from the current moment without a jump', () => {
    let s = act(initialState(0), { kind: 'togglePlay' }, 0);
    const before = modelTimeAt(s, 2_000, RUN);
    s = act(s, { kind: 'speed', delta: 1 }, 2_000);
    expect(modelTimeAt(s, 2_000, RUN)).toBeCloseTo(before, 9);
    expect(modelTimeAt(s, 3_000, RUN)).toBeCloseTo(before + factor(s), 9);
    expect(act(s, { kind: 'speed', delta: 99 }).speedIndex).toBe(SPEEDS.length - 1);
    expect(act(s, { kind: 'speed', delta: -99 }).speedIndex).toBe(0);
  });

  it('seeks within the run and keeps playing from the new moment', () => {
    let s = act(initialState(0), { kind: 'togglePlay' }, 0);
    s = act(s, { kind: 'seek', sec: 20_000 }, 5_000);
    expect(s.playing).toBe(true);
    expect(modelTimeAt(s, 6_000, RUN)).toBeCloseTo(20_000 + factor(s), 9);
    expect(modelTimeAt(act(s, { kind: 'seek', sec: -5 }, 0), 0, RUN)).toBe(0);
    expect(modelTimeAt(act(s, { kind: 'seek', sec: 1e9 }, 0), 0, RUN)).toBe(RUN.durationSec);
  });

  it('stops at the end of the beat’s range, and at the end of the run', () => {
    const range: ClockLimits = { durationSec: 36000, untilSec: 3700 };
    let s = act(initialState(0), { kind: 'next' }, 0, range);
    s = act(s, { kind: 'togglePlay' }, 0, range);
    const far = 1e9;
    expect(modelTimeAt(s, far, range)).toBe(3700);
    expect(isRunning(s, far, range)).toBe(false);
    // Speed or a seek after the stop do not start it again.
    expect(act(s, { kind: 'speed', delta: 1 }, far, range).playing).toBe(false);
    // Play after the run's end starts the beat again.
    let end = act(initialState(0), { kind: 'seek', sec: RUN.durationSec }, 0);
    end = act(end, { kind: 'togglePlay' }, 0);
    expect(end).toMatchObject({ playing: true, anchorSec: 0 });
  });
});

/** Windows joined by one in-memory channel, as BroadcastChannel joins them. */
function bus() {
  const members = new Set<(m: SyncMessage) => void>();
  const transport = (): Transport => ({
    send: (m) => members.forEach((r) => r(structuredClone(m))),
    listen: (receive) => {
      members.add(receive);
      return () => members.delete(receive);
    },
  });
  return { transport };
}

describe('presentation player', () => {
  it('keeps two windows in step whichever one acts, and a late window joins in step', () => {
    let now = 0;
    const clock = () => now;
    const { transport } = bus();
    const exits: string[] = [];
    const make = (id: string) =>
      createPresentPlayer({
        id,
        beatStartsSec: STARTS,
        transport: transport(),
        onExit: () => exits.push(id),
        now: clock,
      });
    const audience = make('audience');
    audience.dispatch({ kind: 'next' }, RUN);
    audience.dispatch({ kind: 'togglePlay' }, RUN);
    now = 3_000;
    const presenter = make('presenter');
    expect(presenter.getState()).toEqual(audience.getState());
    presenter.dispatch({ kind: 'seek', sec: 9_000 }, RUN);
    now = 7_000;
    audience.dispatch({ kind: 'togglePlay' }, RUN);
    expect(presenter.getState()).toEqual(audience.getState());
    expect(modelTimeAt(presenter.getState(), 99_000, RUN)).toBeCloseTo(
      9_000 + 4 * factor(audience.getState()),
      9,
    );
    let seen = 0;
    presenter.subscribe(() => (seen += 1));
    audience.dispatch({ kind: 'next' }, RUN);
    expect(seen).toBe(1);
    expect(presenter.getState().beat).toBe(2);

    presenter.announceExit();
    expect(exits).toEqual(['audience']);
    audience.close();
    presenter.dispatch({ kind: 'next' }, RUN);
    expect(audience.getState().beat).toBe(2);
  });

  it('drops what reaches a closed player instead of sending on its closed channel', () => {
    let open = true;
    const sent: string[] = [];
    const player = createPresentPlayer({
      id: 'audience',
      beatStartsSec: STARTS,
      transport: {
        send: (msg) => {
          if (!open) throw new Error('InvalidStateError: the channel is closed');
          sent.push(msg.type);
        },
        listen: () => () => {
          open = false;
        },
      },
      onExit: () => undefined,
    });
    player.close();
    expect(() => {
      player.dispatch({ kind: 'drawing', transform: { k: 2, x: 10, y: 10 } }, RUN);
      player.announceExit();
    }).not.toThrow();
    expect(sent).toEqual(['hello']);
  });
});

describe('lesson editor list moves and routes', () => {
  it('moves one item and keeps the rest in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('parses and writes the lesson and presentation routes', () => {
    expect(parseRoute('#/lessons')).toEqual({ name: 'lessons', lessonId: null });
    expect(parseRoute('#/lessons/l_abc')).toEqual({ name: 'lessons', lessonId: 'l_abc' });
    expect(parseRoute('#/present/lb_x')).toEqual({
      name: 'present',
      lessonId: 'lb_x',
      role: 'audience',
    });
    const presenter = { name: 'present', lessonId: 'lb_x', role: 'presenter' } as const;
    expect(parseRoute(hrefFor(presenter))).toEqual(presenter);
  });
});
