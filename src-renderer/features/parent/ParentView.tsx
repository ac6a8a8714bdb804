// `#/parent/<caseId>`: one case re-told for a parent. The same scenario and trace as the
// clinician view, walked through step by step in plain words (English or Spanish), tailored to
// the family's pattern or feed log, with what-ifs and a handout to take home.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-main/contract/cases';
import type { FeedingPattern, WalkthroughBeat } from '../../../src-main/contract/parent';
import type { Scenario } from '../../../src-main/sim/scenario';
import { babyAgeDays } from '../../../src-main/walkthrough/baby';
import {
  applyEdits,
  generateSteps,
  toBeat,
  walkthroughOf,
  withWalkthrough,
} from '../../../src-main/walkthrough/steps';
import {
  patternOf,
  scenarioForPattern,
  whatIfsFor,
  type WhatIf,
} from '../../../src-main/walkthrough/what-if';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { hrefFor, parseRoute } from '../../app/router';
import { confirmationFor, leaveAfterSave, useLeaveGuard } from '../../app/leaveGuard';
import { useSimulation } from '../sim/useSimulation';
import { BabyForm, type Baby } from './BabyForm';
import { FamilyLanguage } from './FamilyLanguage';
import { FeedLogImport } from './FeedLogImport';
import { HandoutPreview } from './HandoutPreview';
import { currentLanguage, parentI18n } from './i18n';
import { ParentStage } from './ParentStage';
import { PatternForm } from './PatternForm';
import { StepEditor } from './StepEditor';
import { Walkthrough } from './Walkthrough';
import { WhatIfPanel } from './WhatIfPanel';
import { useCase } from './useCase';
import './parent.css';

interface Props {
  caseId: string;
  initialTimeSec?: number | undefined;
  /** The step in the address (1-based); absent: the step nearest to `initialTimeSec`. */
  step?: number | undefined;
}

/** A copy of `o` without `key`: an optional field set back to its default. */
function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

export function ParentView(props: Props) {
  return (
    <I18nextProvider i18n={parentI18n}>
      <ParentCase {...props} />
    </I18nextProvider>
  );
}

function ParentCase({ caseId, initialTimeSec, step }: Props) {
  const { t } = useTranslation();
  const loaded = useCase(caseId);
  if (loaded.error) {
    return (
      <section className="parent-view">
        <h1>{t('ui.parentView')}</h1>
        <p role="alert">
          {t('ui.couldNotOpen')} {loaded.error}
        </p>
      </section>
    );
  }
  if (!loaded.detail) return <p aria-live="polite">{t('ui.opening')}</p>;
  return (
    <ParentStory
      key={loaded.detail.revision}
      detail={loaded.detail}
      initialTimeSec={initialTimeSec}
      stepInAddress={step}
    />
  );
}

function ParentStory({
  detail,
  initialTimeSec,
  stepInAddress,
}: {
  detail: CaseDetail;
  initialTimeSec?: number | undefined;
  stepInAddress?: number | undefined;
}) {
  const { t, i18n } = useTranslation();
  // The family's scenario: the case's, or one built from their pattern or feed log (unsaved).
  const [scenario, setScenario] = useState<Scenario>(detail.scenario);
  const [pattern, setPattern] = useState<FeedingPattern | null>(null);
  const sim = useSimulation(scenario);
  // The last finished run stays on screen while a changed scenario is simulated.
  const trace = sim.trace;
  const traced = sim.tracedScenario;
  const generated = useMemo(
    () => (trace && traced ? generateSteps(traced, trace) : []),
    [traced, trace],
  );
  const [beat, setBeat] = useState<WalkthroughBeat | null>(() => walkthroughOf(detail.beats));
  const steps = useMemo(() => applyEdits(generated, beat), [generated, beat]);
  const [editing, setEditing] = useState(false);
  const [whatIf, setWhatIf] = useState<WhatIf>('moreFeeds');
  const [previewing, setPreviewing] = useState(false);
  // The preview stands in for its button while open; closing it gives focus back to the button
  // (else it would drop to the page's start).
  const handoutButton = useRef<HTMLButtonElement>(null);
  const previewed = useRef(false);
  useEffect(() => {
    if (previewing) previewed.current = true;
    else if (previewed.current) {
      previewed.current = false;
      handoutButton.current?.focus();
    }
  }, [previewing]);
  // A copy saved from a built-in opens here anew: it shows the save's confirmation.
  const [status, setStatus] = useState<string | null>(() => confirmationFor(window.location.hash));
  const [dirty, setDirty] = useState(false);
  // Moving between this case's steps keeps unsaved edits: it does not leave the editor.
  const ownSteps = useCallback(
    (hash: string) => {
      const route = parseRoute(hash);
      return route.name === 'parent' && route.caseId === detail.id;
    },
    [detail.id],
  );
  useLeaveGuard(dirty, ownSteps);
  // The save's confirmation sits over the page's corner: it goes after a while by itself.
  useEffect(() => {
    if (status !== t('ui.saved')) return;
    const timer = setTimeout(() => setStatus(null), 6000);
    return () => clearTimeout(timer);
  }, [status, t]);

  // Opened from the clinician view at a moment: start at the step nearest to it (the first of
  // equals, since the clinician may have put steps out of time order).
  const startIndex = useMemo(() => {
    if (initialTimeSec === undefined) return 0;
    let best = 0;
    steps.forEach((s, i) => {
      const gap = Math.abs(s.atSeconds - initialTimeSec);
      if (gap < Math.abs((steps[best]?.atSeconds ?? 0) - initialTimeSec)) best = i;
    });
    return best;
  }, [steps, initialTimeSec]);
  const current = Math.min(
    stepInAddress === undefined ? startIndex : stepInAddress - 1,
    Math.max(0, steps.length - 1),
  );
  const step = steps[current];
  // The moment shown: the one we were sent to until a step is chosen, then the step's.
  const timeSec =
    stepInAddress === undefined && initialTimeSec !== undefined
      ? initialTimeSec
      : (step?.atSeconds ?? 0);
  const addressOf = (i: number, caseId = detail.id) =>
    hrefFor({ name: 'parent', caseId, t: steps[i]?.atSeconds ?? timeSec, step: i + 1 });
  // Each step is an entry in the history: Back and Forward walk the steps, a reload keeps one.
  const goToStep = (i: number) => {
    window.location.hash = addressOf(i);
  };
  const familyPattern = pattern ?? (trace && traced ? patternOf(traced, trace) : null);

  const edit = (next: WalkthroughBeat) => {
    setBeat(next);
    setDirty(true);
  };
  const applyScenario = (next: Scenario) => {
    setScenario(next);
    setDirty(true);
  };

  const save = async () => {
    setStatus(null);
    const beats = withWalkthrough(detail.beats, beat ?? toBeat(steps, ''));
    try {
      if (detail.builtin) {
        const copy = await call('cases.duplicate', { id: detail.id });
        await call('cases.update', {
          id: copy.id,
          baseRevision: copy.revision,
          patch: { beats, scenario },
        });
        leaveAfterSave(addressOf(current, copy.id), t('ui.saved'));
      } else {
        await call('cases.update', {
          id: detail.id,
          baseRevision: detail.revision,
          patch: { beats, scenario },
        });
        // Reloading the case (a new revision) remounts this view with what was saved.
        leaveAfterSave(addressOf(current));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
      setDirty(false);
      setStatus(t('ui.saved'));
    } catch (e) {
      setStatus(t('ui.saveError', { message: errorText(e, {}, currentLanguage()) }));
    }
  };

  const shownBeat = beat ?? toBeat(steps, '');
  // The family's title: the clinician's choice, or a neutral one in the family's language.
  const parentTitle = beat?.parentTitle ?? t('handout.title');
  const useBaby = (baby: Baby) => {
    const infant = without(scenario.infant ?? {}, 'weightKg');
    applyScenario({
      ...scenario,
      start: { postpartumHours: baby.ageDays * 24 },
      infant: { ...infant, ...(baby.weightKg === undefined ? {} : { weightKg: baby.weightKg }) },
    });
    const rest = without(shownBeat, 'baby');
    edit(
      baby.wetDiapersPerDay === undefined
        ? rest
        : { ...rest, baby: { wetDiapersPerDay: baby.wetDiapersPerDay } },
    );
  };

  return (
    <section className="parent-view" aria-labelledby="parent-title" lang={i18n.language}>
      <div className="parent-toolbar">
        <h1 id="parent-title">{parentTitle}</h1>
        <FamilyLanguage />
        <a className="button" href={hrefFor({ name: 'sim', caseId: detail.id, t: timeSec })}>
          {t('ui.clinicianView')}
        </a>
      </div>
      {sim.error && <p role="alert">{errorText(sim.error, {}, currentLanguage())}</p>}
      {!trace && !sim.error && <p aria-live="polite">{t('ui.simulating')}</p>}
      {trace && traced && step && (
        <div className="parent-main" aria-busy={sim.running}>
          <ParentStage trace={trace} scenario={traced} timeSec={timeSec} />
          <Walkthrough steps={steps} index={current} onIndex={goToStep} />
        </div>
      )}
      {trace && (
        <div className="parent-tools">
          <details open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
            <summary>{t('ui.edit')}</summary>
            {detail.builtin && <p className="hint">{t('ui.builtinReadOnly')}</p>}
            <label className="block">
              {t('ui.parentTitle')}
              <input
                value={beat?.parentTitle ?? ''}
                placeholder={t('handout.title')}
                maxLength={120}
                onChange={(e) => {
                  const rest = without(shownBeat, 'parentTitle');
                  const title = e.target.value;
                  edit(title.trim() === '' ? rest : { ...rest, parentTitle: title });
                }}
              />
            </label>
            <StepEditor
              generated={generated}
              beat={beat ?? toBeat(generated, '')}
              onChange={edit}
              onReset={() => edit(toBeat(generated, beat?.notes ?? ''))}
            />
          </details>
          <details>
            <summary>{t('ui.tailor')}</summary>
            <BabyForm
              key={`${scenario.start.postpartumHours}-${scenario.infant?.weightKg ?? ''}`}
              baby={{
                ageDays: Math.max(0, babyAgeDays(scenario)),
                ...(scenario.infant?.weightKg === undefined
                  ? {}
                  : { weightKg: scenario.infant.weightKg }),
                ...(shownBeat.baby?.wetDiapersPerDay === undefined
                  ? {}
                  : { wetDiapersPerDay: shownBeat.baby.wetDiapersPerDay }),
              }}
              onUse={useBaby}
            />
            {familyPattern && (
              <PatternForm
                key={JSON.stringify(familyPattern)}
                pattern={familyPattern}
                onUse={(p) => {
                  setPattern(p);
                  applyScenario(scenarioForPattern(scenario, p));
                }}
              />
            )}
            <FeedLogImport
              scenario={scenario}
              onScenario={(s) => {
                setPattern(null);
                applyScenario(s);
              }}
            />
          </details>
          <details>
            <summary>{t('ui.whatIfTitle')}</summary>
            {familyPattern && (
              <WhatIfPanel
                scenario={scenario}
                pattern={familyPattern}
                // A what-if chosen before the pattern lost its feeds falls back to more feeds.
                whatIf={whatIfsFor(familyPattern).includes(whatIf) ? whatIf : 'moreFeeds'}
                onWhatIf={setWhatIf}
              />
            )}
          </details>
          <div className="parent-handout">
            <h2>{t('ui.handout')}</h2>
            {!previewing && (
              <button ref={handoutButton} type="button" onClick={() => setPreviewing(true)}>
                {t('ui.downloadHandout')}
              </button>
            )}
          </div>
          {previewing && trace && (
            <HandoutPreview
              scenario={scenario}
              trace={trace}
              steps={steps}
              beat={shownBeat}
              parentTitle={beat?.parentTitle ?? ''}
              caseTitle={detail.title}
              caseTitleLang={detail.builtin ? 'en' : undefined}
              parentFirstName={detail.personal?.parentFirstName}
              parentNotes={detail.parentNotes}
              pattern={familyPattern}
              onClose={() => setPreviewing(false)}
            />
          )}
          {/* Fixed to the window's corner: unsaved changes and the save's answer are always in sight. */}
          {(dirty || status) && (
            <div className="parent-save">
              {dirty && detail.builtin && <span>{t('ui.builtinReadOnly')} </span>}
              {dirty && (
                <button type="button" className="primary" onClick={() => void save()}>
                  {detail.builtin ? t('ui.saveCopy') : t('ui.save')}
                </button>
              )}
              {status && <p role="status">{status}</p>}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
