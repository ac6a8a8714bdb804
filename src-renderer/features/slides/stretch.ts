// Which stretch of the run an animation shows, and the model times of its frames. Pure: times
// are model seconds, events the trace's.
import type { EventKind, Side, SimEvent } from '../../../src-main/sim/trace';

/**
 * The stretches offered, named in slides.json under `stretch.<id>`; `file` is the animation's file
 * name part, English in every language like the names of the other exported files.
 */
export const STRETCHES = [
  { id: 'letDown', file: 'let-down' },
  { id: 'feed', file: 'feed' },
  { id: 'tenMinutes', file: 'the-next-10-minutes' },
] as const;

export type StretchId = (typeof STRETCHES)[number]['id'];

/** The animation's own length and frame rate: short enough for a slide, smooth enough to read. */
export const ANIMATION_SECONDS = 5;
export const FRAMES_PER_SECOND = 10;

/** A little before and after a let-down or a feed, so the animation shows it begin and end. */
const LEAD_SEC = { letDown: 15, feed: 30 } as const;
const FEED_STARTS: ReadonlySet<EventKind> = new Set(['latch', 'pumpStart']);

/**
 * The span [start, end) of the episode (opened by `opens`, closed by the next `closes`) that
 * holds `t`, or else the next one after `t`; on the drawn side when events name one.
 */
function episode(
  events: readonly SimEvent[],
  t: number,
  opens: (e: SimEvent) => boolean,
  closes: EventKind,
  side: Side,
): [number, number] | null {
  const onSide = (e: SimEvent) => e.side === undefined || e.side === side;
  const starts = events.filter((e) => opens(e) && onSide(e));
  const endAfter = (s: SimEvent) =>
    events.find((e) => e.kind === closes && e.atSeconds >= s.atSeconds && onSide(e))?.atSeconds;
  const spans = starts
    .map((s): [number, number] | null => {
      const end = endAfter(s);
      return end === undefined ? null : [s.atSeconds, end];
    })
    .filter((s): s is [number, number] => s !== null);
  return spans.find(([a, b]) => a <= t && t <= b) ?? spans.find(([a]) => a > t) ?? null;
}

/** The stretch to animate, clamped to the run; null when the run has no such stretch from `t` on. */
export function animationStretch(
  id: StretchId,
  events: readonly SimEvent[],
  t: number,
  durationSec: number,
  side: Side,
): [number, number] | null {
  let span: [number, number] | null;
  if (id === 'tenMinutes') span = [t, t + 600];
  else if (id === 'letDown') {
    const found = episode(events, t, (e) => e.kind === 'ejectionStart', 'ejectionEnd', side);
    span = found && [found[0] - LEAD_SEC.letDown, found[1] + LEAD_SEC.letDown];
  } else {
    const found = episode(events, t, (e) => FEED_STARTS.has(e.kind), 'sessionEnd', side);
    span = found && [found[0] - LEAD_SEC.feed, found[1] + LEAD_SEC.feed];
  }
  if (!span) return null;
  const from = Math.max(0, span[0]);
  const to = Math.min(durationSec, span[1]);
  return to > from ? [from, to] : null;
}

/** Model times of the frames: evenly over [from, to], the first at `from` and the last at `to`. */
export function frameTimes(
  [from, to]: readonly [number, number],
  count = ANIMATION_SECONDS * FRAMES_PER_SECOND,
): number[] {
  if (count <= 1) return [from];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
