// The anatomy drawing's inputs at one moment of a trace, shared by the simulation view, lesson
// beats and the parent view: the frame model (one binary search, every channel interpolated), the
// hormone release shares, and what the case's conditions change in the drawing.
import { useMemo } from 'react';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Side, Trace } from '../../../src-main/sim/trace';
import { samplePoint, sampleChannels, valueAt } from '../../lib/traceSampling';
import type { Derived } from '../sim/derive';
import { frameModel, type FrameModel } from './frameModel';
import { cutLobes } from './geometry';

export interface AnatomyFrame {
  model: FrameModel;
  release: { prolactin: number; oxytocin: number };
  /** Lobes whose ducts surgery cut on the drawn side: they stay dry. */
  cut: Set<number>;
  sheehanSeverity: number;
}

export function useAnatomyFrame(
  trace: Trace,
  derived: Derived,
  scenario: Scenario,
  t: number,
  side: Side,
  reducedMotion: boolean,
): AnatomyFrame {
  const frame = useMemo(() => {
    const values = sampleChannels(trace, t);
    const point = samplePoint(trace.timesSec, t);
    const flowed = valueAt(side === 'left' ? derived.flowedMl.left : derived.flowedMl.right, point);
    return {
      model: frameModel(values, t, side, flowed, reducedMotion),
      release: {
        prolactin: valueAt(derived.releaseShare.prolactin, point),
        oxytocin: valueAt(derived.releaseShare.oxytocin, point),
      },
    };
  }, [trace, derived, t, side, reducedMotion]);

  const conditions = scenario.mother?.conditions ?? [];
  const surgery = conditions.find(
    (c) => c.kind === 'breastSurgery' && (c.side === side || c.side === 'both'),
  );
  const cut = useMemo(
    () => cutLobes(surgery?.kind === 'breastSurgery' ? surgery.lobesAffectedFraction : 0),
    [surgery],
  );
  const sheehan = conditions.find((c) => c.kind === 'sheehanSyndrome');
  return {
    ...frame,
    cut,
    sheehanSeverity: sheehan?.kind === 'sheehanSyndrome' ? sheehan.severity : 0,
  };
}
