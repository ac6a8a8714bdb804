// Planned sessions: explicit events and the fixed clock of a scheduled plan, plus side choice.
// Units: seconds of model time.
import type { Scenario } from './scenario';
import type { Side } from './trace';

export type SessionKind = 'latch' | 'pump' | 'skinToSkin';
export type SessionSide = Side | 'both';

export interface PlannedSession {
  atSec: number;
  kind: SessionKind;
  side: SessionSide | null;
  durationSec: number | null;
  babyPresent: boolean;
  /** True for explicit events: the duration is fixed, not led by the infant. */
  fixed: boolean;
}

/** Explicit events, sorted by time (stable for equal times). */
export function explicitSessions(scenario: Scenario, durationSec: number): PlannedSession[] {
  const out: PlannedSession[] = [];
  for (const e of scenario.feeding.events ?? []) {
    const atSec = e.atMinutes * 60;
    if (atSec >= durationSec) continue;
    out.push({
      atSec,
      kind: e.kind,
      side: e.kind === 'skinToSkin' ? null : e.side,
      durationSec: e.durationMinutes * 60,
      // A latch or skin-to-skin means the baby is there; a pump only when stated.
      babyPresent: e.kind === 'pump' ? e.babyPresent === true : true,
      fixed: true,
    });
  }
  return out
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.atSec - b.s.atSec || a.i - b.i)
    .map((x) => x.s);
}

/** Side to start a feed on, by pattern (block: same side for blockHours). */
export function chooseFirstSide(
  pattern: 'alternate' | 'bothSides' | 'block',
  lastFirst: Side | null,
  tSec: number,
  blockHours: number,
): Side {
  if (pattern === 'block') {
    return Math.floor(tSec / (blockHours * 3600)) % 2 === 0 ? 'left' : 'right';
  }
  return lastFirst === 'left' ? 'right' : 'left';
}
