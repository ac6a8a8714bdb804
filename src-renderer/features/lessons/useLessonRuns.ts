// Loads a lesson for presenting, and simulates the cases of the beat shown and the next one as
// they are reached.
import { useEffect, useState } from 'react';
import type { LessonDetail } from '../../../src-main/contract/lessons';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { useCaseRuns, type CaseRun } from './useCaseRuns';

export interface LessonRuns {
  lesson: LessonDetail | null;
  runs: ReadonlyMap<string, CaseRun>;
  error: string | null;
}

export function useLessonRuns(lessonId: string, beat: number): LessonRuns {
  const [lesson, setLesson] = useState<LessonDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('lessons.get', { id: lessonId })
      .then((l) => live && setLesson(l))
      .catch((e: unknown) => live && setLoadError(errorText(e)));
    return () => {
      live = false;
    };
  }, [lessonId]);

  const ids = [lesson?.beats[beat]?.caseId, lesson?.beats[beat + 1]?.caseId].filter(
    (x): x is string => x !== undefined,
  );
  const { runs, error } = useCaseRuns(ids);
  return { lesson, runs, error: loadError ?? error };
}
