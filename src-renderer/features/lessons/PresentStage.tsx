// The beat as both presentation windows draw it: the case's drawing and charts at the shared
// model time, or a line while the case is still being simulated.
import { useId } from 'react';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { useT } from '../../app/i18n';
import { formatPostpartum } from '../../lib/format';
import type { SharedCamera } from '../anatomy/useAnatomyZoom';
import { BeatStage } from './BeatStage';
import { builtinLang } from './contentLang';
import type { CaseRun } from './useCaseRuns';

interface Props {
  beat: LessonBeat;
  run: CaseRun | undefined;
  t: number;
  pointer: boolean;
  /** The drawing's zoom and pan, shared by both windows. */
  camera: SharedCamera;
}

export function PresentStage({ beat, run, t: timeSec, pointer, camera }: Props) {
  const { t } = useT('lessons');
  const descriptionId = useId();
  if (!run) {
    return <p className="present-loading">{t('present.simulating', { id: beat.caseId })}</p>;
  }
  return (
    <>
      <BeatStage
        beat={beat}
        trace={run.trace}
        derived={run.derived}
        scenario={run.detail.scenario}
        t={timeSec}
        pointer={pointer}
        descriptionId={descriptionId}
        camera={camera}
      />
      <p className="visually-hidden" id={descriptionId} data-testid="stage-moment">
        <span lang={builtinLang(run.detail.builtin)}>{run.detail.title}</span>,{' '}
        {formatPostpartum(run.trace.startPostpartumHours, timeSec)}
      </p>
    </>
  );
}
