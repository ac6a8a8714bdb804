import { z } from 'zod';
import { method } from './define';
import { scenarioSchema } from '../sim/scenario';
import type { Trace } from '../sim/trace';

/**
 * Most samples one run may record: 300 000 samples of 22 channels are about 55 MB of numbers,
 * more than any screen or chart can show and small enough to hold and send.
 */
export const MAX_SAMPLES_PER_RUN = 300_000;

/**
 * The most samples a run of this length can record at this resolution: one per `resolutionSec`
 * throughout. The engine samples feeds at the resolution and the gaps between them more
 * coarsely, so this bound is reached only by a run that is all feeds; it is known before running.
 */
export function samplesAtMost(durationHours: number, resolutionSec: number): number {
  return Math.ceil((durationHours * 3600) / resolutionSec) + 1;
}

/** Null, or why a run is refused: the limit, and the coarsest way round it (the finest allowed). */
export function runSizeProblem(durationHours: number, resolutionSec: number): string | null {
  const samples = samplesAtMost(durationHours, resolutionSec);
  if (samples <= MAX_SAMPLES_PER_RUN) return null;
  const finest = Math.ceil(((durationHours * 3600) / (MAX_SAMPLES_PER_RUN - 1)) * 10) / 10;
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    `a ${durationHours} h run sampled every ${resolutionSec} s could record ${count(samples)} ` +
    `samples; the limit is ${count(MAX_SAMPLES_PER_RUN)} samples per run. Use a coarser ` +
    `resolution: one sample every ${finest} s or more for this run, or a shorter run.`
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
