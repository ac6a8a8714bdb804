// The drawing for the parent: the same anatomy and trace as the clinician view, held at the step's
// moment, with the technical labels hidden (parent.css) and a few parts named in plain words.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import { AnatomyView } from '../anatomy/AnatomyView';
import { useAnatomyFrame } from '../anatomy/useAnatomyFrame';
import { computeLayout } from '../anatomy/geometry';
import { derive } from '../sim/derive';
import { useReducedMotion } from '../sim/useReducedMotion';

interface Props {
  trace: Trace;
  scenario: Scenario;
  timeSec: number;
}

/** Steps point at an event's start; a few seconds on, the nerve or the squeeze is visible. */
const SHOW_AFTER_SEC = 15;

const PARTS = ['brain', 'alveoli', 'ducts'] as const;

export function ParentStage({ trace, scenario, timeSec }: Props) {
  const { t } = useTranslation();
  const derived = useMemo(() => derive(trace), [trace]);
  const layout = useMemo(() => computeLayout('classical'), []);
  const reducedMotion = useReducedMotion();
  const descriptionId = useId();
  const shown = Math.min(trace.durationSec, timeSec + SHOW_AFTER_SEC);
  const conditions = scenario.mother?.conditions ?? [];
  const surgery = conditions.find((c) => c.kind === 'breastSurgery');
  const side = surgery?.kind === 'breastSurgery' && surgery.side === 'right' ? 'right' : 'left';
  const frame = useAnatomyFrame(trace, derived, scenario, shown, side, reducedMotion);
  return (
    <figure className="parent-stage">
      <AnatomyView
        layout={layout}
        frame={frame}
        schedules={derived.schedules}
        reducedMotion={reducedMotion}
        highlight={null}
        onSelect={() => {}}
        descriptionId={descriptionId}
        zoomRequest={null}
        link={null}
      />
      <figcaption id={descriptionId}>
        <ul className="parent-parts">
          {PARTS.map((id) => (
            <li key={id}>{t(`parts.${id}`)}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
