// One frame's visual state, computed once per tick from the trace sample: how full and how
// swollen the alveoli are, how hard the myoepithelial cells squeeze, how far milk has moved
// along the ducts, whether the nerve fires. Pure: the view only draws this.
import type { Side } from '../../../src-main/sim/trace';
import { fullnessPercent } from '../../../src-main/charts/numbers';
import type { ChannelValues } from '../../lib/traceSampling';

export interface FrameModel {
  t: number;
  side: Side;
  /** Stored milk / capacity of the breast drawn, 0..1 (in steps under reduced motion). */
  fullness: number;
  /** Fullness as every text says it (the shared rule of charts/numbers.ts), from the continuous
   * value: reduced motion steps the drawing, not the number. */
  fullnessPercent: number;
  storedMl: number;
  ductMl: number;
  flowMlPerMin: number;
  /** Myoepithelial drive 0..1; > 0 while a milk ejection is under way. */
  squeeze: number;
  /** Scale of each alveolus: swells when full, smaller while squeezed. */
  alveolusScale: number;
  /** Scale of the milk inside an alveolus (area follows stored volume). */
  milkScale: number;
  /**
   * The same two scales for the hundreds of alveoli of the section, in steps (fullness by 2 %,
   * squeeze by thirds): each step repaints the section, so it must not change every frame.
   * The close-up follows the continuous values.
   */
  sectionAlveolusScale: number;
  sectionMilkScale: number;
  /** Dash offset of milk moving down the ducts: proportional to the volume that has flowed. */
  flowOffset: number;
  /** Visibility of milk in the ducts, 0..1. */
  ductMilk: number;
  nerve: number;
  nerveOffset: number;
  /** Share of full synthesis speed left by fullness (local control), 0..1. */
  synthesisFreedom: number;
  /** Progesterone high and secretory activation not yet under way. */
  progesteroneHold: boolean;
  values: ChannelValues;
}

/** Duct milk at which the ducts are drawn full (the engine's ducts hold up to ~20–30 mL). */
const DUCT_FULL_ML = 15;
/** View units milk moves along a duct per mL that flowed out of the breast. */
const PX_PER_ML = 60;
/** Nerve impulses travel at a fixed drawn speed; only their presence comes from the trace. */
const NERVE_PX_PER_SEC = 160;

const smoothstep = (a: number, b: number, x: number) => {
  const u = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return u * u * (3 - 2 * u);
};

export function frameModel(
  values: ChannelValues,
  t: number,
  side: Side,
  flowedMl: number,
  reducedMotion: boolean,
): FrameModel {
  const left = side === 'left';
  const raw = Math.min(1, Math.max(0, left ? values.leftFullness : values.rightFullness));
  // Reduced motion: states change in tenths rather than continuously.
  const fullness = reducedMotion ? Math.round(raw * 10) / 10 : raw;
  const drive = Math.min(
    1,
    Math.max(0, left ? values.leftEjectionDrive : values.rightEjectionDrive),
  );
  const squeeze = reducedMotion ? (drive > 0.05 ? 1 : 0) : drive;
  const scales = (f: number, sq: number) => {
    const alveolus = (1 + 0.22 * smoothstep(0.55, 1, f)) * (1 - 0.14 * sq);
    return { alveolus, milk: alveolus * 0.86 * Math.sqrt(f) };
  };
  const { alveolus: alveolusScale, milk: milkScale } = scales(fullness, squeeze);
  const section = scales(Math.round(fullness * 50) / 50, Math.round(squeeze * 3) / 3);
  const ductMl = left ? values.leftDuctMl : values.rightDuctMl;
  return {
    t,
    side,
    fullness,
    fullnessPercent: fullnessPercent(raw),
    storedMl: left ? values.leftStoredMl : values.rightStoredMl,
    ductMl,
    flowMlPerMin: left ? values.leftFlowMlPerMin : values.rightFlowMlPerMin,
    squeeze,
    alveolusScale,
    milkScale,
    sectionAlveolusScale: section.alveolus,
    sectionMilkScale: section.milk,
    flowOffset: reducedMotion ? 0 : flowedMl * PX_PER_ML,
    ductMilk: Math.min(1, Math.max(0, ductMl / DUCT_FULL_ML)),
    nerve: Math.min(1, Math.max(0, values.nerveSignal)),
    nerveOffset: reducedMotion ? 0 : (t * NERVE_PX_PER_SEC) % 400,
    synthesisFreedom: 1 - Math.pow(fullness, 3),
    progesteroneHold: values.progesteroneNgPerMl > 20 && values.secretoryActivation < 0.5,
    values,
  };
}
