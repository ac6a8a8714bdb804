// A small bounded pool of worker threads for the main side's CPU-heavy jobs (jobs.ts). Requests
// that only touch the store keep answering on the main thread while a long export or handout
// runs; more jobs than workers wait their turn in order. Idle workers do not keep the process
// alive, so the command line and tests exit when their work is done.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type ApiErrorData } from '../contract/errors';
import type { JobInput, JobName, JobOutput } from './jobs';

export interface JobRunner {
  run<K extends JobName>(name: K, input: JobInput<K>): Promise<JobOutput<K>>;
}

export interface JobPool extends JobRunner {
  /** Starts the workers now, so the first job does not wait for one to load. */
  warm(): void;
  /** Stops every worker; waiting and running jobs are refused. */
  close(): Promise<void>;
}

export interface JobPoolOptions {
  /** Most worker threads; default one per spare core, 1 to 4. */
  size?: number;
  /**
   * The worker's entry: the built JavaScript in the desktop app (out/main/jobs-worker.js); by
   * default the TypeScript source, loaded under tsx (web edition, command line, tests).
   */
  entry?: URL;
}

/** Messages to and from a worker (worker.ts). */
export interface JobRequest {
  id: number;
  name: JobName;
  input: unknown;
}
export type JobReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Partial<ApiErrorData> & { message: string } };

// Not literals: a bundler must not try to resolve these (the desktop build passes `entry`).
const SOURCE_ENTRY = './worker.ts';
const TSX_BOOT = './tsx-worker.mjs';

interface Job {
  id: number;
  name: JobName;
  input: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const defaultSize = () => Math.max(1, Math.min(4, availableParallelism() - 1));

function errorOf(error: JobReply & { ok: false }): Error {
  const { code, message, path, rule } = error.error;
  return code === undefined ? new Error(message) : new AppError(code, message, path, rule);
}

export function createJobPool(options: JobPoolOptions = {}): JobPool {
  const size = options.size ?? defaultSize();
  const entry = options.entry ?? new URL(SOURCE_ENTRY, import.meta.url);
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    // tsx registers its loader on the main thread only; the boot file registers it in the worker.
    const worker = entry.pathname.endsWith('.ts')
      ? new Worker(new URL(TSX_BOOT, import.meta.url), { workerData: { entry: entry.href } })
      : new Worker(entry);
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: JobReply) => {
      const job = slot.job;
      if (job === null || reply.id !== job.id) return;
      slot.job = null;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(errorOf(reply));
      pump();
    });
    worker.on('error', (error) => {
      slot.job?.reject(error);
      slot.job = null;
    });
    worker.on('exit', (code) => {
      slots.splice(slots.indexOf(slot), 1);
      slot.job?.reject(new AppError('INTERNAL', `A job worker stopped (exit code ${code})`));
      slot.job = null;
      if (!closed) pump();
    });
    worker.unref();
    slots.push(slot);
    return slot;
  }

  function pump(): void {
    for (const slot of slots) if (slot.job === null) slot.worker.unref();
    while (queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? spawn() : null);
      if (slot === null) return;
      const job = queue.shift() as Job;
      slot.job = job;
      // A running job keeps the process alive until its answer arrives.
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, name: job.name, input: job.input } as JobRequest);
    }
  }

  return {
    run<K extends JobName>(name: K, input: JobInput<K>): Promise<JobOutput<K>> {
      if (closed) return Promise.reject(new AppError('INTERNAL', 'The job pool is closed'));
      return new Promise<JobOutput<K>>((resolve, reject) => {
        queue.push({ id: nextId++, name, input, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    warm() {
      while (!closed && slots.length < size) spawn();
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        job.reject(new AppError('INTERNAL', 'The job pool was closed'));
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
