// The presenter's screen: the beat as the room sees it, the next beat, the speaker notes, the
// talk's timers, buttons for every key and the timeline of the beat's case. Every control acts
// on the shared presentation state, so the audience window follows whatever is done here.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { beatWindow } from '../../../src-main/charts/beat-window';
import type { LessonBeat, LessonDetail } from '../../../src-main/contract/lessons';
import { appI18n, useT } from '../../app/i18n';
import { formatPostpartum } from '../../lib/format';
import { ZOOMS } from '../timeline/speeds';
import { Timeline } from '../timeline/Timeline';
import type { Playback } from '../timeline/usePlayback';
import { builtinLang } from './contentLang';
import type { SharedCamera } from '../anatomy/useAnatomyZoom';
import { PresentStage } from './PresentStage';
import type { PresentAction, PresentState } from './presentState';
import type { CaseRun } from './useCaseRuns';

/** The narrowest timeline zoom that shows the beat's own stretch, as its charts do. */
function beatZoom(beat: LessonBeat, durationSec: number): number {
  const [from, to] = beatWindow(beat, durationSec);
  const i = ZOOMS.findIndex((z) => z.spanSec >= to - from);
  return i === -1 ? ZOOMS.length - 1 : i;
}

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The talk's time and this beat's time: wall-clock timers of the speaker, not the model. */
function useTalkTimers(beat: number) {
  const beatStartedAt = useRef(0);
  const [times, setTimes] = useState({ total: 0, beat: 0 });
  useEffect(() => {
    beatStartedAt.current = Date.now();
  }, [beat]);
  useEffect(() => {
    const startedAt = Date.now();
    const id = setInterval(() => {
      const now = Date.now();
      setTimes({ total: now - startedAt, beat: now - beatStartedAt.current });
    }, 500);
    return () => clearInterval(id);
  }, []);
  return times;
}

interface Props {
  lesson: LessonDetail;
  state: PresentState;
  run: CaseRun | undefined;
  t: number;
  running: boolean;
  act: (action: PresentAction) => void;
  camera: SharedCamera;
  /** Moves the clock to the previous (-1) or next (1) event of the beat's case. */
  stepEvent: (dir: 1 | -1) => void;
  pointer: boolean;
  onHelp: () => void;
  overlays: ReactNode;
}

export function PresenterView(props: Props) {
  const { t } = useT('lessons');
  const { lesson, state, run, t: timeSec, running, act } = props;
  const lang = builtinLang(lesson.builtin);
  const beats = lesson.beats;
  const current = beats[state.beat];
  const next = beats[state.beat + 1];
  const times = useTalkTimers(state.beat);
  // The window opens with focus on its title, so a screen reader says where it is and Tab starts
  // at the top of the presenter's controls rather than at the page body.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const notesId = useId();
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  if (!current) return null;

  // The timeline reads the shared clock and writes to it; it keeps no time of its own.
  const playback: Playback = {
    t: timeSec,
    playing: running,
    speedIndex: state.speedIndex,
    toggle: () => act({ kind: 'togglePlay' }),
    play: () => {
      if (!running) act({ kind: 'togglePlay' });
    },
    pause: () => {
      if (running) act({ kind: 'togglePlay' });
    },
    seek: (sec: number) => act({ kind: 'seek', sec }),
    setSpeedIndex: (i: number) => act({ kind: 'speed', delta: i - state.speedIndex }),
  };
  return (
    <section
      className="present present-presenter"
      aria-label={t('present.presenterView')}
      data-state-version={`${state.version}/${state.by}`}
    >
      <header className="presenter-bar">
        <h1 ref={titleRef} tabIndex={-1} lang={lang}>
          {lesson.title}
        </h1>
        <p className="present-counter">
          {t('present.counter', { n: state.beat + 1, total: beats.length })}
        </p>
        <p>
          <Trans
            t={t}
            i18n={appI18n}
            i18nKey="presenter.timers"
            values={{ total: mmss(times.total), beat: mmss(times.beat) }}
            components={{
              total: <strong data-testid="elapsed" />,
              beat: <strong data-testid="beat-time" />,
            }}
          />
        </p>
        <p className="presenter-blank-state" role="status">
          {t(`presenter.audience.${state.blank}`)}
        </p>
      </header>
      <div className="presenter-grid">
        <div className="presenter-current">
          <h2>{t('presenter.now')}</h2>
          <PresentStage
            key={state.beat}
            beat={current}
            run={run}
            t={timeSec}
            pointer={props.pointer}
            camera={props.camera}
          />
          <p className="presenter-caption" data-testid="presenter-caption" lang={lang}>
            {current.caption}
          </p>
        </div>
        <div className="presenter-side">
          <h2>{t('presenter.next')}</h2>
          <p className="presenter-next" data-testid="presenter-next">
            {next ? <span lang={lang}>{next.caption}</span> : t('presenter.end')}
          </p>
          <h2 id={notesId}>{t('presenter.notes')}</h2>
          {/* Long notes scroll here rather than push the buttons off the screen; a region in the
              tab order, so the keyboard can scroll it too. */}
          <div
            className="presenter-notes"
            data-testid="presenter-notes"
            role="region"
            aria-labelledby={notesId}
            tabIndex={0}
          >
            {current.notes === '' ? (
              <p>{t('presenter.noNotes')}</p>
            ) : (
              current.notes.split('\n').map((line, i) => (
                <p key={i} lang={lang}>
                  {line}
                </p>
              ))
            )}
          </div>
          <div className="presenter-buttons" role="group" aria-label={t('presenter.controls')}>
            <button type="button" onClick={() => act({ kind: 'previous' })}>
              {t('presenter.previousBeat')}
            </button>
            <button type="button" className="primary" onClick={() => act({ kind: 'next' })}>
              {t('presenter.nextBeat')}
            </button>
            <button
              type="button"
              aria-pressed={state.blank === 'black'}
              onClick={() => act({ kind: 'blank', blank: 'black' })}
            >
              {t('presenter.black')}
            </button>
            <button
              type="button"
              aria-pressed={state.blank === 'white'}
              onClick={() => act({ kind: 'blank', blank: 'white' })}
            >
              {t('presenter.white')}
            </button>
            <button type="button" onClick={props.onHelp}>
              {t('presenter.keys')}
            </button>
          </div>
        </div>
      </div>
      {run && (
        <div className="presenter-timeline" data-testid="presenter-timeline">
          <Timeline
            durationSec={run.trace.durationSec}
            startPostpartumHours={run.trace.startPostpartumHours}
            events={run.derived.events}
            playback={playback}
            zoomIndex={state.zoomIndex ?? beatZoom(current, run.trace.durationSec)}
            onZoom={(index) => act({ kind: 'zoom', index })}
            onPrevEvent={() => props.stepEvent(-1)}
            onNextEvent={() => props.stepEvent(1)}
          />
          <p className="presenter-moment">
            <Trans
              t={t}
              i18n={appI18n}
              i18nKey="presenter.moment"
              values={{
                moment: formatPostpartum(run.trace.startPostpartumHours, current.atHours * 3600),
                title: run.detail.title,
              }}
              components={{ case: <span lang={builtinLang(run.detail.builtin)} /> }}
            />
          </p>
        </div>
      )}
      {props.overlays}
    </section>
  );
}
