import { z } from 'zod';
import { method } from './define';
import { estimateSamples, samplingFor, scenarioSchema } from '../sim/index';
import type { Trace } from '../sim/trace';

/**
 * Most samples one `sim.run` may record: 300 000 samples of 22 channels are about 55 MB of
 * numbers, more than any screen or chart can show and small enough to send. (The engine's own
 * limit, MAX_SAMPLES, is for what it can hold; an answer must also cross to the renderer.)
 */
export const MAX_SAMPLES_PER_RUN = 300_000;

/** The samples the engine will record for this run at this resolution, as it sizes itself. */
export function samplesFor(durationHours: number, resolutionSec: number): number {
  const durationSec = durationHours * 3600;
  return estimateSamples(durationSec, samplingFor(durationSec, resolutionSec));
}

/** Null, or why a run is refused: the limit, and the finest resolution that fits under it. */
export function runSizeProblem(durationHours: number, resolutionSec: number): string | null {
  const samples = samplesFor(durationHours, resolutionSec);
  if (samples <= MAX_SAMPLES_PER_RUN) return null;
  // Fewer samples the coarser the resolution: halve the interval that holds the finest fit.
  let fits = 3600;
  let over = resolutionSec;
  while (fits - over > 0.05) {
    const mid = (fits + over) / 2;
    if (samplesFor(durationHours, mid) <= MAX_SAMPLES_PER_RUN) fits = mid;
    else over = mid;
  }
  const finest = Math.ceil(fits * 10) / 10;
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    `a ${durationHours} h run sampled every ${resolutionSec} s would record about ` +
    `${count(samples)} samples; the limit is ${count(MAX_SAMPLES_PER_RUN)} samples per run. ` +
    `Use a coarser resolution: one sample every ${finest} s or more for this run, or a shorter run.`
  );
}

export const simMethods = {
  /**
   * Runs the engine in a worker thread; the trace crosses as typed arrays (structured clone, or
   * the web edition's binary frame). A resolution that could exceed the sample cap is refused
   * before anything runs.
   */
  'sim.run': method<Trace>()(
    z
      .object({
        scenario: scenarioSchema,
        resolutionSec: z.number().min(0.5).max(3600).optional(),
      })
      .strict()
      .superRefine(({ scenario, resolutionSec }, ctx) => {
        if (resolutionSec === undefined) return;
        const problem = runSizeProblem(scenario.durationHours, resolutionSec);
        if (problem !== null)
          ctx.addIssue({ code: 'custom', path: ['resolutionSec'], message: problem });
      }),
  ),
};
