// `#/present/<id>` (audience) and `#/present/<id>/presenter`: the two faces of one presentation,
// each in its own window. Both read one shared state owned by the presentation player
// (presentPlayer.ts); the keys of the app's key table work in either window.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import { appI18n, useT } from '../../app/i18n';
import { KeyHelp } from '../../app/KeyHelp';
import { useKeyTable } from '../../app/useKeyTable';
import type { SharedCamera } from '../anatomy/useAnatomyZoom';
import { nextEvent, previousEvent } from '../timeline/events';
import { AudienceView } from './AudienceView';
import { openPresenterWindow, swapDisplays } from './presenterWindow';
import { PresenterView } from './PresenterView';
import type { ClockLimits, PresentAction } from './presentState';
import { useLessonRuns } from './useLessonRuns';
import { useModelTime, usePresentPlayer } from './usePresentPlayer';
import { useProjectorTheme } from './useProjectorTheme';
import './lessons.css';

/**
 * The audience screen blanked black or white. It says so (a status, not just a colour) and holds
 * focus while it is up, since what is under it is inert; focus goes back when it goes.
 */
function BlankScreen({ colour }: { colour: 'black' | 'white' }) {
  const { t } = useT('lessons');
  const ref = useRef<HTMLDivElement>(null);
  // A passive effect, so on the way out what was under it is no longer inert when focus returns.
  useEffect(() => {
    const before = document.activeElement;
    ref.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div
      ref={ref}
      className={`present-blank present-blank-${colour}`}
      data-testid="blank"
      role="status"
      tabIndex={-1}
    >
      <p className="visually-hidden">
        {colour === 'black' ? t('present.blankedBlack') : t('present.blankedWhite')}
      </p>
    </div>
  );
}

export type PresentRole = 'audience' | 'presenter';

/** Leaves the presentation in this window: the presenter window closes, the audience goes back. */
function leaveHere(lessonId: string, role: PresentRole) {
  if (role === 'presenter' && window.opener) window.close();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  window.location.hash = `#/lessons/${encodeURIComponent(lessonId)}`;
}

export function Presentation({ lessonId, role }: { lessonId: string; role: PresentRole }) {
  const { t } = useT('lessons');
  useProjectorTheme();
  const [beatShown, setBeatShown] = useState(0);
  const { lesson, runs, error } = useLessonRuns(lessonId, beatShown);
  const onOtherWindowLeft = useCallback(() => leaveHere(lessonId, role), [lessonId, role]);
  const { player, state } = usePresentPlayer(lesson, onOtherWindowLeft);
  // The beat decides which cases to simulate next (adjusting state while rendering).
  if (state && state.beat !== beatShown) setBeatShown(state.beat);

  const [digits, setDigits] = useState('');
  const [pointer, setPointer] = useState(false);
  const [help, setHelp] = useState(false);
  const [popupBlocked, setPopupBlocked] = useState(false);

  const beats = lesson?.beats ?? [];
  const current = state ? beats[state.beat] : undefined;
  const run = current ? runs.get(current.caseId) : undefined;
  const limits: ClockLimits = {
    durationSec: run?.trace.durationSec ?? Infinity,
    untilSec: current?.untilHours === undefined ? null : current.untilHours * 3600,
  };
  const { t: timeSec, running } = useModelTime(state, limits);

  const act = (action: PresentAction) => player?.dispatch(action, limits);
  // Zooming or panning the drawing in either window moves it in both.
  const camera: SharedCamera = {
    view: state?.drawing ?? null,
    onMoved: (transform) => act({ kind: 'drawing', transform }),
  };
  const stepEvent = (dir: 1 | -1) => {
    if (!run) return;
    const e =
      dir > 0 ? nextEvent(run.derived.events, timeSec) : previousEvent(run.derived.events, timeSec);
    if (e) act({ kind: 'seek', sec: e.atSeconds });
  };
  const openPresenter = () => setPopupBlocked(!openPresenterWindow(lessonId));
  const leave = () => {
    player?.announceExit();
    leaveHere(lessonId, role);
  };

  useKeyTable(
    'present',
    (command, key) => {
      // With the key list open, only the keys that close it act.
      if (help && command !== 'help' && command !== 'exit') return false;
      switch (command) {
        case 'digit':
          setDigits((d) => (d + key).slice(-4));
          return;
        case 'nextBeat':
          if (key === 'Enter' && digits !== '') act({ kind: 'goto', beat: Number(digits) - 1 });
          else act({ kind: 'next' });
          break;
        case 'previousBeat':
          act({ kind: 'previous' });
          break;
        case 'firstBeat':
          act({ kind: 'first' });
          break;
        case 'lastBeat':
          act({ kind: 'last' });
          break;
        case 'blankBlack':
          act({ kind: 'blank', blank: 'black' });
          break;
        case 'blankWhite':
          act({ kind: 'blank', blank: 'white' });
          break;
        case 'togglePlay':
          act({ kind: 'togglePlay' });
          break;
        case 'faster':
          act({ kind: 'speed', delta: 1 });
          break;
        case 'slower':
          act({ kind: 'speed', delta: -1 });
          break;
        case 'previousEvent':
          stepEvent(-1);
          break;
        case 'nextEvent':
          stepEvent(1);
          break;
        case 'pointer':
          setPointer((p) => !p);
          break;
        case 'help':
          setHelp((h) => !h);
          break;
        case 'exit':
          if (help) setHelp(false);
          else leave();
          break;
        case 'openPresenter':
          if (role === 'audience') openPresenter();
          break;
        case 'swapDisplays':
          swapDisplays();
          break;
        default:
          return false;
      }
      setDigits('');
    },
    (key) => key === 'Enter' && digits !== '',
  );

  if (error && !lesson) return <p role="alert">{t('present.openFailed', { error })}</p>;
  if (lesson && beats.length === 0) {
    return (
      <p role="alert">
        <Trans
          t={t}
          i18n={appI18n}
          i18nKey="present.noBeats"
          components={{ editor: <a href={`#/lessons/${lessonId}`} /> }}
        />
      </p>
    );
  }
  if (!lesson || !state || !current) {
    return <p aria-live="polite">{t('editor.opening')}</p>;
  }

  const shared = (
    <>
      {digits !== '' && (
        <p className="present-goto" role="status">
          {t('present.goTo', { digits })}
        </p>
      )}
      {help && <KeyHelp scope="present" onClose={() => setHelp(false)} />}
    </>
  );

  if (role === 'audience') {
    return (
      <AudienceView
        title={lesson.title}
        builtin={lesson.builtin}
        state={state}
        beat={current}
        count={beats.length}
        run={run}
        t={timeSec}
        pointer={pointer}
        camera={camera}
        onOpenPresenter={openPresenter}
        overlays={
          <>
            {state.blank !== 'none' && <BlankScreen colour={state.blank} />}
            {popupBlocked && (
              <p className="present-goto" role="alert">
                {t('present.popupBlocked')}
              </p>
            )}
            {shared}
          </>
        }
      />
    );
  }
  return (
    <PresenterView
      lesson={lesson}
      state={state}
      run={run}
      t={timeSec}
      running={running}
      act={act}
      camera={camera}
      stepEvent={stepEvent}
      pointer={pointer}
      onHelp={() => setHelp(true)}
      overlays={shared}
    />
  );
}
