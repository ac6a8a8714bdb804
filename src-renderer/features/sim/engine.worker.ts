// The engine in a Web Worker: every run the user starts by editing, dragging or acting on the
// view is computed here, off the thread that draws. The scenario is checked with the engine's own
// parser (the same errors, with paths, as the main side gives) and the trace's arrays are
// transferred to the page, not copied.
import { parseScenario, simulate } from '../../../src-main/sim/index';
import type { EngineReply, EngineRequest } from './engineProtocol';

// The worker global, typed without pulling the WebWorker library into the whole renderer.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { id, scenario, resolutionSec } }) => {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    const { path, message } = parsed.error;
    const error = { code: 'BAD_SCENARIO' as const, message, path: `scenario.${path}` };
    scope.postMessage({ id, ok: false, error });
    return;
  }
  const trace = simulate(parsed.value, resolutionSec === undefined ? {} : { resolutionSec });
  const buffers = [trace.timesSec, ...Object.values(trace.channels)].map((a) => a.buffer);
  scope.postMessage({ id, ok: true, trace }, buffers);
};
