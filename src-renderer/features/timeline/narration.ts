// What the polite live region says while the simulation plays. Pure; times are model seconds
// and `now` is wall-clock milliseconds. A screen reader cannot speak 14 lines in 8 s, so by
// default playback speaks one line per phase of a feed (it starts, the first let-down, it ends
// with a summary) and per event of interest across days, at most one line every MIN_GAP_MS.
// Stepping, seeking and event jumps are the person's own moves: they are always spoken.
import { tr } from '../../app/i18n';
import { mostTelling, narrate, type NumberedEvent } from './events';

export type NarrationLevel = 'summary' | 'every' | 'off';

/** The levels and the keys of their names in the timeline catalog. */
export const NARRATION_LEVELS: readonly { value: NarrationLevel; label: string }[] = [
  { value: 'summary', label: 'narration.levels.summary' },
  { value: 'every', label: 'narration.levels.every' },
  { value: 'off', label: 'narration.levels.off' },
];

/**
 * A person's seek can pass a whole feed; what it lands on is the latest of the events passed and
 * those this close before it (model seconds), so a long-past "ejection started" is not announced
 * after the feed it belonged to has ended.
 */
export const SAME_MOMENT_SEC = 10;

/** Least wall-clock time between two lines spoken during playback at the summary level. */
export const MIN_GAP_MS = 3000;

/** The events that open or close a phase: spoken at the summary level. */
export function isPhase(e: NumberedEvent): boolean {
  switch (e.kind) {
    case 'latch':
    case 'pumpStart':
    case 'sessionEnd':
    case 'placentaDelivered':
    case 'progesteroneWithdrawal':
    case 'milkComesIn':
    case 'supplyUp':
    case 'supplyDown':
      return true;
    case 'ejectionStart':
      return (e.ordinal ?? 1) === 1;
    default:
      return false;
  }
}

/** A feed's (or pumping session's) end, summed up: how long it lasted, how many milk ejections. */
export function feedSummary(end: NumberedEvent, events: readonly NumberedEvent[]): string {
  const start = events
    .filter((e) => (e.kind === 'latch' || e.kind === 'pumpStart') && e.atSeconds <= end.atSeconds)
    .at(-1);
  if (!start) return narrate(end);
  const ejections = new Set(
    events
      .filter(
        (e) =>
          e.kind === 'ejectionStart' &&
          e.atSeconds >= start.atSeconds &&
          e.atSeconds <= end.atSeconds,
      )
      .map((e) => e.ordinal),
  ).size;
  const minutes = Math.max(1, Math.round((end.atSeconds - start.atSeconds) / 60));
  const summary = end.pumping === true ? 'pumpSummary' : 'feedSummary';
  return tr('timeline', `narration.${summary}`, { minutes, count: ejections });
}

export interface NarratorMemory {
  /** Wall-clock ms of the last line spoken during playback. */
  lastSpokenAt: number | null;
}

/**
 * The line to speak for the events the playhead just passed (or landed on), or null to leave the
 * live region as it is. Updates `memory` when it speaks during playback.
 */
export function narrationFor(
  passed: readonly NumberedEvent[],
  events: readonly NumberedEvent[],
  { playing, level, now }: { playing: boolean; level: NarrationLevel; now: number },
  memory: NarratorMemory,
): string | null {
  if (!playing) {
    const latest = passed.at(-1)?.atSeconds ?? 0;
    const e = mostTelling(passed.filter((x) => x.atSeconds >= latest - SAME_MOMENT_SEC));
    return e ? narrate(e) : null;
  }
  if (level === 'off') return null;
  const e = mostTelling(level === 'every' ? passed : passed.filter(isPhase));
  if (!e) return null;
  if (level === 'summary') {
    if (memory.lastSpokenAt !== null && now - memory.lastSpokenAt < MIN_GAP_MS) return null;
  }
  memory.lastSpokenAt = now;
  return e.kind === 'sessionEnd' && level === 'summary' ? feedSummary(e, events) : narrate(e);
}
