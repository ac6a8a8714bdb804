// A small picture of a beat as the room will see it: the same BeatStage at the beat's moment,
// laid out at projector proportions and scaled down. Decorative (the fields say the same in
// words), so hidden from assistive technology and out of the tab order; drawn only once it
// scrolls into view, so a long lesson does not draw every beat at once.
import { useEffect, useId, useRef, useState } from 'react';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { useT } from '../../app/i18n';
import { BeatStage } from './BeatStage';
import type { CaseRun } from './useCaseRuns';

export function BeatThumbnail({ beat, run }: { beat: LessonBeat; run: CaseRun | undefined }) {
  const { t } = useT('lessons');
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  const descriptionId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen]);
  return (
    <div ref={ref} className="beat-thumb" aria-hidden="true" inert data-testid="beat-thumbnail">
      {seen && run ? (
        <div className="beat-thumb-frame">
          <div className="beat-thumb-stage">
            <BeatStage
              beat={beat}
              trace={run.trace}
              derived={run.derived}
              scenario={run.detail.scenario}
              t={beat.atHours * 3600}
              pointer={false}
              descriptionId={descriptionId}
            />
          </div>
          <p className="beat-thumb-caption">{beat.caption}</p>
        </div>
      ) : (
        <p className="beat-thumb-wait">{run ? '' : t('thumbnail.simulating')}</p>
      )}
    </div>
  );
}
