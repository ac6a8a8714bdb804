// A job pool worker thread: runs one job at a time (pool.ts sends the next only after an answer)
// and answers with its value or its error as data. Traces' channels are transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../contract/errors';
import { JOBS } from './jobs';
import type { JobReply, JobRequest } from './pool';

/** The buffers of every Float64Array in the value (a trace's time and channels). */
function transferables(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (value instanceof Float64Array) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) transferables(v, found);
  }
  return [...found];
}

const port = parentPort;
if (port === null) throw new Error('jobs/worker.ts runs only as a worker thread');

port.on('message', async ({ id, name, input }: JobRequest) => {
  try {
    const value = await (JOBS[name] as (input: unknown) => unknown)(input);
    port.postMessage({ id, ok: true, value } satisfies JobReply, transferables(value));
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`[lactasim] job ${name} failed:`, error);
    const data =
      error instanceof AppError
        ? error.toData()
        : { message: error instanceof Error ? error.message : String(error) };
    port.postMessage({ id, ok: false, error: data } satisfies JobReply);
  }
});
