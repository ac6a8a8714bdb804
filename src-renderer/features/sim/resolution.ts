// The sample spacing the views ask of the engine. Pure, so the benchmarks use the same.
import type { Scenario } from '../../../src-main/sim/scenario';

/** About this many samples per run: sub-second detail for one feed, minutes over weeks. */
const TARGET_SAMPLES = 8000;

/** Sample spacing asked of the engine, within the contract's 0.5 s … 1 h. */
export function resolutionFor(scenario: Scenario): number {
  const seconds = scenario.durationHours * 3600;
  return Math.min(3600, Math.max(0.5, Math.round((seconds / TARGET_SAMPLES) * 2) / 2));
}
