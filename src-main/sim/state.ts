// The engine's mutable state: plain structures, one per subsystem, created from the config.
// Units: seconds, mL, mL/s (flows inside the loop), mL/h (sigma), ng/mL, pg/mL.
import type { EngineConfig, PlannedSession, SessionSide } from './config';
import type { SessionStats } from './summary';
import type { Side, SimEvent } from './trace';

export const STAGES = 4;

export interface HormoneState {
  prl: number;
  /** Prolactin averaged over hours: what the lactocytes respond to. */
  exposure: number;
  ot: number;
  otPrev: number;
  otReleaseRate: number;
  otReleaseUntil: number;
  p4: number;
  /** Residual (non-placental) progesterone after delivery, falling over days. */
  p4Residual: number;
  nerve: number;
  /** Stimulated sessions per day, low-pass: keeps the prolactin baseline up. */
  stimLevel: number;
  drive: number;
  prevDrive: number;
  falling: boolean;
  /** Secretory activation chain (lactogenesis II), each stage 0..1. */
  chain: Float64Array;
  /** Activation including colostrum secretion, 0..1. */
  act: number;
  /** Permissive prolactin term, 0..1. */
  hPerm: number;
  /** Combined-pill factor on synthesis, 0..1. */
  contra: number;
  /** How far the combined pill's effect has developed, 0..1: it also blocks up-regulation. */
  contraOnset: number;
}

export interface BreastState {
  side: Side;
  /** Alveolar milk. */
  stored: number;
  /** Milk in the ducts, available to the infant or pump. */
  duct: number;
  /** Storage capacity left after surgery: stored + duct never exceeds it. */
  capacity: number;
  /** Secretory capacity at the fullness set point (mL/h): the breast's own "supply". */
  sigma: number;
  lobesIntact: number;
  /** Removal now (mL/s). */
  flow: number;
  /** Synthesis now (mL/s). */
  synthesis: number;
  synthesizedTotal: number;
  removedTotal: number;
  /** Fat in the milk removed from this breast (g): its own mean fat is this over removedTotal. */
  removedFatG: number;
  initialContent: number;
}

export interface InfantState {
  /** Milk the infant wants now (mL); feeds start when it passes the trigger. */
  deficit: number;
  trigger: number;
  /** Time a hunger cue was given (the latch follows cueLead later), or null. */
  cueAt: number | null;
  lastMealEnd: number;
  lastFirstSide: Side | null;
  /** The session the infant is feeding in, or null. */
  session: ActiveSession | null;
  intakeTotal: number;
  /** Intake now (mL/s). */
  intakeFlow: number;
}

export interface ActiveSession {
  kind: PlannedSession['kind'];
  /** Infant index for a latch; -1 for a pump or skin-to-skin. */
  infant: number;
  startSec: number;
  side: SessionSide | null;
  firstSide: Side | null;
  switched: boolean;
  sideStartSec: number;
  lowFlowSec: number;
  /** Fixed duration (explicit events, pumps) or null when the infant leads. */
  durationSec: number | null;
  babyPresent: boolean;
  pattern: EngineConfigPattern;
  stats: SessionStats | null;
}

type EngineConfigPattern = EngineConfig['pattern'];

export interface PulseState {
  nextPulseSec: number;
  lastEjectionEnd: number;
  ejectionActive: boolean;
  ejectionNo: number;
  stimulatedSince: number | null;
}

export interface FeedingState {
  sessions: ActiveSession[];
  plannedIdx: number;
  /** Sessions inserted while running (pumping after a feed). */
  extra: PlannedSession[];
  nextScheduled: number;
  noFeedBefore: number;
  stopped: boolean;
  changeIdx: number;
  lastSessionEnd: number;
  fineUntil: number;
  sessionCount: number;
}

export interface Totals {
  fatWeighted: number;
  fatVolume: number;
  synthesized: number;
  prlTrack: SessionStats | null;
  prlTrackUntil: number;
  milkIn: boolean;
  lactogenesisOnsetH: number | null;
  supplyEventRef: number;
  placentaDone: boolean;
  withdrawn: boolean;
}

/**
 * The step being taken, set by the loop (its end by nextStepEnd). The subsystems read the step's
 * times here rather than as arguments: a fractional number passed to or returned from a function
 * V8 does not inline is boxed on the heap at every call (about an eighth of a 180-day run's
 * garbage, collected several times a run).
 */
export interface StepClock {
  /** Start of the step (s). */
  from: number;
  /** End of the step (s): the time the state has reached once hormones and breasts are stepped. */
  to: number;
  /** to − from (s). */
  dt: number;
  /** The loop's next sample time (s): no step runs past it. */
  nextSample: number;
  /** The infants' need (mL/s; 0 unless fed on demand) and a typical meal (mL), as of this step. */
  needPerSec: number;
  meal: number;
}

export interface EngineState {
  clock: StepClock;
  h: HormoneState;
  breasts: [BreastState, BreastState];
  infants: InfantState[];
  pulses: PulseState;
  feeding: FeedingState;
  totals: Totals;
  sessions: SessionStats[];
  events: SimEvent[];
  rand: () => number;
}
