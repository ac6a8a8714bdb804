// The parent drawing for the handout: each step's drawing at the moment the step shows, drawn
// off screen by the same component as the parent view (ParentStage: technical labels hidden) and
// taken as vector shapes (the slides' snapshot), so the handout's figure is the picture the family
// saw. Its plain labels are the parts list under the drawing, printed as the figure's caption.
import { useEffect, useRef } from 'react';
import type { SvgNode } from '../../../src-main/charts/svg-tree';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import type { WalkthroughStep } from '../../../src-main/walkthrough/steps';
import { snapshotDrawing } from '../slides/snapshot';
import { ParentStage } from './ParentStage';

export type StepDrawings = Record<string, SvgNode>;

interface Props {
  trace: Trace;
  scenario: Scenario;
  steps: WalkthroughStep[];
  onTaken: (drawings: StepDrawings) => void;
}

/** Wide enough for the drawing's print size; its shapes are vectors, so any width prints sharp. */
const DRAWING_WIDTH_PX = 640;

const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

export function HandoutDrawings({ trace, scenario, steps, onTaken }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void afterPaint().then(() => {
      const root = box.current;
      if (!live || !root) return;
      const drawings: StepDrawings = {};
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-step]'))) {
        const stage = el.querySelector('.anatomy-stage');
        // A drawing that cannot be taken leaves its step without a picture, not the handout.
        try {
          if (stage) drawings[el.dataset.step ?? ''] = snapshotDrawing(stage);
        } catch (e) {
          console.warn(`handout drawing of step ${el.dataset.step ?? '?'}:`, e);
        }
      }
      onTaken(drawings);
    });
    return () => {
      live = false;
    };
  }, [trace, scenario, steps, onTaken]);
  return (
    <div ref={box} className="handout-drawings" aria-hidden="true" inert>
      {steps.map((s) => (
        <div key={s.kind} data-step={s.kind} style={{ width: DRAWING_WIDTH_PX }}>
          <ParentStage trace={trace} scenario={scenario} timeSec={s.atSeconds} />
        </div>
      ))}
    </div>
  );
}
