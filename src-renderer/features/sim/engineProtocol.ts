// Messages between the page and the engine worker (engine.worker.ts).
import type { ApiErrorData } from '../../../src-main/contract/errors';
import type { Trace } from '../../../src-main/sim/trace';

export interface EngineRequest {
  id: number;
  /** Checked in the worker, which answers a bad one with a BAD_SCENARIO error and its path. */
  scenario: unknown;
  resolutionSec?: number;
}

export type EngineReply =
  { id: number; ok: true; trace: Trace } | { id: number; ok: false; error: ApiErrorData };
