// The one window the app lets a page open: the presenter view of a lesson, at the same app URL
// with the presenter route. It goes on another display than the audience window when there is
// one, and X swaps the two windows' displays. Decisions are pure functions over plain data so
// they are unit-tested without Electron; index.ts only wires them to Electron's events.
import { isAppUrl, type RendererSource } from './security';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

const PRESENTER_HASH = /^#\/present\/(lb?_[a-z0-9-]{1,80})\/presenter$/;

/** The lesson id when `url` is our renderer at a presenter route; null for anything else. */
export function presenterLessonId(url: string, source: RendererSource): string | null {
  if (!isAppUrl(url, source)) return null;
  const match = PRESENTER_HASH.exec(new URL(url).hash);
  return match?.[1] ?? null;
}

function centre(r: Rect): { x: number; y: number } {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

function contains(r: Rect, p: { x: number; y: number }): boolean {
  return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
}

/** The display whose bounds hold the centre of `window` (the first display otherwise). */
export function displayOf(displays: readonly DisplayInfo[], window: Rect): DisplayInfo | undefined {
  const c = centre(window);
  return displays.find((d) => contains(d.bounds, c)) ?? displays[0];
}

/**
 * Where the presenter window opens: the work area of a display other than the audience
 * window's when there is one, else a smaller window on the same display.
 */
export function presenterBounds(displays: readonly DisplayInfo[], audience: Rect): Rect {
  const here = displayOf(displays, audience);
  const other = displays.find((d) => d.id !== here?.id);
  if (other) return { ...other.workArea };
  const area = here?.workArea ?? audience;
  const width = Math.round(area.width * 0.8);
  const height = Math.round(area.height * 0.8);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/** New bounds for the two windows when the presenter presses X: each takes the other's display. */
export function swappedBounds(
  displays: readonly DisplayInfo[],
  audience: Rect,
  presenter: Rect,
): { audience: Rect; presenter: Rect } | null {
  const a = displayOf(displays, audience);
  const p = displayOf(displays, presenter);
  if (!a || !p || a.id === p.id) return null;
  return { audience: { ...p.workArea }, presenter: { ...a.workArea } };
}

/** True for the swap-displays key (X, no modifiers) pressed in a presentation window. */
export function isSwapKey(
  input: { type: string; key: string; control: boolean; meta: boolean; alt: boolean },
  url: string,
): boolean {
  if (input.type !== 'keyDown' || input.control || input.meta || input.alt) return false;
  if (input.key !== 'x' && input.key !== 'X') return false;
  return /#\/present\//.test(url);
}

/**
 * Permissions a page may have: none, except full screen for our own renderer (Present asks
 * for it). Everything else stays refused as before.
 */
export function allowPermission(permission: string, url: string, source: RendererSource): boolean {
  return permission === 'fullscreen' && isAppUrl(url, source);
}
