// The sample spacing a run of a scenario is asked for, wherever it runs (the screen, a what-if,
// the handout): the run's summary depends a little on it, so every place that shows a number
// from a run of the same scenario asks for the same spacing and shows the same number.
import type { Scenario } from '../sim/scenario';

/** About this many samples per run: sub-second detail for one feed, minutes over weeks. */
const TARGET_SAMPLES = 8000;

/** Sample spacing asked of the engine, within the contract's 0.5 s … 1 h. */
export function resolutionFor(scenario: Scenario): number {
  const seconds = scenario.durationHours * 3600;
  return Math.min(3600, Math.max(0.5, Math.round((seconds / TARGET_SAMPLES) * 2) / 2));
}
