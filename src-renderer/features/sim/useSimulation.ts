// Runs the open scenario through the engine on the main side (contract method sim.run), again
// whenever it changes, debounced so typing in a field does not start a run per keystroke.
import { useEffect, useState } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import type { ApiErrorData } from '../../../src-main/contract/errors';
import { resolutionFor } from '../../../src-main/contract/resolution';
import { ApiError, call } from '../../app/api';

const DEBOUNCE_MS = 350;

export { resolutionFor };

export interface Simulation {
  trace: Trace | null;
  /** The scenario the trace was made from. */
  tracedScenario: Scenario | null;
  error: ApiErrorData | null;
  running: boolean;
}

export function useSimulation(scenario: Scenario | null): Simulation {
  const [state, setState] = useState<Simulation>({
    trace: null,
    tracedScenario: null,
    error: null,
    running: false,
  });
  useEffect(() => {
    if (!scenario) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, running: true }));
      call('sim.run', { scenario, resolutionSec: resolutionFor(scenario) })
        .then((trace) => {
          if (!cancelled)
            setState({ trace, tracedScenario: scenario, error: null, running: false });
        })
        .catch((e: unknown) => {
          if (cancelled) return;
          const error: ApiErrorData =
            e instanceof ApiError ? e.data : { code: 'INTERNAL', message: String(e) };
          setState((s) => ({ ...s, error, running: false }));
        });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [scenario]);
  return state;
}
