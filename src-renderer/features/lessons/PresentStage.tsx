// The beat as both presentation windows draw it: the case's drawing and charts at the shared
// model time, or a line while the case is still being simulated.
import { useId } from 'react';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { formatPostpartum } from '../../lib/format';
import { BeatStage } from './BeatStage';
import type { CaseRun } from './useCaseRuns';

interface Props {
  beat: LessonBeat;
  run: CaseRun | undefined;
  t: number;
  pointer: boolean;
}

export function PresentStage({ beat, run, t, pointer }: Props) {
  const descriptionId = useId();
  if (!run) return <p className="present-loading">Simulating {beat.caseId}…</p>;
  return (
    <>
      <BeatStage
        beat={beat}
        trace={run.trace}
        derived={run.derived}
        scenario={run.detail.scenario}
        t={t}
        pointer={pointer}
        descriptionId={descriptionId}
      />
      <p className="visually-hidden" id={descriptionId} data-testid="stage-moment">
        {run.detail.title}, {formatPostpartum(run.trace.startPostpartumHours, t)}
      </p>
    </>
  );
}
