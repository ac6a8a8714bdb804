// Runs scenarios in engine workers (engine.worker.ts), off the thread that draws. Two ways in:
// - `runScenario`: a one-off run (a compare fork, a lesson's case, a what-if), answered in order
//   by one shared worker;
// - `LiveRuns`: the view's own run, where only the newest request matters. A request replaced
//   while it waits never runs. A run still going when it is replaced finishes and is shown, being
//   newer than what is on screen (so a slider drag shows results at the engine's pace), unless
//   it has already taken longer than SUPERSEDE_MS: then its worker is stopped, which frees the
//   run's memory, and a fresh worker takes the newest request.
import type { ApiErrorData } from '../../../src-main/contract/errors';
import { unpackEvents } from '../../../src-main/contract/eventColumns';
import type { Trace } from '../../../src-main/sim/trace';
import { ApiError } from '../../app/apiError';
import { tr, uiLocale } from '../../app/i18n';
import type { EngineFailure, EngineReply, EngineRequest, WorkerReply } from './engineProtocol';

/** The part of a Worker used here (a fake one drives the unit tests). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A replaced run that has taken longer than this is stopped rather than awaited. */
export const SUPERSEDE_MS = 1000;

export type RunRequest = Omit<EngineRequest, 'id'>;

const spawnWorker = (): EngineWorker =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });

/** One worker and the runs sent to it; a stopped run answers null. */
class Engine {
  private worker: EngineWorker | null = null;
  private readonly waiting = new Map<number, (reply: EngineReply | null) => void>();
  private nextId = 1;

  constructor(private readonly spawn: () => EngineWorker) {}

  run(request: RunRequest): Promise<EngineReply | null> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, ...request });
    });
  }

  /** Ends the worker and every run in it. */
  stop(reply: (id: number) => EngineReply | null = () => null): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, resolve] of this.waiting) resolve(reply(id));
    this.waiting.clear();
  }

  private start(): EngineWorker {
    const worker = this.spawn();
    worker.onmessage = ({ data }) => {
      this.waiting.get(data.id)?.(received(data));
      this.waiting.delete(data.id);
    };
    // A worker that fails to load or throws answers every run it held with the reason.
    worker.onerror = (event) => {
      const error: ApiErrorData = {
        code: 'INTERNAL',
        message: tr('sim', 'engine.crashed', {
          reason: event.message || tr('sim', 'engine.workerFailed'),
        }),
        worded: true,
      };
      this.stop((id) => ({ id, ok: false, error }));
    };
    return worker;
  }
}

/** A worker's reply as the page uses it: the trace with its events as objects again. */
function received(data: WorkerReply): EngineReply {
  if (data.ok)
    return {
      id: data.id,
      ok: true,
      trace: { ...data.trace, events: unpackEvents(data.trace.events) },
    };
  return 'failure' in data ? failed(data.id, data.failure) : data;
}

/** A run the engine refused or could not finish, worded for the clinician. */
function failed(id: number, failure: EngineFailure): EngineReply {
  const error: ApiErrorData =
    failure.kind === 'sampleLimit'
      ? {
          code: 'TOO_LARGE',
          message: tr('sim', 'engine.sampleLimit', {
            samples: failure.samples.toLocaleString(uiLocale()),
            limit: failure.limit.toLocaleString(uiLocale()),
          }),
          worded: true,
        }
      : {
          code: 'INTERNAL',
          message: tr('sim', 'engine.crashed', { reason: failure.reason }),
          worded: true,
        };
  return { id, ok: false, error };
}

let shared: Engine | null = null;

/** A one-off run; rejects with an ApiError (e.g. BAD_SCENARIO with its path). */
export async function runScenario(scenario: unknown, resolutionSec?: number): Promise<Trace> {
  shared ??= new Engine(spawnWorker);
  const reply = await shared.run(
    resolutionSec === undefined ? { scenario } : { scenario, resolutionSec },
  );
  if (reply === null)
    throw new ApiError({ code: 'INTERNAL', message: tr('sim', 'engine.stopped'), worded: true });
  if (!reply.ok) throw new ApiError(reply.error);
  return reply.trace;
}

interface Waiting {
  request: RunRequest;
  resolve(reply: EngineReply | null): void;
}

/** The newest-wins runs of one view; null answers a request that was replaced. */
export class LiveRuns {
  private readonly engine: Engine;
  private runningSince: number | null = null;
  private next: Waiting | null = null;

  constructor(
    spawn: () => EngineWorker = spawnWorker,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.engine = new Engine(spawn);
  }

  request(request: RunRequest): Promise<EngineReply | null> {
    return new Promise((resolve) => {
      if (this.runningSince === null) {
        this.start({ request, resolve });
        return;
      }
      this.next?.resolve(null);
      this.next = { request, resolve };
      if (this.now() - this.runningSince > SUPERSEDE_MS) this.engine.stop();
    });
  }

  dispose(): void {
    this.next?.resolve(null);
    this.next = null;
    this.engine.stop();
  }

  private start({ request, resolve }: Waiting): void {
    this.runningSince = this.now();
    void this.engine.run(request).then((reply) => {
      this.runningSince = null;
      resolve(reply);
      const next = this.next;
      this.next = null;
      if (next) this.start(next);
    });
  }
}
