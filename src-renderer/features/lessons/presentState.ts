// The one state of a presentation, shared by its windows (audience and presenter), and the
// actions that change it. Pure, so the clock and the window-to-window merge are unit-tested
// without a browser.
//
// Units: model time in seconds since the case run's t = 0; wall time in milliseconds of
// `Date.now()`, which every window on the machine reads alike. Model time is never stored as a
// running value: it is the anchor plus the wall time since the anchor times the speed, so two
// windows that hold the same state show the same moment and cannot drift apart.
import { sameView, type ViewTransform } from '../anatomy/zoom';
import { SPEEDS } from '../timeline/speeds';

export type Blank = 'none' | 'black' | 'white';

export interface PresentState {
  /** 0-based index of the beat shown. */
  beat: number;
  blank: Blank;
  /** Model time (s) when the wall clock read `anchorWallMs`. */
  anchorSec: number;
  anchorWallMs: number;
  playing: boolean;
  /** Index into the timeline's SPEEDS. */
  speedIndex: number;
  /** The presenter timeline's zoom (index into ZOOMS); null: the beat's own stretch. */
  zoomIndex: number | null;
  /** Where the drawing is zoomed and panned to (view units); null: the beat's own framing. */
  drawing: ViewTransform | null;
  /** Raised on every change so a window can tell a newer state from an echo. */
  version: number;
  /** The window that made this version; breaks ties so every window keeps the same state. */
  by: string;
}

/** Where the clock of the current beat may run: the case's run, and the beat's range if any. */
export interface ClockLimits {
  durationSec: number;
  /** End of the beat's range; playing from inside the range stops there. */
  untilSec: number | null;
}

export type PresentAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; beat: number }
  | { kind: 'blank'; blank: Exclude<Blank, 'none'> }
  | { kind: 'togglePlay' }
  | { kind: 'speed'; delta: number }
  | { kind: 'seek'; sec: number }
  | { kind: 'zoom'; index: number }
  | { kind: 'drawing'; transform: ViewTransform };

/** What an action needs to know beyond the state. */
export interface ActionContext {
  /** Each beat's moment (model s): a beat opens paused there. */
  beatStartsSec: readonly number[];
  limits: ClockLimits;
  nowMs: number;
  /** This window's id, stamped on the states it makes. */
  by: string;
}

export const initialState = (startSec: number, speedIndex = 2): PresentState => ({
  beat: 0,
  blank: 'none',
  anchorSec: startSec,
  anchorWallMs: 0,
  playing: false,
  speedIndex,
  zoomIndex: null,
  drawing: null,
  version: 0,
  // Every window starts from this same state, so whatever another window says wins.
  by: '',
});

/** Where playing stops: the end of the beat's range when the clock is inside it, else the run's. */
function stopSec(s: PresentState, limits: ClockLimits): number {
  const { untilSec, durationSec } = limits;
  return untilSec !== null && s.anchorSec < untilSec
    ? Math.min(untilSec, durationSec)
    : durationSec;
}

/** The model time the state shows at wall time `nowMs`. */
export function modelTimeAt(s: PresentState, nowMs: number, limits: ClockLimits): number {
  if (!s.playing) return Math.min(limits.durationSec, Math.max(0, s.anchorSec));
  const factor = SPEEDS[s.speedIndex]?.factor ?? 1;
  const t = s.anchorSec + (Math.max(0, nowMs - s.anchorWallMs) / 1000) * factor;
  return Math.min(stopSec(s, limits), Math.max(0, t));
}

/** Playing and not yet at the place where playing stops. */
export function isRunning(s: PresentState, nowMs: number, limits: ClockLimits): boolean {
  return s.playing && modelTimeAt(s, nowMs, limits) < stopSec(s, limits);
}

export function applyAction(s: PresentState, a: PresentAction, ctx: ActionContext): PresentState {
  const { beatStartsSec, limits, nowMs, by } = ctx;
  const changed = (next: Partial<PresentState>): PresentState => ({
    ...s,
    ...next,
    version: s.version + 1,
    by,
  });
  const last = Math.max(0, beatStartsSec.length - 1);
  const to = (beat: number): PresentState => {
    const b = Math.min(last, Math.max(0, beat));
    if (b === s.beat && s.blank === 'none') return s;
    // Another beat opens at its own moment, paused, with its own timeline zoom and framing of the
    // drawing; a blank lifts.
    return changed({
      beat: b,
      blank: 'none',
      anchorSec: beatStartsSec[b] ?? 0,
      anchorWallMs: nowMs,
      playing: false,
      zoomIndex: null,
      drawing: null,
    });
  };
  const now = modelTimeAt(s, nowMs, limits);
  // A clock that reached its stop is paused from here on, so a re-anchor does not restart it.
  const running = isRunning(s, nowMs, limits);
  switch (a.kind) {
    case 'next':
      return to(s.beat + 1);
    case 'previous':
      return to(s.beat - 1);
    case 'first':
      return to(0);
    case 'last':
      return to(last);
    case 'goto':
      return to(a.beat);
    case 'blank':
      // The same key again brings the slide back, as in presentation software.
      return changed({ blank: s.blank === a.blank ? 'none' : a.blank });
    case 'togglePlay': {
      if (running) {
        return changed({ anchorSec: now, anchorWallMs: nowMs, playing: false });
      }
      // Play at the end of the run starts the beat again.
      const from = now >= limits.durationSec ? (beatStartsSec[s.beat] ?? 0) : now;
      return changed({ anchorSec: from, anchorWallMs: nowMs, playing: true });
    }
    case 'speed': {
      const speedIndex = Math.min(SPEEDS.length - 1, Math.max(0, s.speedIndex + a.delta));
      if (speedIndex === s.speedIndex) return s;
      // Re-anchored at this moment, so the new speed applies from now on.
      return changed({ speedIndex, anchorSec: now, anchorWallMs: nowMs, playing: running });
    }
    case 'seek': {
      const sec = Math.min(limits.durationSec, Math.max(0, a.sec));
      return changed({ anchorSec: sec, anchorWallMs: nowMs, playing: running });
    }
    case 'zoom':
      return a.index === s.zoomIndex ? s : changed({ zoomIndex: a.index });
    case 'drawing':
      return s.drawing !== null && sameView(s.drawing, a.transform)
        ? s
        : changed({ drawing: a.transform });
  }
}

/** Messages between the windows of one presentation. */
export type SyncMessage =
  | { type: 'state'; from: string; state: PresentState }
  | { type: 'hello'; from: string }
  | { type: 'exit'; from: string };

/**
 * The newer of two states: the higher version, and of two states with the same version the one
 * from the window with the greater id, so two windows that change it at once still agree.
 */
export function mergeIncoming(local: PresentState, incoming: PresentState): PresentState {
  if (incoming.version !== local.version)
    return incoming.version > local.version ? incoming : local;
  return incoming.by > local.by ? incoming : local;
}

export const channelName = (lessonId: string): string => `lactasim-present-${lessonId}`;
