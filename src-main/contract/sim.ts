import { z } from 'zod';
import { method } from './define';
import { scenarioSchema } from '../sim/scenario';
import type { Trace } from '../sim/trace';

export const simMethods = {
  /** Runs the engine; the trace crosses as typed arrays (structured clone or the web codec). */
  'sim.run': method<Trace>()(
    z
      .object({
        scenario: scenarioSchema,
        resolutionSec: z.number().min(0.5).max(3600).optional(),
      })
      .strict(),
  ),
};
