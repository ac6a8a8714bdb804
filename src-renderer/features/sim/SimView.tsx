// The main view: a case (scenario) simulated on the main side and played as animated anatomy.
// Takes a scenario from the case library when given one; otherwise offers the built-in cases.
import { useRef, useState, type RefObject } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Side } from '../../../src-main/sim/trace';
import type { AnatomyMode } from '../anatomy/geometry';
import { AddToLesson } from '../lessons/AddToLesson';
import { BUILTIN_SCENARIOS, DEFAULT_SLUG } from './builtinScenarios';
import { ParametersPanel } from './ParametersPanel';
import { SimPlayer } from './SimPlayer';
import { SaveAsCase } from './SaveAsCase';
import { useSimulation } from './useSimulation';
import './sim.css';

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

const MODE_NOTES: Record<AnatomyMode, string> = {
  classical:
    'Classical view (textbooks, the seed texts): 15–20 lobes, one duct per lobe, each widening into a milk sinus behind the areola.',
  ultrasound:
    'Ultrasound view (Ramsay et al. 2005, J Anat 206:525): ~9 main ducts (range 4–18) that branch within ~8 mm of the nipple and no milk sinuses; milk is stored in the alveoli, the ducts only carry it.',
};

export function SimView({
  scenario: given,
  caseTitle,
  initialTimeSec,
  timeRef: givenTimeRef,
  caseId,
  zoomTo,
}: Props) {
  const [slug, setSlug] = useState<string | null>(DEFAULT_SLUG);
  const builtin = BUILTIN_SCENARIOS.find((s) => s.slug === slug);
  const source = given ?? builtin?.scenario ?? null;
  // Edits made in the parameters panel, per source scenario.
  const [edited, setEdited] = useState<{ source: Scenario; value: Scenario } | null>(null);
  const scenario = edited && edited.source === source ? edited.value : source;
  const sim = useSimulation(scenario);
  const [mode, setMode] = useState<AnatomyMode>('classical');
  const [side, setSide] = useState<Side>('left');
  const title = caseTitle ?? builtin?.title ?? 'Simulation';
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
        <h1 id="sim-title" className={given ? undefined : 'visually-hidden'}>
          {title}
        </h1>
        {!given && BUILTIN_SCENARIOS.length > 0 && (
          <label className="inline case-picker">
            <span className="case-picker-word">Case</span>
            <select value={slug ?? ''} onChange={(e) => setSlug(e.target.value)}>
              {BUILTIN_SCENARIOS.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <span role="group" aria-label="Anatomy view" className="segmented">
          <button
            type="button"
            aria-pressed={mode === 'classical'}
            onClick={() => setMode('classical')}
          >
            Classical view
          </button>
          <button
            type="button"
            aria-pressed={mode === 'ultrasound'}
            onClick={() => setMode('ultrasound')}
          >
            Ultrasound view
          </button>
        </span>
        <span role="group" aria-label="Breast shown" className="segmented">
          <button type="button" aria-pressed={side === 'left'} onClick={() => setSide('left')}>
            Left breast
          </button>
          <button type="button" aria-pressed={side === 'right'} onClick={() => setSide('right')}>
            Right breast
          </button>
        </span>
        {scenario && <SaveAsCase scenario={scenario} title={title} />}
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
        {MODE_NOTES[mode]}
      </p>
      {!scenario && <p role="alert">No built-in cases were found to simulate.</p>}
      {sim.error && !trace && <p role="alert">Could not simulate: {sim.error.message}</p>}
      {!trace && !sim.error && scenario && <p className="sim-loading">Simulating…</p>}
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
          {...(zoomTo !== undefined ? { zoomTo } : {})}
        />
      )}
      {scenario && (
        <details className="sim-parameters">
          <summary>Case parameters (re-simulates as you edit)</summary>
          <ParametersPanel
            scenario={scenario}
            error={sim.error}
            running={sim.running}
            onChange={(value) => source && setEdited({ source, value })}
          />
        </details>
      )}
    </section>
  );
}
