// Messages between the page and the engine worker (engine.worker.ts).
import type { ApiErrorData } from '../../../src-main/contract/errors';
import type { EventColumns } from '../../../src-main/contract/eventColumns';
import type { Trace } from '../../../src-main/sim/trace';

export interface EngineRequest {
  id: number;
  /** Checked in the worker, which answers a bad one with a BAD_SCENARIO error and its path. */
  scenario: unknown;
  resolutionSec?: number;
}

/** A run answered on the page: the trace, or an error worded for the clinician. */
export type EngineReply =
  { id: number; ok: true; trace: Trace } | { id: number; ok: false; error: ApiErrorData };

/**
 * A run the engine could not make, as data: the worker has no catalogs, so the page words it in
 * the clinician's language.
 */
export type EngineFailure =
  { kind: 'sampleLimit'; samples: number; limit: number } | { kind: 'threw'; reason: string };

/** A trace as the worker posts it: its events as columns (eventColumns.ts), all transferred. */
export type PostedTrace = Omit<Trace, 'events'> & { events: EventColumns };

/** What the worker posts. */
export type WorkerReply =
  | { id: number; ok: true; trace: PostedTrace }
  | { id: number; ok: false; error: ApiErrorData }
  | { id: number; ok: false; failure: EngineFailure };
