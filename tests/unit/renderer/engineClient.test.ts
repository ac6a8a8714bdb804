// The newest-wins policy of the view's engine runs (LiveRuns), driven with a scripted worker that
// answers when the test says: which requests run, which are dropped, when a replaced run's worker
// is stopped (freeing its memory), and how a run the engine refused is worded. The real worker
// runs in the end-to-end tests; its handling of one request in engineRun.test.ts.
import { describe, expect, it } from 'vitest';
import {
  LiveRuns,
  SUPERSEDE_MS,
  type EngineWorker,
} from '../../../src-renderer/features/sim/engineClient';
import { setUiLanguage } from '../../../src-renderer/app/i18n';
import type {
  EngineFailure,
  EngineRequest,
  WorkerReply,
} from '../../../src-renderer/features/sim/engineProtocol';
import { syntheticTrace } from './syntheticTrace';
import { packEvents } from '../../../src-main/contract/eventColumns';

class ScriptedWorker implements EngineWorker {
  readonly received: EngineRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: EngineRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request not yet answered. */
  answer(): void {
    const request = this.received.shift();
    if (!request) throw new Error('nothing to answer');
    const trace = syntheticTrace();
    this.post({ id: request.id, ok: true, trace: { ...trace, events: packEvents(trace.events) } });
  }
  /** Answers the oldest request with a run the engine could not make, as the worker posts it. */
  refuse(failure: EngineFailure): void {
    const request = this.received.shift();
    if (!request) throw new Error('nothing to answer');
    this.post({ id: request.id, ok: false, failure });
  }
  private post(data: WorkerReply): void {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

function setup() {
  const workers: ScriptedWorker[] = [];
  let clock = 0;
  const runs = new LiveRuns(
    () => {
      const w = new ScriptedWorker();
      workers.push(w);
      return w;
    },
    () => clock,
  );
  return {
    runs,
    workers,
    advance: (ms: number) => (clock += ms),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const req = (name: string) => ({ scenario: { name }, resolutionSec: 5 });
const names = (w: ScriptedWorker) => w.received.map((r) => (r.scenario as { name: string }).name);

describe('live engine runs', () => {
  it('runs the first request at once, in one worker made on first use', async () => {
    const { runs, workers } = setup();
    expect(workers).toHaveLength(0);
    const a = runs.request(req('a'));
    expect(names(workers[0]!)).toEqual(['a']);
    workers[0]!.answer();
    expect((await a)?.ok).toBe(true);
  });

  it('drops requests replaced while waiting and runs only the newest after the current run', async () => {
    const { runs, workers } = setup();
    const a = runs.request(req('a'));
    const b = runs.request(req('b'));
    const c = runs.request(req('c'));
    expect(await b).toBeNull();
    const w = workers[0]!;
    expect(names(w)).toEqual(['a']);
    w.answer();
    // The replaced run finishes and is shown: it is newer than what is on screen.
    expect((await a)?.ok).toBe(true);
    await flush();
    expect(names(w)).toEqual(['c']);
    w.answer();
    expect((await c)?.ok).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('stops the worker of a replaced run that has run too long, and starts the newest in a fresh one', async () => {
    const { runs, workers, advance } = setup();
    const a = runs.request(req('long'));
    advance(SUPERSEDE_MS + 1);
    const b = runs.request(req('newest'));
    expect(workers[0]!.terminated).toBe(true);
    expect(await a).toBeNull();
    await flush();
    expect(workers).toHaveLength(2);
    expect(names(workers[1]!)).toEqual(['newest']);
    workers[1]!.answer();
    expect((await b)?.ok).toBe(true);
  });

  it('answers every run with the reason when the worker fails, and recovers with a new one', async () => {
    const { runs, workers } = setup();
    const a = runs.request(req('a'));
    workers[0]!.fail('out of memory');
    const reply = await a;
    expect(reply?.ok).toBe(false);
    if (reply && !reply.ok) expect(reply.error.message).toContain('out of memory');
    const b = runs.request(req('b'));
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    expect((await b)?.ok).toBe(true);
  });

  it('stops its worker when disposed, and can run again after', async () => {
    const { runs, workers } = setup();
    const a = runs.request(req('a'));
    const b = runs.request(req('b'));
    runs.dispose();
    expect(workers[0]!.terminated).toBe(true);
    expect(await a).toBeNull();
    expect(await b).toBeNull();
    const c = runs.request(req('c'));
    workers[1]!.answer();
    expect((await c)?.ok).toBe(true);
  });

  it('words a run past the engine sample limit for the clinician, naming the limit and the way round, and keeps the worker', async () => {
    const { runs, workers } = setup();
    const a = runs.request(req('two years'));
    workers[0]!.refuse({ kind: 'sampleLimit', samples: 44_000_000, limit: 2_000_000 });
    const reply = await a;
    expect(reply?.ok).toBe(false);
    if (reply && !reply.ok) {
      expect(reply.error.code).toBe('TOO_LARGE');
      expect(reply.error.message).toContain('44,000,000');
      expect(reply.error.message).toContain('at most 2,000,000');
      expect(reply.error.message).toMatch(/coarser resolution .* or a shorter run/);
    }
    // Refused, not crashed: the next run goes to the same worker.
    const b = runs.request(req('one day'));
    expect(workers).toHaveLength(1);
    workers[0]!.answer();
    expect((await b)?.ok).toBe(true);
  });

  it('words the sample limit in Spanish when the screens are in Spanish', async () => {
    setUiLanguage('es');
    try {
      const { runs, workers } = setup();
      const a = runs.request(req('dos años'));
      workers[0]!.refuse({ kind: 'sampleLimit', samples: 44_000_000, limit: 2_000_000 });
      const reply = await a;
      if (!reply || reply.ok) throw new Error('expected a refusal');
      expect(reply.error.message).toContain('como máximo 2.000.000');
      expect(reply.error.message).toContain('resolución más gruesa');
    } finally {
      setUiLanguage('en');
    }
  });

  it('answers an error the engine threw with its reason, without restarting the worker', async () => {
    const { runs, workers } = setup();
    const a = runs.request(req('a'));
    workers[0]!.refuse({ kind: 'threw', reason: 'step size collapsed' });
    const reply = await a;
    if (!reply || reply.ok) throw new Error('expected an error');
    expect(reply.error.code).toBe('INTERNAL');
    expect(reply.error.message).toContain('step size collapsed');
    expect(workers[0]!.terminated).toBe(false);
  });
});
