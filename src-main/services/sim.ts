import type { Handlers } from '../contract/index';
import type { JobRunner } from '../jobs/pool';

/** Runs go to the job pool; the sample cap was checked with the request (contract/sim.ts). */
export function simHandlers(jobs: JobRunner): Pick<Handlers, 'sim.run'> {
  return {
    'sim.run': (request) => jobs.run('simulate', request),
  };
}
