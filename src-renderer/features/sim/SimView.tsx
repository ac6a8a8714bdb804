// The main view: a case (scenario) simulated on the main side and played as animated anatomy.
// Takes a scenario from the case library when given one; otherwise offers the built-in cases.
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Side, Trace } from '../../../src-main/sim/trace';
import { useT } from '../../app/i18n';
import { useLeaveGuard } from '../../app/leaveGuard';
import { useMediaQuery } from '../../lib/useMediaQuery';
import type { AnatomyMode } from '../anatomy/geometry';
import { AddToLesson } from '../lessons/AddToLesson';
import { BUILTIN_SCENARIOS, DEFAULT_SLUG } from './builtinScenarios';
import { ParametersPanel } from './ParametersPanel';
import { SimPlayer } from './SimPlayer';
import { SaveAsCase } from './SaveAsCase';
import { actNow, type ActNowKind } from './actNow';
import { errorText } from '../../app/errorText';
import { FeedCountNote } from './FeedCountNote';
import { useSimulation } from './useSimulation';
import './sim.css';

/** sim.css's narrow breakpoint, where the toolbar keeps to one row. */
const TOOLBAR_NARROW = '(max-width: 1500px)';

interface Props {
  /** A case from the library; without it the built-in cases are offered. */
  scenario?: Scenario;
  caseTitle?: string;
  /** Model seconds to open at (e.g. coming back from the parent view). */
  initialTimeSec?: number;
  /** Written with the current model time, so the parent view can open at the same moment. */
  timeRef?: RefObject<number>;
  /** The library id of the given case, so the view can be added to a lesson. */
  caseId?: string;
  /** A structure to frame in the drawing (data-part name); see SimPlayer's zoomTo. */
  zoomTo?: string | null;
}

/** What the engine chose where the case leaves it open: supply at the start, the feed interval. */
function fromRun(trace: Trace | null): { supplyMlPerDay?: number; intervalHours?: number } {
  if (!trace) return {};
  const { supplyStartMlPerDay, feeds } = trace.summary;
  return {
    supplyMlPerDay: supplyStartMlPerDay,
    ...(feeds > 0 ? { intervalHours: trace.durationSec / 3600 / feeds } : {}),
  };
}

export function SimView({
  scenario: given,
  caseTitle,
  initialTimeSec,
  timeRef: givenTimeRef,
  caseId,
  zoomTo,
}: Props) {
  const { t } = useT('sim');
  const narrow = useMediaQuery(TOOLBAR_NARROW);
  const [slug, setSlug] = useState<string | null>(DEFAULT_SLUG);
  const builtin = BUILTIN_SCENARIOS.find((s) => s.slug === slug);
  const source = given ?? builtin?.scenario ?? null;
  // Edits made in the parameters panel, per source scenario.
  const [edited, setEdited] = useState<{ source: Scenario; value: Scenario } | null>(null);
  const scenario = edited && edited.source === source ? edited.value : source;
  // Parameter edits and "act now" forks live only here: leaving asks first, unless they were
  // saved as a case. Edits to a built-in wait while another is picked, so they count too.
  const [saved, setSaved] = useState<Scenario | null>(null);
  useLeaveGuard(edited !== null && edited.value !== saved);
  const sim = useSimulation(scenario);
  const [mode, setMode] = useState<AnatomyMode>('classical');
  const [side, setSide] = useState<Side>('left');
  // Stable, so the player (memoised) does not redraw for every edit made while a run is pending.
  const onActNow = useCallback(
    (kind: ActNowKind, atSec: number) =>
      setEdited((e) => {
        const current = e && e.source === source ? e.value : source;
        const value = current && actNow(current, kind, atSec, side);
        return source && value ? { source, value } : e;
      }),
    [source, side],
  );
  const title = caseTitle ?? builtin?.title ?? t('view.untitled');
  const trace = sim.trace;
  const ownTimeRef = useRef(0);
  const timeRef = givenTimeRef ?? ownTimeRef;
  // A beat names a saved case: a built-in by its slug, a library case by its id, and none once
  // the parameters were edited here.
  const beatCaseId = scenario !== source ? null : (caseId ?? (slug && !given ? `b_${slug}` : null));

  return (
    <section className="sim-view" aria-labelledby="sim-title">
      <div className="sim-toolbar">
        {/* With the case picker the title is read from the picker; the heading stays for AT. */}
        {/* A built-in case's title is content, still English (library ids `b_<slug>`). */}
        <h1
          id="sim-title"
          className={given ? undefined : 'visually-hidden'}
          lang={(!given && builtin) || caseId?.startsWith('b_') ? 'en' : undefined}
        >
          {title}
        </h1>
        {!given && BUILTIN_SCENARIOS.length > 0 && (
          <label className="inline case-picker">
            {/* Read to assistive technology always; shown where the toolbar has room. */}
            <span className={narrow ? 'visually-hidden' : undefined}>{t('view.case')}</span>
            <select lang="en" value={slug ?? ''} onChange={(e) => setSlug(e.target.value)}>
              {BUILTIN_SCENARIOS.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <span role="group" aria-label={t('view.anatomyView')} className="segmented">
          <button
            type="button"
            aria-pressed={mode === 'classical'}
            onClick={() => setMode('classical')}
          >
            {t('view.classical')}
          </button>
          <button
            type="button"
            aria-pressed={mode === 'ultrasound'}
            onClick={() => setMode('ultrasound')}
          >
            {t('view.ultrasound')}
          </button>
        </span>
        <span role="group" aria-label={t('view.breastShown')} className="segmented">
          <button type="button" aria-pressed={side === 'left'} onClick={() => setSide('left')}>
            {t('view.leftBreast')}
          </button>
          <button type="button" aria-pressed={side === 'right'} onClick={() => setSide('right')}>
            {t('view.rightBreast')}
          </button>
        </span>
        {scenario && <SaveAsCase scenario={scenario} title={title} onSaved={setSaved} />}
        {scenario && trace && (
          <AddToLesson
            caseId={beatCaseId}
            caseTitle={title}
            timeRef={timeRef}
            startPostpartumHours={trace.startPostpartumHours}
            mode={mode}
            side={side}
          />
        )}
      </div>
      <p className="mode-note" data-mode={mode}>
        {t(`view.modeNote.${mode}`)}
      </p>
      {trace && <FeedCountNote trace={trace} />}
      {!scenario && <p role="alert">{t('view.noBuiltins')}</p>}
      {sim.error && !trace && (
        <p role="alert">{t('view.couldNotSimulate', { message: errorText(sim.error) })}</p>
      )}
      {!trace && !sim.error && scenario && <p className="sim-loading">{t('view.simulating')}</p>}
      {trace && sim.tracedScenario && (
        <SimPlayer
          key={slug ?? 'given'}
          trace={trace}
          scenario={sim.tracedScenario}
          mode={mode}
          side={side}
          caseTitle={title}
          initialTimeSec={initialTimeSec}
          timeRef={timeRef}
          onActNow={onActNow}
          {...(zoomTo !== undefined ? { zoomTo } : {})}
        />
      )}
      {scenario && (
        <details className="sim-parameters">
          <summary>{t('view.parameters')}</summary>
          <ParametersPanel
            scenario={scenario}
            error={sim.error}
            running={sim.running}
            fromRun={fromRun(trace)}
            onChange={(value) => source && setEdited({ source, value })}
          />
        </details>
      )}
    </section>
  );
}
