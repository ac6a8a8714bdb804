// The engine's output: what every view, chart and export reads.
// Units: time in seconds of model time from the scenario's t = 0; volumes in mL;
// prolactin and progesterone in ng/mL; oxytocin in pg/mL; fat in g/L.

/** Every channel the engine writes, with its unit. Names carry the unit. */
export const CHANNELS = {
  prolactinNgPerMl: 'ng/mL',
  oxytocinPgPerMl: 'pg/mL',
  progesteroneNgPerMl: 'ng/mL',
  leftStoredMl: 'mL',
  rightStoredMl: 'mL',
  leftDuctMl: 'mL',
  rightDuctMl: 'mL',
  /** Stored milk / storage capacity, 0..1. */
  leftFullness: '1',
  rightFullness: '1',
  /** Myoepithelial contraction drive, 0..1 (an ejection is under way when > 0). */
  leftEjectionDrive: '1',
  rightEjectionDrive: '1',
  /** Milk leaving each breast (infant or pump). */
  leftFlowMlPerMin: 'mL/min',
  rightFlowMlPerMin: 'mL/min',
  intakeMlPerMin: 'mL/min',
  intakeCumulativeMl: 'mL',
  /** Milk removed from both breasts (infant and pump) since t = 0, counted at every engine step:
   * any window's milk removed is a difference of two samples, exact whatever the sampling. */
  removedCumulativeMl: 'mL',
  /** Fat in that milk since t = 0 (fat of each step's milk × its volume). */
  removedFatCumulativeG: 'g',
  leftFatGPerL: 'g/L',
  rightFatGPerL: 'g/L',
  /** Both breasts together. */
  synthesisMlPerH: 'mL/h',
  /** Synthesis capacity of both breasts together: what they make a day at their usual fullness. */
  supplyMlPerDay: 'mL/day',
  leftSupplyMlPerDay: 'mL/day',
  rightSupplyMlPerDay: 'mL/day',
  /** What the infant(s) need now, all together. */
  needMlPerDay: 'mL/day',
  /** How hungry the infant(s) are: milk wanted now, all together. */
  hungerMl: 'mL',
  /** Secretory activation (lactogenesis II), 0..1. */
  secretoryActivation: '1',
  /** Afferent nerve activity from nipple/areola stimulation, 0..1. */
  nerveSignal: '1',
} as const;

export type ChannelName = keyof typeof CHANNELS;
export type ChannelUnit = (typeof CHANNELS)[ChannelName];

export type Side = 'left' | 'right';

export type EventKind =
  | 'latch'
  | 'pumpStart'
  | 'sessionEnd'
  | 'nerveSignal'
  | 'prolactinRelease'
  | 'oxytocinPulse'
  | 'ejectionStart'
  | 'ejectionEnd'
  | 'placentaDelivered'
  | 'progesteroneWithdrawal'
  | 'milkComesIn'
  | 'supplyUp'
  | 'supplyDown';

export interface SimEvent {
  atSeconds: number;
  kind: EventKind;
  side?: Side;
  detail?: string;
}

/** Summary fields of scenario-format.md; null where the run does not contain them. */
export interface Summary {
  milkRemovedMl: number;
  milkRemovedPer24hMl: number;
  feeds: number;
  ejectionsPerFeed: number | null;
  firstEjectionLatencySec: number | null;
  prolactinPeakMinutesAfterFeedStart: number | null;
  prolactinFoldRise: number | null;
  meanSynthesisRateMlPerHour: number;
  fatStartGPerL: number | null;
  fatEndGPerL: number | null;
  removedFractionPerFeed: number | null;
  lactogenesisIIOnsetHours: number | null;
  supplyStartMlPerDay: number;
  supplyEndMlPerDay: number;
}

export interface Trace {
  modelVersion: string;
  /** Sample times, strictly increasing, seconds of model time. */
  timesSec: Float64Array;
  /** One value per sample time for every channel. */
  channels: Record<ChannelName, Float64Array>;
  events: SimEvent[];
  summary: Summary;
  /** Postpartum hours at t = 0, so views can label days after birth. */
  startPostpartumHours: number;
  durationSec: number;
}
