// One run as the engine worker makes it, apart from the worker's globals so that it can be tested
// in Node with the real engine. An error the engine throws (a run past its sample limit, above
// all) is answered as data, so the worker keeps serving instead of failing as a whole.
import {
  parseScenario,
  SampleLimitError,
  MAX_SAMPLES,
  simulate,
} from '../../../src-main/sim/index';
import { eventBuffers, packEvents } from '../../../src-main/contract/eventColumns';
import type { EngineRequest, WorkerReply } from './engineProtocol';

/** The reply to one request and the buffers to transfer with it (a trace's arrays and events). */
export function runRequest({ id, scenario, resolutionSec }: EngineRequest): {
  reply: WorkerReply;
  transfer: ArrayBuffer[];
} {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    const { path, message, rule } = parsed.error;
    const error = {
      code: 'BAD_SCENARIO' as const,
      message,
      path: `scenario.${path}`,
      ...(rule === undefined ? {} : { rule }),
    };
    return { reply: { id, ok: false, error }, transfer: [] };
  }
  try {
    const trace = simulate(parsed.value, resolutionSec === undefined ? {} : { resolutionSec });
    const events = packEvents(trace.events);
    const transfer = [trace.timesSec, ...Object.values(trace.channels)]
      .map((a) => a.buffer as ArrayBuffer)
      .concat(eventBuffers(events));
    return { reply: { id, ok: true, trace: { ...trace, events } }, transfer };
  } catch (e) {
    const failure =
      e instanceof SampleLimitError
        ? { kind: 'sampleLimit' as const, samples: e.samples, limit: MAX_SAMPLES }
        : { kind: 'threw' as const, reason: e instanceof Error ? e.message : String(e) };
    return { reply: { id, ok: false, failure }, transfer: [] };
  }
}
