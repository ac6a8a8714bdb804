// The one key table of the app: what each global key does in the simulation view and in a
// presentation, and the words the `?` help shows for it. Pure, so the table, the lookup and the
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
  /** How the help names these keys. */
  shown: string;
  /** What the keys do in each scope, and the help's words for it. */
  sim?: readonly [KeyCommand, string];
  present?: readonly [KeyCommand, string];
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const KEY_TABLE: readonly KeyRow[] = [
  {
    keys: [' '],
    shown: 'Space',
    sim: ['togglePlay', 'Play or pause'],
    present: ['nextBeat', 'Next beat'],
  },
  {
    keys: ['ArrowRight'],
    shown: '→',
    sim: ['stepForward', 'Step forward'],
    present: ['nextBeat', 'Next beat'],
  },
  {
    keys: ['ArrowLeft'],
    shown: '←',
    sim: ['stepBack', 'Step back'],
    present: ['previousBeat', 'Previous beat'],
  },
  { keys: ['PageDown', 'ArrowDown'], shown: 'PageDown', present: ['nextBeat', 'Next beat'] },
  { keys: ['PageUp', 'ArrowUp'], shown: 'PageUp', present: ['previousBeat', 'Previous beat'] },
  // With a beat number typed, Enter goes to that beat instead.
  { keys: ['Enter'], shown: 'Enter', present: ['nextBeat', 'Next beat'] },
  { keys: ['Home'], shown: 'Home', present: ['firstBeat', 'First beat'] },
  { keys: ['End'], shown: 'End', present: ['lastBeat', 'Last beat'] },
  { keys: DIGITS, shown: 'a number, then Enter', present: ['digit', 'Go to that beat'] },
  {
    keys: ['p', 'P'],
    shown: 'P',
    sim: ['togglePlay', 'Play or pause'],
    present: ['togglePlay', 'Play or pause the simulation inside the beat'],
  },
  {
    keys: ['['],
    shown: '[',
    sim: ['previousEvent', 'Previous event'],
    present: ['previousEvent', 'Previous event of the beat’s case'],
  },
  {
    keys: [']'],
    shown: ']',
    sim: ['nextEvent', 'Next event'],
    present: ['nextEvent', 'Next event of the beat’s case'],
  },
  { keys: ['+', '='], shown: '+', sim: ['faster', 'Faster'], present: ['faster', 'Faster'] },
  { keys: ['-', '_'], shown: '−', sim: ['slower', 'Slower'], present: ['slower', 'Slower'] },
  { keys: ['z'], shown: 'Z', sim: ['zoomIn', 'Zoom the drawing in'] },
  { keys: ['Z'], shown: 'Shift+Z', sim: ['zoomOut', 'Zoom the drawing out'] },
  { keys: ['0'], shown: '0', sim: ['zoomFit', 'Fit the whole drawing'] },
  {
    keys: ['b', 'B', '.'],
    shown: 'B',
    present: ['blankBlack', 'Blank the screen black (again to resume)'],
  },
  {
    keys: ['w', 'W', ','],
    shown: 'W',
    present: ['blankWhite', 'Blank the screen white (again to resume)'],
  },
  {
    keys: ['l', 'L'],
    shown: 'L',
    present: ['pointer', 'A pointer that names the structure under it'],
  },
  { keys: ['s', 'S'], shown: 'S', present: ['openPresenter', 'Open the presenter view'] },
  { keys: ['x', 'X'], shown: 'X', present: ['swapDisplays', 'Swap displays (desktop app)'] },
  {
    keys: ['?'],
    shown: '?',
    sim: ['help', 'Show or hide this list'],
    present: ['help', 'Show or hide this list'],
  },
  {
    keys: ['Escape'],
    shown: 'Esc',
    sim: ['exit', 'Close this list'],
    present: ['exit', 'Leave the presentation (both windows)'],
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

/**
 * The `?` help of a scope: one line per meaning, its keys joined in table order, e.g.
 * ["Space  →  PageDown  Enter", "Next beat"].
 */
export function helpRows(scope: KeyScope): [string, string][] {
  const rows = new Map<string, string[]>();
  for (const row of KEY_TABLE) {
    const entry = row[scope];
    if (!entry) continue;
    const keys = rows.get(entry[1]) ?? [];
    keys.push(row.shown);
    rows.set(entry[1], keys);
  }
  return [...rows].map(([what, keys]) => [keys.join('  '), what]);
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
