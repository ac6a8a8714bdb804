// Loads a lesson, the cases its beats use, and simulates each case once (in the engine worker,
// like the simulation view), keeping the traces so stepping between beats of one case is instant.
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../src-main/contract/cases';
import type { LessonDetail } from '../../../src-main/contract/lessons';
import type { Trace } from '../../../src-main/sim/trace';
import { ApiError, call } from '../../app/api';
import { derive, type Derived } from '../sim/derive';
import { runScenario } from '../sim/engineClient';
import { resolutionFor } from '../sim/resolution';

export interface CaseRun {
  detail: CaseDetail;
  trace: Trace;
  derived: Derived;
}

export interface LessonRuns {
  lesson: LessonDetail | null;
  runs: ReadonlyMap<string, CaseRun>;
  error: string | null;
}

const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/** Simulates the cases of the beat shown and the next one, as they are reached. */
export function useLessonRuns(lessonId: string, beat: number): LessonRuns {
  const [lesson, setLesson] = useState<LessonDetail | null>(null);
  const [runs, setRuns] = useState<ReadonlyMap<string, CaseRun>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [pending] = useState(() => new Set<string>());

  useEffect(() => {
    let live = true;
    call('lessons.get', { id: lessonId })
      .then((l) => live && setLesson(l))
      .catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [lessonId]);

  const key = [lesson?.beats[beat]?.caseId, lesson?.beats[beat + 1]?.caseId]
    .filter((x): x is string => x !== undefined)
    .join(',');
  useEffect(() => {
    for (const id of key.split(',')) {
      if (id === '' || pending.has(id)) continue;
      pending.add(id);
      void (async () => {
        try {
          const detail = await call('cases.get', { id });
          const trace = await runScenario(detail.scenario, resolutionFor(detail.scenario));
          setRuns((m) => new Map(m).set(id, { detail, trace, derived: derive(trace) }));
        } catch (e) {
          setError(`Case ${id}: ${message(e)}`);
        }
      })();
    }
  }, [key, pending]);

  return { lesson, runs, error };
}
