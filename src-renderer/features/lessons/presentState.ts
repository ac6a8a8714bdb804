// The shared state of a presentation and the keys that change it. Pure, so the key map and the
// window-to-window sync can be unit-tested without a browser. Both windows (audience and
// presenter) hold the same state; whichever window receives a key applies it and broadcasts.

export type Blank = 'none' | 'black' | 'white';

export interface PresentState {
  /** 0-based index of the beat shown. */
  beat: number;
  blank: Blank;
  playing: boolean;
  /** Index into the timeline's SPEEDS. */
  speedIndex: number;
  /** Raised on every change so a window can tell a newer state from an echo. */
  version: number;
}

export type PresentAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; beat: number }
  | { kind: 'blank'; blank: Exclude<Blank, 'none'> }
  | { kind: 'togglePlay' }
  | { kind: 'speed'; delta: 1 | -1 };

export const initialState = (beat = 0, speedIndex = 2): PresentState => ({
  beat,
  blank: 'none',
  playing: false,
  speedIndex,
  version: 0,
});

export function applyAction(
  s: PresentState,
  a: PresentAction,
  beatCount: number,
  speedCount: number,
): PresentState {
  const last = Math.max(0, beatCount - 1);
  const to = (beat: number): PresentState => {
    const b = Math.min(last, Math.max(0, beat));
    // Moving to another beat also lifts a blank and stops the clock at the new beat's moment.
    return b === s.beat && s.blank === 'none'
      ? s
      : { ...s, beat: b, blank: 'none', playing: false, version: s.version + 1 };
  };
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
      return { ...s, blank: s.blank === a.blank ? 'none' : a.blank, version: s.version + 1 };
    case 'togglePlay':
      return { ...s, playing: !s.playing, version: s.version + 1 };
    case 'speed': {
      const speedIndex = Math.min(speedCount - 1, Math.max(0, s.speedIndex + a.delta));
      return speedIndex === s.speedIndex ? s : { ...s, speedIndex, version: s.version + 1 };
    }
  }
}

/** What a key does; `digits` is the beat number typed so far (for number + Enter). */
export type KeyResult =
  | { kind: 'action'; action: PresentAction }
  | { kind: 'digits'; digits: string }
  | { kind: 'pointer' }
  | { kind: 'help' }
  | { kind: 'exit' }
  | { kind: 'swapDisplays' }
  | { kind: 'openPresenter' }
  | { kind: 'none' };

export function keyToResult(key: string, digits: string): KeyResult {
  if (/^[0-9]$/.test(key)) return { kind: 'digits', digits: (digits + key).slice(-4) };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return { kind: 'action', action: { kind: 'next' } };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { kind: 'action', action: { kind: 'previous' } };
    case 'Home':
      return { kind: 'action', action: { kind: 'first' } };
    case 'End':
      return { kind: 'action', action: { kind: 'last' } };
    case 'Enter':
      return digits === ''
        ? { kind: 'action', action: { kind: 'next' } }
        : { kind: 'action', action: { kind: 'goto', beat: Number(digits) - 1 } };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'action', action: { kind: 'blank', blank: 'black' } };
    case 'w':
    case 'W':
    case ',':
      return { kind: 'action', action: { kind: 'blank', blank: 'white' } };
    case 'p':
    case 'P':
      return { kind: 'action', action: { kind: 'togglePlay' } };
    case '+':
    case '=':
      return { kind: 'action', action: { kind: 'speed', delta: 1 } };
    case '-':
    case '_':
      return { kind: 'action', action: { kind: 'speed', delta: -1 } };
    case 'l':
    case 'L':
      return { kind: 'pointer' };
    case '?':
      return { kind: 'help' };
    case 'Escape':
      return { kind: 'exit' };
    case 's':
    case 'S':
      return { kind: 'openPresenter' };
    case 'x':
    case 'X':
      return { kind: 'swapDisplays' };
    default:
      return { kind: 'none' };
  }
}

/** The key list shown by `?` and in the README. */
export const KEY_LIST: readonly [string, string][] = [
  ['→  Space  PageDown  Enter', 'Next beat'],
  ['←  PageUp', 'Previous beat'],
  ['Home / End', 'First / last beat'],
  ['number, then Enter', 'Go to that beat'],
  ['B / W', 'Blank the screen black / white (again to resume)'],
  ['P', 'Play or pause the simulation inside the beat'],
  ['+ / −', 'Faster / slower'],
  ['L', 'Pointer that names the structure under it'],
  ['S', 'Open the presenter view'],
  ['X', 'Swap displays (desktop app)'],
  ['?', 'Show or hide this list'],
  ['Esc', 'Leave the presentation'],
];

/** Messages between the windows of one presentation. */
export type SyncMessage =
  | { type: 'state'; from: string; state: PresentState }
  | { type: 'hello'; from: string }
  | { type: 'exit'; from: string };

/** Keeps the newer of two states; ties go to the incoming one so both windows converge. */
export function mergeIncoming(local: PresentState, incoming: PresentState): PresentState {
  return incoming.version >= local.version ? incoming : local;
}

export const channelName = (lessonId: string): string => `lactasim-present-${lessonId}`;
