// Runs the open scenario through the engine in a Web Worker (engineClient.ts), again on every
// change — each keystroke, each step of a slider drag, each act-now button — without a debounce:
// a newer change replaces a waiting run, and the last finished run stays on screen meanwhile.
// While runs keep coming, the pacer spaces out their drawing so the drag keeps its frame rate.
import { useEffect, useLayoutEffect, useState } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import type { ApiErrorData } from '../../../src-main/contract/errors';
import { LiveRuns } from './engineClient';
import { Pacer } from './pacer';
import { resolutionFor } from '../../../src-main/contract/resolution';
import type { EngineReply } from './engineProtocol';

export interface Simulation {
  trace: Trace | null;
  /** The scenario the trace was made from. */
  tracedScenario: Scenario | null;
  error: ApiErrorData | null;
  /** A run for a newer scenario than the one shown is under way. */
  running: boolean;
}

export function useSimulation(scenario: Scenario | null): Simulation {
  // Starts its worker on the first run; stopped with the view (and usable again after).
  const [runs] = useState(() => new LiveRuns());
  useEffect(() => () => runs.dispose(), [runs]);
  const [answer, setAnswer] = useState<{
    trace: Trace | null;
    tracedScenario: Scenario | null;
    error: ApiErrorData | null;
    /** The scenario of the latest answer, a trace or an error. */
    answered: Scenario | null;
  }>({ trace: null, tracedScenario: null, error: null, answered: null });
  const [pacer] = useState(
    () =>
      new Pacer<{ reply: EngineReply; scenario: Scenario }>(({ reply, scenario }) =>
        setAnswer((a) =>
          reply.ok
            ? { trace: reply.trace, tracedScenario: scenario, error: null, answered: scenario }
            : { ...a, error: reply.error, answered: scenario },
        ),
      ),
  );
  useEffect(() => () => pacer.dispose(), [pacer]);
  // After the commit of a new answer: its drawing is done, which sets the pace.
  useLayoutEffect(() => pacer.drawn(), [pacer, answer]);
  useEffect(() => {
    if (!scenario) return;
    void runs.request({ scenario, resolutionSec: resolutionFor(scenario) }).then((reply) => {
      // Replaced while waiting by a newer scenario, whose answer will come.
      if (reply !== null) pacer.offer({ reply, scenario });
    });
  }, [scenario, runs, pacer]);
  const { trace, tracedScenario, error, answered } = answer;
  return { trace, tracedScenario, error, running: scenario !== null && scenario !== answered };
}
