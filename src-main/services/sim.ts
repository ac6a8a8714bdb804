import type { Handlers } from '../contract/index';
import { simulate } from '../sim/index';

export function simHandlers(): Pick<Handlers, 'sim.run'> {
  return {
    'sim.run': ({ scenario, resolutionSec }) =>
      simulate(scenario, resolutionSec === undefined ? {} : { resolutionSec }),
  };
}
