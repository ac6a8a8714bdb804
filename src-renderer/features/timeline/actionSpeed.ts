// The playback speed that follows the action: close to real time while milk is ejected, brisk
// through the rest of a feed, fast between feeds. The stretches come from the run's events, which
// are exact whatever the trace's sampling; the clock moves through each stretch at its own speed
// and never jumps over one, so a feed is never skipped between two frames. Pure; model seconds.
import type { EventKind, SimEvent } from '../../../src-main/sim/trace';

/** Model seconds per wall-clock second in each kind of stretch. */
export const ACTION_FACTORS = { ejection: 2, feed: 15, between: 3600 } as const;

interface Stretch {
  start: number;
  end: number;
  factor: number;
}

export interface ActionSpeed {
  /** The speed at model time t. */
  factorAt(t: number): number;
  /** Model time after `wallSec` of playing from t, each stretch at its own speed. */
  advance(t: number, wallSec: number): number;
}

/**
 * Open → close pairs of events as [start, end] spans. `nested`: every open has its own close
 * (ejections, one per side); otherwise the first open starts the span and a close ends it (a
 * feed's second-breast latch comes within the feed).
 */
function spans(
  events: readonly SimEvent[],
  opens: readonly EventKind[],
  close: EventKind,
  nested: boolean,
  durationSec: number,
): [number, number][] {
  const out: [number, number][] = [];
  let open = 0;
  let since = 0;
  for (const e of events) {
    if (opens.includes(e.kind)) {
      if (open === 0) since = e.atSeconds;
      open = nested ? open + 1 : 1;
    } else if (e.kind === close && open > 0) {
      open = nested ? open - 1 : 0;
      if (open === 0) out.push([since, e.atSeconds]);
    }
  }
  if (open > 0) out.push([since, durationSec]);
  return out;
}

/**
 * The speed of a run, from its events in time order. Built on first use: a long run, which plays
 * at a fixed speed by default, never pays for it.
 */
export function actionSpeed(sorted: readonly SimEvent[], durationSec: number): ActionSpeed {
  let built: Stretch[] | null = null;
  const all = () => (built ??= stretchesOf(sorted, durationSec));
  /** Index of the stretch holding t (the last one at or past the end). */
  const indexAt = (t: number): number => {
    const stretches = all();
    let lo = 0;
    let hi = stretches.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((stretches[mid] as Stretch).start <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    factorAt: (t) => all()[indexAt(t)]?.factor ?? ACTION_FACTORS.between,
    advance(t, wallSec) {
      const stretches = all();
      let now = t;
      let wall = wallSec;
      for (let i = indexAt(t); wall > 0 && i < stretches.length; i++) {
        const s = stretches[i] as Stretch;
        const reach = now + wall * s.factor;
        if (reach < s.end || i === stretches.length - 1) return Math.min(reach, durationSec);
        wall -= (s.end - now) / s.factor;
        now = s.end;
      }
      return Math.min(now, durationSec);
    },
  };
}

/** Ejection over feed over between, as stretches that cover the run. */
function stretchesOf(sorted: readonly SimEvent[], durationSec: number): Stretch[] {
  const feeds = spans(sorted, ['latch', 'pumpStart'], 'sessionEnd', false, durationSec);
  const ejections = spans(sorted, ['ejectionStart'], 'ejectionEnd', true, durationSec);
  // Boundaries of every stretch, then each stretch's speed: ejection over feed over between.
  const cuts = [...new Set([0, durationSec, ...feeds.flat(), ...ejections.flat()])]
    .filter((x) => x >= 0 && x <= durationSec)
    .sort((a, b) => a - b);
  // Spans of each list are in order and apart, so one pointer per list sweeps them once.
  const sweep = (list: [number, number][]) => {
    let i = 0;
    return (t: number) => {
      while (i < list.length && (list[i] as [number, number])[1] <= t) i++;
      return i < list.length && (list[i] as [number, number])[0] <= t;
    };
  };
  const inEjection = sweep(ejections);
  const inFeed = sweep(feeds);
  const stretches: Stretch[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const mid = (start + end) / 2;
    const ejecting = inEjection(mid);
    const feeding = inFeed(mid);
    const factor = ejecting
      ? ACTION_FACTORS.ejection
      : feeding
        ? ACTION_FACTORS.feed
        : ACTION_FACTORS.between;
    const last = stretches[stretches.length - 1];
    if (last && last.factor === factor) last.end = end;
    else stretches.push({ start, end, factor });
  }

  return stretches;
}
