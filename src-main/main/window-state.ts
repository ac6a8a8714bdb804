// The main window's size and place, remembered per arrangement of displays: a laptop on its own
// and the same laptop with a projector each get their own. A saved place that is no longer on
// any screen is not used.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isPlainObject } from '../contract/json-value';
import type { DisplayInfo, Rect } from './presenter';

export interface SavedWindow {
  bounds: Rect;
  maximized: boolean;
}

/** Saved windows by display arrangement (`arrangementKey`). */
export type WindowStates = Record<string, SavedWindow>;

export const DEFAULT_SIZE = { width: 1440, height: 900 };
export const MIN_SIZE = { width: 960, height: 600 };

/** Names the displays and where they are, so another arrangement gets another key. */
export function arrangementKey(displays: readonly DisplayInfo[]): string {
  return [...displays]
    .sort((a, b) => a.id - b.id)
    .map(({ id, bounds: b }) => `${id}@${b.x},${b.y},${b.width}x${b.height}`)
    .join('|');
}

const centreInside = (r: Rect, area: Rect) => {
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  return x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height;
};

/** Where to open: the saved place for these displays when it is on one of them, else nothing. */
export function restoreWindow(
  states: WindowStates,
  displays: readonly DisplayInfo[],
): SavedWindow | null {
  const saved = states[arrangementKey(displays)];
  if (!saved) return null;
  const display = displays.find((d) => centreInside(saved.bounds, d.workArea));
  if (!display) return null;
  const area = display.workArea;
  const width = Math.min(Math.max(saved.bounds.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(saved.bounds.height, MIN_SIZE.height), area.height);
  // Keep the whole window on that display even if the display shrank.
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export function rememberWindow(
  states: WindowStates,
  displays: readonly DisplayInfo[],
  window: SavedWindow,
): WindowStates {
  return { ...states, [arrangementKey(displays)]: window };
}

function isSavedWindow(value: unknown): value is SavedWindow {
  if (!isPlainObject(value) || typeof value.maximized !== 'boolean' || !isPlainObject(value.bounds))
    return false;
  const { bounds } = value;
  return ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(bounds[k]));
}

/**
 * The JSON file in the user-data folder; a missing or unreadable file is an empty one. An entry
 * without numeric bounds (a file edited by hand, say) would throw in `restoreWindow` and leave
 * the app without a window, so it is left out.
 */
export function readWindowStates(file: string): WindowStates {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  if (!isPlainObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, SavedWindow] =>
      isSavedWindow(entry[1]),
    ),
  );
}

export function writeWindowStates(file: string, states: WindowStates): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(states, null, 2)}\n`);
}
