// The work that runs in the job pool's worker threads, by name: every CPU-heavy step of the main
// side (runs, exports, handouts, long feed logs), so none of it holds up another request or a
// window. Each job takes and returns structured-cloneable data; traces' channels are transferred.
import { simulate, type Scenario } from '../sim/index';
import type { LessonDetail } from '../contract/lessons';
import { exportDrawing, exportFiles } from '../services/export';
import { handoutCases, lessonHandout } from '../services/lessons/handout';
import { parentHandout, readFeedLog } from '../services/parent';
import type { ParsedRequestOf } from '../contract/index';

export const JOBS = {
  simulate: ({ scenario, resolutionSec }: { scenario: Scenario; resolutionSec?: number }) =>
    simulate(scenario, resolutionSec === undefined ? {} : { resolutionSec }),
  exportFiles,
  exportDrawing,
  parentHandout: ({ req, nowMs }: { req: ParsedRequestOf<'parent.handout'>; nowMs: number }) =>
    parentHandout(req, new Date(nowMs)),
  lessonHandout: ({
    lesson,
    cases,
    nowMs,
  }: {
    lesson: LessonDetail;
    cases: ReturnType<typeof handoutCases>;
    nowMs: number;
  }) => lessonHandout(lesson, cases, new Date(nowMs)),
  readFeedLog,
};

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;
