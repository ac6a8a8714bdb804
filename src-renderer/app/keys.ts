// The one key table of the app: what each global key does in the simulation view and in a
// presentation, and the catalog keys of the words the `?` help shows for it. Pure, so the table, the lookup and the
// rule for focused controls are unit-tested without a browser.

export type KeyScope = 'sim' | 'present';

export type KeyCommand =
  | 'togglePlay'
  | 'stepBack'
  | 'stepForward'
  | 'previousEvent'
  | 'nextEvent'
  | 'faster'
  | 'slower'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit'
  | 'nextBeat'
  | 'previousBeat'
  | 'firstBeat'
  | 'lastBeat'
  | 'digit'
  | 'blankBlack'
  | 'blankWhite'
  | 'pointer'
  | 'openPresenter'
  | 'swapDisplays'
  | 'help'
  | 'exit';

interface KeyRow {
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  /** How the help names these keys, each a catalog key under `app:keys.names` or the key itself. */
  shown: readonly string[];
  /** What the keys do in each scope, and the help's words for it (a key under `app:keys.what`). */
  sim?: readonly [KeyCommand, string];
  present?: readonly [KeyCommand, string];
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const KEY_TABLE: readonly KeyRow[] = [
  {
    keys: [' '],
    shown: ['space'],
    sim: ['togglePlay', 'playPause'],
    present: ['nextBeat', 'nextBeat'],
  },
  {
    keys: ['ArrowRight'],
    shown: ['→'],
    sim: ['stepForward', 'stepForward'],
    present: ['nextBeat', 'nextBeat'],
  },
  {
    keys: ['ArrowLeft'],
    shown: ['←'],
    sim: ['stepBack', 'stepBack'],
    present: ['previousBeat', 'previousBeat'],
  },
  { keys: ['PageDown', 'ArrowDown'], shown: ['pageDown', '↓'], present: ['nextBeat', 'nextBeat'] },
  {
    keys: ['PageUp', 'ArrowUp'],
    shown: ['pageUp', '↑'],
    present: ['previousBeat', 'previousBeat'],
  },
  // With a beat number typed, Enter goes to that beat instead.
  { keys: ['Enter'], shown: ['enter'], present: ['nextBeat', 'nextBeat'] },
  { keys: ['Home'], shown: ['home'], present: ['firstBeat', 'firstBeat'] },
  { keys: ['End'], shown: ['end'], present: ['lastBeat', 'lastBeat'] },
  { keys: DIGITS, shown: ['numberThenEnter'], present: ['digit', 'goToBeat'] },
  {
    keys: ['p', 'P'],
    shown: ['P'],
    sim: ['togglePlay', 'playPause'],
    present: ['togglePlay', 'playPauseInBeat'],
  },
  {
    keys: ['['],
    shown: ['['],
    sim: ['previousEvent', 'previousEvent'],
    present: ['previousEvent', 'previousEventOfCase'],
  },
  {
    keys: [']'],
    shown: [']'],
    sim: ['nextEvent', 'nextEvent'],
    present: ['nextEvent', 'nextEventOfCase'],
  },
  { keys: ['+', '='], shown: ['+'], sim: ['faster', 'faster'], present: ['faster', 'faster'] },
  { keys: ['-', '_'], shown: ['−'], sim: ['slower', 'slower'], present: ['slower', 'slower'] },
  { keys: ['z'], shown: ['Z'], sim: ['zoomIn', 'zoomIn'] },
  { keys: ['Z'], shown: ['shiftZ'], sim: ['zoomOut', 'zoomOut'] },
  { keys: ['0'], shown: ['0'], sim: ['zoomFit', 'zoomFit'] },
  {
    keys: ['b', 'B', '.'],
    shown: ['B', '.'],
    present: ['blankBlack', 'blankBlack'],
  },
  {
    keys: ['w', 'W', ','],
    shown: ['W', ','],
    present: ['blankWhite', 'blankWhite'],
  },
  {
    keys: ['l', 'L'],
    shown: ['L'],
    present: ['pointer', 'pointer'],
  },
  { keys: ['s', 'S'], shown: ['S'], present: ['openPresenter', 'openPresenter'] },
  { keys: ['x', 'X'], shown: ['X'], present: ['swapDisplays', 'swapDisplays'] },
  {
    keys: ['?'],
    shown: ['?'],
    sim: ['help', 'help'],
    present: ['help', 'help'],
  },
  {
    keys: ['Escape'],
    shown: ['escape'],
    sim: ['exit', 'closeList'],
    present: ['exit', 'leavePresentation'],
  },
];

/** The command a key gives in a scope; null when the key means nothing there. */
export function commandFor(scope: KeyScope, key: string): KeyCommand | null {
  for (const row of KEY_TABLE) {
    const entry = row[scope];
    if (entry && row.keys.includes(key)) return entry[0];
  }
  return null;
}

/** The help's words for a catalog key of `app:keys`; the key itself where the catalog has none. */
export type KeyWords = (key: string) => string;

/**
 * The `?` help of a scope: one line per meaning, its keys joined in table order, e.g.
 * ["Space  →  PageDown  Enter", "Next beat"].
 */
export function helpRows(scope: KeyScope, words: KeyWords): [string, string][] {
  const rows = new Map<string, string[]>();
  for (const row of KEY_TABLE) {
    const entry = row[scope];
    if (!entry) continue;
    const keys = rows.get(entry[1]) ?? [];
    for (const name of row.shown)
      keys.push(/^[a-z]\w+$/.test(name) ? words(`names.${name}`) : name);
    rows.set(entry[1], keys);
  }
  return [...rows].map(([what, keys]) => [keys.join('  '), words(`what.${what}`)]);
}

/** What a focused element is, as far as the global keys care. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
}

const TEXT_FREE_INPUTS = new Set(['button', 'submit', 'reset', 'image', 'checkbox', 'radio']);
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * True when the focused element needs this key for itself, so the global table must leave it
 * alone: every key in text entry and selects; the arrows, Home, End and the page keys on a slider;
 * Space and the arrows on a checkbox or radio button; Enter on a button or link. Space on a button
 * is not the button's: it plays and pauses, as the keys promise (Enter still presses it).
 */
export function keyBelongsToTarget(target: KeyTarget | null, key: string): boolean {
  if (!target) return false;
  const tag = target.tagName.toUpperCase();
  const role = target.getAttribute?.('role') ?? null;
  const type = (target.type ?? '').toLowerCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT' && type === 'range') return SLIDER_KEYS.has(key) || key.startsWith('Page');
  if (tag === 'INPUT' && (type === 'checkbox' || type === 'radio'))
    return key === ' ' || SLIDER_KEYS.has(key);
  if (tag === 'INPUT' && !TEXT_FREE_INPUTS.has(type)) return true;
  if (role === 'slider') return SLIDER_KEYS.has(key) || key.startsWith('Page');
  const buttonLike =
    tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT' || role === 'button';
  return buttonLike && key === 'Enter';
}
