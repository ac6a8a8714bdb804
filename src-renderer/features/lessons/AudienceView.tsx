// What the room sees: the beat's drawing and charts, its caption in large type and "Beat N of M".
// No controls but the hidden button that opens the presenter view.
import type { ReactNode } from 'react';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { useT } from '../../app/i18n';
import { builtinLang } from './contentLang';
import type { SharedCamera } from '../anatomy/useAnatomyZoom';
import { PresentStage } from './PresentStage';
import type { PresentState } from './presentState';
import type { CaseRun } from './useCaseRuns';

interface Props {
  /** The lesson's title: the page's heading, for screen readers (the room sees the caption). */
  title: string;
  /** A built-in lesson: its title and captions are English content. */
  builtin: boolean;
  state: PresentState;
  beat: LessonBeat;
  count: number;
  run: CaseRun | undefined;
  t: number;
  pointer: boolean;
  camera: SharedCamera;
  onOpenPresenter: () => void;
  /** Blank screen, "go to beat", notices and the key help, shared with the presenter view. */
  overlays: ReactNode;
}

export function AudienceView({
  title,
  builtin,
  state,
  beat,
  count,
  run,
  t: timeSec,
  pointer,
  camera,
  onOpenPresenter,
  overlays,
}: Props) {
  const { t } = useT('lessons');
  const lang = builtinLang(builtin);
  return (
    <section
      className="present present-audience"
      aria-label={t('present.audienceView')}
      data-blank={state.blank}
      // The shared state's version: the same in both windows once they are in step.
      data-state-version={`${state.version}/${state.by}`}
    >
      <h1 className="visually-hidden" lang={lang}>
        {title}
      </h1>
      <div className="present-stage" inert={state.blank !== 'none'}>
        {/* Keyed by beat: each beat opens with the drawing at its own zoom. */}
        <PresentStage
          key={state.beat}
          beat={beat}
          run={run}
          t={timeSec}
          pointer={pointer}
          camera={camera}
        />
      </div>
      <footer className="present-footer">
        <p className="present-caption" aria-live="polite" lang={lang}>
          {beat.caption}
        </p>
        <p className="present-counter">
          {t('present.counter', { n: state.beat + 1, total: count })}
        </p>
      </footer>
      {overlays}
      <button
        type="button"
        className="present-open-presenter"
        onClick={onOpenPresenter}
        inert={state.blank !== 'none'}
      >
        {t('present.openPresenter')}
      </button>
    </section>
  );
}
