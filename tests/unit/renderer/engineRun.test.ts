// One request as the engine worker answers it, with the real engine: a trace with its buffers to
// transfer, a bad scenario with its path, and a run past the engine's sample limit refused as data
// (before anything runs) instead of thrown out of the worker.
import { describe, expect, it } from 'vitest';
import { MAX_SAMPLES, simulate, type Scenario } from '../../../src-main/sim/index';
import { unpackEvents } from '../../../src-main/contract/eventColumns';
import { runRequest } from '../../../src-renderer/features/sim/engineRun';

function scenario(durationHours: number): Scenario {
  return {
    schema: 'lactasim/scenario@1',
    name: 'worker test',
    start: { postpartumHours: 1008 },
    durationHours,
    mother: { storageCapacityMl: { left: 210, right: 210 }, conditions: [] },
    feeding: { plan: 'onDemand', seed: 1 },
  };
}

describe('engine worker run', () => {
  it('answers a run with its trace, events as columns, and every array of it to transfer', () => {
    const { reply, transfer } = runRequest({ id: 7, scenario: scenario(6) });
    if (!reply.ok) throw new Error('expected a trace');
    expect(reply.id).toBe(7);
    const { events } = reply.trace;
    const arrays = [
      reply.trace.timesSec,
      ...Object.values(reply.trace.channels),
      events.atSeconds,
      events.kind,
      events.side,
      events.detail,
    ];
    expect(transfer).toEqual(arrays.map((a) => a.buffer));
    expect(unpackEvents(events)).toEqual(simulate(scenario(6)).events);
  });

  it('answers a bad scenario with the path of the problem', () => {
    const { reply } = runRequest({ id: 1, scenario: { ...scenario(6), durationHours: -1 } });
    if (reply.ok || !('error' in reply)) throw new Error('expected a scenario error');
    expect(reply.error.code).toBe('BAD_SCENARIO');
    expect(reply.error.path).toBe('scenario.durationHours');
  });

  it('refuses a run past the engine sample limit as data naming the limit, before running it', () => {
    const started = performance.now();
    const { reply, transfer } = runRequest({
      id: 2,
      scenario: scenario(17_520),
      resolutionSec: 0.5,
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(transfer).toEqual([]);
    if (reply.ok || !('failure' in reply)) throw new Error('expected a refusal');
    if (reply.failure.kind !== 'sampleLimit') throw new Error(`got ${reply.failure.kind}`);
    expect(reply.failure.limit).toBe(MAX_SAMPLES);
    expect(reply.failure.samples).toBeGreaterThan(MAX_SAMPLES);
  });
});
