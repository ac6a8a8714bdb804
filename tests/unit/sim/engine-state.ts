// A scenario with only its required sections, and the engine's state at its start, for tests that
// call one subsystem's functions directly.
import { deriveConfig, type EngineConfig } from '../../../src-main/sim/config';
import { beginSession } from '../../../src-main/sim/feeding';
import type { Scenario } from '../../../src-main/sim/index';
import { initState } from '../../../src-main/sim/simulate';
import type { ActiveSession, EngineState } from '../../../src-main/sim/state';

export const minimal: Scenario = {
  schema: 'lactasim/scenario@1',
  name: 'minimal',
  start: { postpartumHours: 1008 },
  durationHours: 24,
  feeding: { plan: 'onDemand' },
};

export function engineAt(over: Partial<Scenario> = {}): { c: EngineConfig; st: EngineState } {
  const c = deriveConfig({ ...minimal, ...over });
  return { c, st: initState(c) };
}

/** Starts a session as the feeding plan would: a hungry infant's latch, or a pump. */
export function startSession(
  c: EngineConfig,
  st: EngineState,
  t: number,
  kind: 'latch' | 'pump' | 'skinToSkin',
  side: 'left' | 'right' | 'both' | null,
  stress = 0,
): ActiveSession {
  return beginSession(c, st, t, kind, side, {
    infant: kind === 'latch' ? 0 : -1,
    durationSec: kind === 'latch' ? null : 15 * 60,
    babyPresent: kind !== 'pump',
    primed: false,
    stress,
  });
}
