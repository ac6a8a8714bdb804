// The engine's time loop: one scenario in, one trace out. Pure and deterministic.
// The loop body is split into small methods of one Engine object with a fixed shape (V8 keeps them
// optimised; no closures or objects are created per step).
// Units: seconds of model time (t = 0 at the scenario start), mL, mL/s inside the loop,
// prolactin and progesterone ng/mL, oxytocin pg/mL, fat g/L. Steps: 1 s while the nipple is
// stimulated and oxytocin is released or milk ejected (2 s in runs longer than a week), 5 s
// between pulses during a session, 2–20 s around sessions (cues, oxytocin decay) and up to 300 s
// between them. Prolactin, oxytocin and progesterone are integrated exactly (linear first-order)
// over a step and threshold crossings are interpolated, so events keep their exact times.
import {
  fatOf,
  fullness,
  makeBreast,
  newStepInputs,
  stepBreast,
  type Breast,
  type StepInputs,
} from './breast';
import {
  progesteronePregnancy,
  progesteroneRelease,
  prolactinActivationDrive,
  prolactinPermissive,
  prolactinStageBaseline,
} from './hormones';
import {
  appetiteMlPerDay,
  appetiteScaleFor,
  maxIntakeMlPerMin,
  type InfantSettings,
} from './infant';
import {
  AGE_TABLES as AGE_TABLES_IMPORT,
  PARAMETERS as PARAMETERS_IMPORT,
  fromTable,
} from './parameters';
import { mulberry32, uniform } from './prng';
import { CH, Recorder, samplingFor, type Sampling } from './recorder';
import type { PlanChange, Scenario } from './scenario';
import {
  chooseFirstSide,
  explicitSessions,
  type PlannedSession,
  type SessionSide,
} from './schedule';
import { SessionStats, buildSummary, type Diagnostics } from './summary';
import type { EventKind, Side, SimEvent, Trace } from './trace';

export const MODEL_VERSION = 'lactasim-physiology/1.0.0';

export interface SimulateOptions {
  resolutionSec?: number;
}

const LN2 = Math.LN2;
const DAY = 86_400;
const FINE_DT = 1;
const STIM_DT = 5;
const LONG_RUN_SEC = 7 * 86_400;
const LONG_FINE_DT = 2;
const LONG_NEAR_DT = 5;
const NEAR_DT = 2;
const QUIET_DT = 20;
const COARSE_DT = 300;
/** Fine stepping continues this long after a session so ejections and oxytocin finish. */
const TAIL_SEC = 600;
const STAGES = 4;

interface ActiveSession {
  plan: PlannedSession;
  startSec: number;
  /** Sides the nipple stimulation acts on now. */
  side: SessionSide | null;
  firstSide: Side | null;
  switched: boolean;
  sideStartSec: number;
  lowFlowSec: number;
  stats: SessionStats | null;
  nextPulseSec: number;
  ejections: number;
  pattern: 'alternate' | 'bothSides' | 'block';
}

const P = PARAMETERS_IMPORT;
const AGE_TABLES = AGE_TABLES_IMPORT;

interface Contraception {
  startSec: number;
  effect: number;
}

class Engine {
  // --- Configuration (fixed for the run) ---------------------------------------------------------
  readonly startPP: number;
  readonly durationSec: number;
  readonly rand: () => number;
  readonly events: SimEvent[] = [];
  sheehan = 0;
  stress = 0;
  retainedUntilH: number | null = null;
  readonly contraceptions: Contraception[] = [];
  readonly pituitary: number;
  readonly placentaH: number;
  readonly placentaSec: number;
  readonly birthSec: number;
  readonly startAgeDays: number;
  readonly infantSettings: InfantSettings;
  readonly plan: string;
  readonly pattern: 'alternate' | 'bothSides' | 'block';
  readonly blockHours: number;
  readonly intervalH: number;
  readonly minutesPerBreast: number;
  readonly kPrl: number;
  readonly kOt: number;
  readonly kP4: number;
  readonly otBasal: number;
  readonly otThreshold: number;
  readonly otSat: number;
  readonly stimPerDayFull: number;
  readonly stimTauSec = 2 * DAY;
  readonly p4Floor: number;
  readonly stageTau: number;
  /** First activation stage held by progesterone (model.md §6). */
  readonly firstGatedStage: number;
  readonly chain = new Float64Array(STAGES);
  readonly col: number;
  readonly L: Breast;
  readonly R: Breast;
  readonly jitter: number;
  readonly cueAmplitude: number;
  readonly stressDelay: number;
  readonly pulseAmpFactor: number;
  readonly pulseIntervalMean: number;
  readonly planned: PlannedSession[];
  /** Plan changes from a moment on (scenario `feeding.changes`), in time order. */
  readonly planChanges: (PlanChange & { atSec: number })[];
  /** Index of the next plan change whose feed-free stretch has not started yet. */
  pauseIdx = 0;
  readonly sampling: Sampling;
  readonly rec: Recorder;
  readonly satiatedFactor: number;
  readonly secondBreastHunger: number;
  readonly stepIn: StepInputs;
  readonly kExpo: number;
  readonly backK: number;
  readonly ductTau: number;
  readonly nerveTau: number;
  readonly pumpMax: number;
  readonly cueLead: number;
  readonly nerveLatency: number;
  readonly pituitaryLatency: number;
  readonly minFeedGapSec: number;
  /** Step while oxytocin is released or milk ejected, and while oxytocin decays after a session. */
  readonly fineDt: number;
  readonly nearDt: number;

  // --- State ---------------------------------------------------------------------------------------
  t = 0;
  prl = 0;
  exposure = 0;
  ot = 0;
  otPrev = 0;
  p4 = 0;
  otReleaseRate = 0;
  otReleaseUntil = -Infinity;
  nerve = 0;
  stimLevel = 0;
  deficit = 0;
  trigger = 0;
  noFeedBefore = 0;
  cumulativeIntake = 0;
  intakeFlow = 0;
  lastSessionEnd = -Infinity;
  fineUntil = -Infinity;
  prlTrackUntil = -Infinity;
  lastEjectionEnd = -Infinity;
  drive = 0;
  prevDrive = 0;
  contraNow = 1;
  sessionCount = 0;
  hPerm = 0;
  synthTotal = 0;
  fatWeighted = 0;
  fatVolume = 0;
  ejectionNo = 0;
  milkIn: boolean;
  lactogenesisOnsetH: number | null = null;
  supplyStart: number;
  supplyEventRef: number;
  plannedIdx = 0;
  nextScheduled: number;
  pendingDemand: PlannedSession | null = null;
  active: ActiveSession | null = null;
  lastFirstSide: Side | null = null;
  readonly sessions: SessionStats[] = [];
  prlTrack: SessionStats | null = null;
  ejectionActive = false;
  placentaDone: boolean;
  withdrawn: boolean;
  nextSample = 0;
  cachedDt = -1;
  eOt = 1;
  ePrl = 1;
  eP4 = 1;
  eNerve = 1;
  ePh = 1;
  eDuct = 0;
  eBack = 0;
  eStim = 1;
  nextAgeUpdate = -Infinity;
  ageAppetite = 0;
  ageMaxIntake = 0;
  ageSurge = 0;
  ageMeanFeed = 0;
  ageStage = 0;
  /** The step in progress: stimulating, near a session, its length. */
  stimulating = false;
  near = false;
  act = 0;
  actCore = 0;
  falling = false;

  constructor(scenario: Scenario, options: SimulateOptions) {
    this.startPP = scenario.start.postpartumHours;
    const startPP = this.startPP;
    this.durationSec = Math.round(scenario.durationHours * 3600);
    this.rand = mulberry32(scenario.feeding.seed ?? 1);

    // --- Conditions ---------------------------------------------------------------------------
    const lobes = { left: 1, right: 1 };
    for (const c of scenario.mother.conditions) {
      if (c.kind === 'sheehanSyndrome') this.sheehan = Math.max(this.sheehan, c.severity);
      else if (c.kind === 'stress') this.stress = Math.max(this.stress, c.level);
      else if (c.kind === 'retainedPlacenta') this.retainedUntilH = c.removedAtHours;
      else if (c.kind === 'breastSurgery') {
        if (c.side !== 'right') lobes.left *= 1 - c.lobesAffectedFraction;
        if (c.side !== 'left') lobes.right *= 1 - c.lobesAffectedFraction;
      } else {
        this.contraceptions.push({
          startSec: (c.startHours - startPP) * 3600,
          effect:
            c.type === 'combined'
              ? P.contraceptionCombinedEffect.value
              : P.contraceptionProgestinEffect.value,
        });
      }
    }
    this.pituitary = 1 - this.sheehan;
    this.placentaH = this.retainedUntilH ?? scenario.birth?.placentaDeliveredAtHours ?? 0.5;
    this.placentaSec = (this.placentaH - startPP) * 3600;
    this.birthSec = -startPP * 3600;

    // --- Infant -------------------------------------------------------------------------------
    this.startAgeDays = startPP / 24;
    this.infantSettings = {
      appetiteScale: appetiteScaleFor(scenario.infant?.appetiteMlPerDay, this.startAgeDays),
      maxIntakeFixed: scenario.infant?.maxIntakeMlPerMin ?? null,
    };
    this.plan = scenario.feeding.plan;
    this.pattern = scenario.feeding.pattern ?? 'alternate';
    this.blockHours = scenario.feeding.blockHours ?? 4;
    this.intervalH = scenario.feeding.intervalHours ?? 24 / P.feedsPerDayDefault.value;
    this.minutesPerBreast = scenario.feeding.minutesPerBreast ?? 15;

    // --- Hormones -----------------------------------------------------------------------------
    this.kPrl = LN2 / (P.prolactinHalfLifeMin.value * 60);
    this.kOt = LN2 / P.oxytocinHalfLifeSec.value;
    this.kP4 = LN2 / (P.progesteroneHalfLifeMin.value * 60);
    this.otBasal = P.oxytocinBasalPgPerMl.value;
    this.otThreshold = P.oxytocinThresholdPgPerMl.value;
    this.otSat = P.oxytocinSaturationPgPerMl.value;
    this.stimPerDayFull = P.prolactinStimSessionsPerDay.value;
    this.stimLevel = P.feedsPerDayDefault.value; // sessions/day, low-pass
    this.p4Floor = P.progesteronePostpartumNgPerMl.value;

    this.prl = this.prlBaseline(0, prolactinStageBaseline(startPP / 24));
    this.exposure = this.prl;
    this.ot = this.otBasal;
    this.otPrev = this.ot;
    this.p4 =
      this.placentaSec <= 0
        ? this.p4Floor +
          (this.p4Held(this.placentaSec) - this.p4Floor) * Math.exp(-this.kP4 * -this.placentaSec)
        : this.p4Held(0);

    // Secretory activation chain (model.md §6): STAGES first-order steps after progesterone falls.
    this.stageTau =
      P.activationStageTauH.value *
      3600 *
      (1 + P.stressLactogenesisDelayFactor.value * this.stress);
    this.col = P.colostrumFraction.value;
    this.firstGatedStage = STAGES - P.activationProgesteroneGatedStages.value;
    const chain = this.chain;
    if (this.placentaSec < 0) {
      // Pre-run the chain from placenta delivery to t = 0 (drive ≈ permissive prolactin).
      // Early-postpartum prolactin (baseline plus suckling surges, ~1.5× baseline) drove activation.
      const chainIn = prolactinActivationDrive(
        1.5 * prolactinStageBaseline(this.placentaH / 24) * this.pituitary,
      );
      const span = -this.placentaSec;
      if (span > 30 * DAY) chain.fill(chainIn);
      else {
        const dt = 600;
        for (let s = 0; s < span; s += dt) {
          const h = Math.min(dt, span - s);
          let input = chainIn;
          for (let i = 0; i < STAGES; i++) {
            const x = chain[i] ?? 0;
            chain[i] = input > x ? x + ((input - x) * h) / this.stageTau : x;
            input = chain[i] ?? 0;
          }
        }
      }
    }
    this.milkIn = this.activation() >= 0.5;

    // --- Breasts ------------------------------------------------------------------------------
    const established = this.activation() >= 0.5;
    const refDay = Math.max(this.startAgeDays, 30);
    const defaultSupply =
      fromTable(AGE_TABLES.appetiteMlPerDay, refDay) * this.infantSettings.appetiteScale;
    const supplyRef =
      scenario.mother.supplyMlPerDay ?? (established ? this.appetiteAt(0) : defaultSupply);
    // Intrinsic capacity is set so that the run starts producing its stated supply; prolactin's
    // permissive term is taken as normal here so Sheehan syndrome shows as a fall, not a start.
    const hNormal = established
      ? prolactinPermissive(this.prl / Math.max(this.pituitary, 1e-6))
      : 1;
    const perBreastSigma = supplyRef / 48 / Math.max(hNormal, 0.05);
    const headroom = P.supplyHeadroomFactor.value;
    const caps = scenario.mother.storageCapacityMl;
    this.L = makeBreast(caps.left, lobes.left, perBreastSigma, perBreastSigma * headroom);
    this.R = makeBreast(caps.right, lobes.right, perBreastSigma, perBreastSigma * headroom);
    if (!established) {
      // Before lactogenesis the alveoli hold only a little colostrum.
      this.L.stored = Math.min(this.L.stored, 10);
      this.R.stored = Math.min(this.R.stored, 10);
    }
    this.contraNow = this.contraceptionFactor(0);
    this.supplyStart = this.effectiveSupply();
    this.supplyEventRef = this.supplyStart;

    // --- Infant hunger ------------------------------------------------------------------------
    this.jitter = P.feedTriggerJitter.value;
    this.deficit = this.meanFeedAt(0) * this.rand();
    this.trigger = this.drawTrigger(0);
    this.noFeedBefore = this.birthSec > 0 ? this.birthSec + P.firstFeedAfterBirthMin.value * 60 : 0;
    if (this.birthSec > 0) this.deficit = 0;

    // --- Sessions -----------------------------------------------------------------------------
    this.planned = explicitSessions(scenario, this.durationSec);
    this.planChanges = (scenario.feeding.changes ?? [])
      .map((c) => ({ ...c, atSec: c.atMinutes * 60 }))
      .sort((a, b) => a.atSec - b.atSec);
    this.nextScheduled = this.plan === 'scheduled' ? 0 : Infinity;

    // Conditioned reflex (McNeilly 1983): a sub-threshold oxytocin rise on the baby's cues.
    this.cueAmplitude = P.cuePeakRatio.value * (this.otThreshold - this.otBasal);
    this.stressDelay = P.stressFirstPulseDelaySec.value * this.stress;
    this.pulseAmpFactor = 1 - P.stressPulseAmplitudeReduction.value * this.stress;
    this.pulseIntervalMean =
      P.pulseIntervalSec.value / (1 - P.stressPulseRateReduction.value * this.stress);

    // --- Recorder and loop constants ------------------------------------------------------------
    this.sampling = samplingFor(this.durationSec, options.resolutionSec);
    this.rec = new Recorder(this.durationSec, this.sampling);
    this.satiatedFactor = P.satiatedSuckFactor.value;
    this.secondBreastHunger = P.secondBreastHungerFraction.value;
    this.stepIn = newStepInputs();
    this.kExpo = 1 / (P.prolactinExposureTauH.value * 3600);
    this.backK = P.backflowRatePerSec.value;
    this.ductTau = P.ductRelaxTauSec.value;
    this.nerveTau = P.nerveRiseTauSec.value;
    this.pumpMax = P.pumpMaxFlowMlPerMin.value / 60;
    this.cueLead = P.cueLeadSec.value;
    this.nerveLatency = P.nerveLatencySec.value;
    this.pituitaryLatency = P.pituitaryLatencySec.value;
    this.minFeedGapSec = P.minFeedGapMin.value * 60;
    // Runs longer than a week are sampled at ≥ 1 min, far coarser than an ejection: 2-s steps
    // (oxytocin is integrated exactly and threshold crossings are interpolated, so events stay
    // exact) change 24-h removal by < 2 %, well inside the run-to-run spread of on-demand feeding.
    const long = this.durationSec > LONG_RUN_SEC;
    this.fineDt = long ? LONG_FINE_DT : FINE_DT;
    this.nearDt = long ? LONG_NEAR_DT : NEAR_DT;
    this.hPerm = prolactinPermissive(this.exposure);
    this.placentaDone = this.placentaSec <= 0;
    this.withdrawn = this.p4 < P.progesteroneWithdrawalEventNgPerMl.value;
  }

  emit(atSeconds: number, kind: EventKind, side?: Side, detail?: string): void {
    const e: SimEvent = { atSeconds: Math.round(atSeconds * 1000) / 1000, kind };
    if (side !== undefined) e.side = side;
    if (detail !== undefined) e.detail = detail;
    this.events.push(e);
  }

  prlBaseline(t: number, stage: number): number {
    const ppDay = (this.startPP * 3600 + t) / DAY;
    if (ppDay < 0) return stage * this.pituitary;
    // After birth the baseline is kept up by suckling; without it it falls to non-pregnant.
    const lo = P.prolactinNonPregnantNgPerMl.value;
    const keep = Math.min(1, this.stimLevel / this.stimPerDayFull);
    return (lo + (stage - lo) * keep) * this.pituitary;
  }

  p4Held(t: number): number {
    const ppDay = (this.startPP * 3600 + t) / DAY;
    if (t < this.birthSec) return progesteronePregnancy(ppDay);
    const term = progesteronePregnancy(0);
    // A retained placenta keeps producing progesterone after the baby is born.
    return this.retainedUntilH !== null ? term * P.retainedPlacentaP4Fraction.value : term;
  }

  activation(): number {
    return this.col + (1 - this.col) * (this.chain[STAGES - 1] ?? 0);
  }

  contraceptionFactor(t: number): number {
    if (this.contraceptions.length === 0) return 1;
    let m = 1;
    for (let i = 0; i < this.contraceptions.length; i++) {
      const c = this.contraceptions[i] as Contraception;
      if (t > c.startSec) {
        m *=
          1 -
          c.effect * (1 - Math.exp(-(t - c.startSec) / (P.contraceptionOnsetTauDays.value * DAY)));
      }
    }
    return m;
  }

  effectiveSupply(): number {
    return (
      24 *
      this.activation() *
      prolactinPermissive(this.exposure) *
      this.contraNow *
      (this.L.sigma * this.L.lobesIntact + this.R.sigma * this.R.lobesIntact)
    );
  }

  appetiteAt(t: number): number {
    return appetiteMlPerDay(this.infantSettings, (this.startPP * 3600 + t) / DAY);
  }

  meanFeedAt(t: number): number {
    return (this.appetiteAt(t) * this.intervalH) / 24;
  }

  drawTrigger(t: number): number {
    return this.meanFeedAt(t) * uniform(this.rand, 1 - this.jitter, 1 + this.jitter);
  }

  startPulse(t: number, peakIncrement: number): void {
    const tr = P.oxytocinReleaseSec.value;
    // Release rate that gives this peak after tr seconds of release with clearance.
    this.otReleaseRate = (peakIncrement * this.kOt) / (1 - Math.exp(-this.kOt * tr));
    this.otReleaseUntil = t + tr;
  }

  drawPulseIncrement(): number {
    return (
      (this.otThreshold - this.otBasal) *
      uniform(this.rand, P.pulsePeakRatioMin.value, P.pulsePeakRatioMax.value) *
      this.pulseAmpFactor
    );
  }

  /** Side pattern and after-feed pumping in force at `t`, after the plan changes made by then. */
  planAt(t: number): {
    pattern: 'alternate' | 'bothSides' | 'block';
    blockHours: number;
    pumpAfterFeedsMinutes: number;
  } {
    let pattern = this.pattern;
    let blockHours = this.blockHours;
    let pumpAfterFeedsMinutes = 0;
    for (const c of this.planChanges) {
      if (c.atSec > t + 1e-9) break;
      pattern = c.pattern ?? pattern;
      blockHours = c.blockHours ?? blockHours;
      pumpAfterFeedsMinutes = c.pumpAfterFeedsMinutes ?? pumpAfterFeedsMinutes;
    }
    return { pattern, blockHours, pumpAfterFeedsMinutes };
  }

  beginSession(t: number, ps: PlannedSession, primed: boolean): void {
    const L = this.L;
    const R = this.R;
    let side: SessionSide | null = ps.side;
    let firstSide: Side | null = null;
    const now = this.planAt(t);
    if (ps.kind === 'latch' && side === null) {
      firstSide = chooseFirstSide(now.pattern, this.lastFirstSide, t, now.blockHours);
      side = firstSide;
    } else if (side === 'left' || side === 'right') firstSide = side;
    if (ps.kind === 'latch' && firstSide !== null) this.lastFirstSide = firstSide;
    const stimulates = ps.kind !== 'skinToSkin';
    let stats: SessionStats | null = null;
    if (stimulates) {
      this.sessionCount++;
      this.stimLevel += 1 / (this.stimTauSec / DAY);
      stats = new SessionStats(t, this.prl);
      stats.noteAvailable('left', side === 'left' || side === 'both' ? L.stored + L.duct : null);
      stats.noteAvailable('right', side === 'right' || side === 'both' ? R.stored + R.duct : null);
      this.sessions.push(stats);
      this.prlTrack = stats;
      this.prlTrackUntil = t + 120 * 60;
      this.emit(
        t,
        ps.kind === 'latch' ? 'latch' : 'pumpStart',
        firstSide ?? undefined,
        side === 'both' ? 'both breasts' : undefined,
      );
      this.emit(t + this.nerveLatency, 'nerveSignal', firstSide ?? undefined);
      this.emit(t + this.nerveLatency + this.pituitaryLatency, 'prolactinRelease');
    } else if (ps.babyPresent) {
      this.startPulse(t, this.cueAmplitude);
      this.emit(t, 'oxytocinPulse', undefined, 'Conditioned release (skin-to-skin)');
    }
    const meanFirst = ps.kind === 'latch' ? P.firstPulseLatchSec.value : P.firstPulsePumpSec.value;
    const first =
      meanFirst * (primed ? P.cueFirstPulseFactor.value : 1) * uniform(this.rand, 0.6, 1.4) +
      this.stressDelay;
    this.active = {
      plan: ps,
      startSec: t,
      side,
      firstSide,
      switched: false,
      sideStartSec: t,
      lowFlowSec: 0,
      stats,
      nextPulseSec: stimulates ? t + this.nerveLatency + first : Infinity,
      ejections: 0,
      pattern: now.pattern,
    };
  }

  endSession(t: number): void {
    const a = this.active;
    if (a === null) return;
    if (a.stats !== null) {
      a.stats.end(t, this.L.stored + this.L.duct, this.R.stored + this.R.duct);
      this.emit(t, 'sessionEnd', a.firstSide ?? undefined);
      this.lastSessionEnd = t;
      const pumpMinutes = a.plan.kind === 'latch' ? this.planAt(t).pumpAfterFeedsMinutes : 0;
      if (pumpMinutes > 0 && t < this.durationSec) {
        // Pumping after a breastfeed starts as the feed ends: it is the next planned session.
        this.planned.splice(this.plannedIdx, 0, {
          atSec: t,
          kind: 'pump',
          side: 'both',
          durationSec: pumpMinutes * 60,
          babyPresent: false,
          fixed: true,
        });
      }
    }
    this.active = null;
    this.fineUntil = t + TAIL_SEC;
  }

  record(t: number): void {
    // One reused row in CHANNELS order: no object is allocated per sample.
    const row = this.rec.row;
    const L = this.L;
    const R = this.R;
    row[CH.prolactinNgPerMl] = this.prl;
    row[CH.oxytocinPgPerMl] = this.ot;
    row[CH.progesteroneNgPerMl] = this.p4;
    row[CH.leftStoredMl] = L.stored;
    row[CH.rightStoredMl] = R.stored;
    row[CH.leftDuctMl] = L.duct;
    row[CH.rightDuctMl] = R.duct;
    row[CH.leftFullness] = fullness(L);
    row[CH.rightFullness] = fullness(R);
    row[CH.leftEjectionDrive] = this.drive;
    row[CH.rightEjectionDrive] = this.drive;
    row[CH.leftFlowMlPerMin] = L.flow * 60;
    row[CH.rightFlowMlPerMin] = R.flow * 60;
    row[CH.intakeMlPerMin] = this.intakeFlow * 60;
    row[CH.intakeCumulativeMl] = this.cumulativeIntake;
    row[CH.leftFatGPerL] = fatOf(L);
    row[CH.rightFatGPerL] = fatOf(R);
    row[CH.synthesisMlPerH] = (L.synthesis + R.synthesis) * 3600;
    row[CH.supplyMlPerDay] = this.effectiveSupply();
    row[CH.secretoryActivation] = this.activation();
    row[CH.nerveSignal] = this.nerve;
    this.rec.pushRow(t);
  }

  /** Age-dependent quantities change over days; refreshed once a model minute. */
  updateAge(t: number): void {
    this.nextAgeUpdate = t + 60;
    const day = (this.startPP * 3600 + t) / DAY;
    this.ageAppetite = t >= this.birthSec ? this.appetiteAt(t) : 0;
    this.ageMaxIntake = maxIntakeMlPerMin(this.infantSettings, day) / 60;
    this.ageSurge = fromTable(AGE_TABLES.prolactinSurgeNgPerMlPerMin, Math.max(0, day)) / 60;
    this.ageMeanFeed = (this.ageAppetite * this.intervalH) / 24;
    this.ageStage = prolactinStageBaseline(day);
  }

  /** The end of the next step: a sample, a planned session, a trigger, a pulse, the placenta, the end. */
  nextStepEnd(t: number): number {
    const a = this.active;
    const stimulating = a !== null && a.stats !== null;
    // Oxytocin pulses and ejections need ~2 s steps; the quiet minutes around a session 20 s.
    const busy =
      this.otReleaseUntil > t || this.drive > 0 || (a !== null && a.plan.kind === 'skinToSkin');
    const near = a !== null || t < this.fineUntil || this.pendingDemand !== null || busy;
    this.stimulating = stimulating;
    this.near = near;
    // While stimulated, 1-s steps only while oxytocin is released or milk is ejected; between
    // pulses the ducts drain smoothly and STIM_DT suffices.
    const dtMax = stimulating
      ? this.otReleaseUntil > t || this.drive > 0
        ? this.fineDt
        : STIM_DT
      : busy
        ? this.nearDt
        : near
          ? QUIET_DT
          : COARSE_DT;

    let tNext = Math.min(t + dtMax, this.durationSec, this.nextSample);
    if (!this.placentaDone && this.placentaSec > t) tNext = Math.min(tNext, this.placentaSec);
    const nextPlanned = this.planned[this.plannedIdx];
    if (nextPlanned !== undefined) {
      tNext = Math.min(
        tNext,
        laterThan(t, nextPlanned.atSec - this.cueLead),
        laterThan(t, nextPlanned.atSec),
      );
      // A planned session that is due waits for the current one; otherwise it starts now.
      if (a === null && nextPlanned.atSec <= t + 1e-9) tNext = Math.min(tNext, t + 1e-6);
    }
    if (a !== null) tNext = Math.min(tNext, Math.max(a.nextPulseSec, t + 1e-6));
    if (this.plan === 'scheduled')
      tNext = Math.min(
        tNext,
        laterThan(t, this.nextScheduled - this.cueLead),
        laterThan(t, this.nextScheduled),
      );
    if (this.pendingDemand !== null)
      tNext = Math.min(tNext, laterThan(t, this.pendingDemand.atSec));
    const change = this.planChanges[this.pauseIdx];
    if (change !== undefined) tNext = Math.min(tNext, laterThan(t, change.atSec));
    if (t >= this.nextAgeUpdate) this.updateAge(t);
    const hungerRate = this.ageAppetite / DAY;
    if (this.plan === 'onDemand' && a === null && this.pendingDemand === null && hungerRate > 0) {
      const tTrig = Math.max(
        t + (this.trigger - this.deficit) / hungerRate,
        this.noFeedBefore,
        this.lastSessionEnd + this.minFeedGapSec,
      );
      tNext = Math.min(tNext, Math.max(tTrig, t + 1e-6));
    }
    if (this.birthSec > t) tNext = Math.min(tNext, this.birthSec);
    return tNext;
  }

  setDecays(dt: number): void {
    if (dt === this.cachedDt) return;
    this.cachedDt = dt;
    this.eOt = Math.exp(-this.kOt * dt);
    this.ePrl = Math.exp(-this.kPrl * dt);
    this.eP4 = Math.exp(-this.kP4 * dt);
    this.eNerve = Math.exp(-dt / this.nerveTau);
    this.ePh = Math.exp(-this.kExpo * dt);
    this.eDuct = 1 - Math.exp(-dt / this.ductTau);
    this.eBack = 1 - Math.exp(-this.backK * dt);
    this.eStim = Math.exp(-dt / this.stimTauSec);
  }

  /** Nerve signal, prolactin, oxytocin, progesterone and the activation chain over one step. */
  stepHormones(t: number, dt: number): void {
    const a = this.active;
    const stimulating = this.stimulating;
    // Nerve signal: afferent activity while the nipple is stimulated, after the conduction latency.
    let stimIntensity = 0;
    if (stimulating && a !== null && t >= a.startSec + this.nerveLatency) {
      stimIntensity = a.plan.kind === 'latch' && this.deficit <= 0 ? 0.5 : 1;
    }
    this.nerve = stimIntensity + (this.nerve - stimIntensity) * this.eNerve;

    // Prolactin: release while stimulated (after pituitary latency), cleared with t½ 37 min.
    const base = this.prlBaseline(t, this.ageStage);
    let release = 0;
    if (stimulating && a !== null && t >= a.startSec + this.nerveLatency + this.pituitaryLatency) {
      release = this.ageSurge * this.nerve * this.pituitary;
    }
    const prlEq = base + release / this.kPrl;
    this.prl = prlEq + (this.prl - prlEq) * this.ePrl;
    this.exposure = this.prl + (this.exposure - this.prl) * this.ePh;
    this.hPerm = prolactinPermissive(this.exposure);

    // Oxytocin: pulse release plus first-order clearance (posterior pituitary: spared in Sheehan).
    const releasing = t < this.otReleaseUntil ? this.otReleaseRate : 0;
    const otEq = this.otBasal + releasing / this.kOt;
    this.otPrev = this.ot;
    this.ot = otEq + (this.ot - otEq) * this.eOt;
    this.prevDrive = this.drive;
    this.drive =
      this.ot <= this.otThreshold
        ? 0
        : Math.min(1, (this.ot - this.otThreshold) / (this.otSat - this.otThreshold));
    this.falling = this.ot < this.otPrev;

    // Progesterone: held by the placenta, then withdrawn with a half-life of minutes.
    if (this.placentaDone) this.p4 = this.p4Floor + (this.p4 - this.p4Floor) * this.eP4;
    else this.p4 = this.p4Held(t);

    // Secretory activation: needs prolactin present after birth (early stages) and progesterone
    // gone (the last stages): with a retained placenta the early stages are done by the time it
    // is removed, so milk comes in about a day later (case reports), not 2–3 days.
    const chain = this.chain;
    if (dt > 0) {
      let input = t >= this.birthSec ? prolactinActivationDrive(this.exposure) : 0;
      const f = Math.min(1, dt / this.stageTau);
      for (let i = 0; i < STAGES; i++) {
        if (i === this.firstGatedStage) input *= progesteroneRelease(this.p4);
        const x = chain[i] ?? 0;
        // Activation is one-way here: once secretion is switched on, maintenance needs only the
        // permissive prolactin term (involution after weaning is outside this model).
        const nx = input > x ? x + (input - x) * f : x;
        chain[i] = nx;
        input = nx;
      }
    }
    this.act = this.activation();
    this.actCore = chain[STAGES - 1] ?? 0;
    this.contraNow = this.contraceptions.length === 0 ? 1 : this.contraceptionFactor(t);
  }

  /** Both breasts and the infant's hunger over one step. */
  stepBreasts(t: number, dt: number): void {
    const a = this.active;
    const stepIn = this.stepIn;
    this.intakeFlow = 0;
    stepIn.dt = dt;
    stepIn.synthFactor = this.contraNow * this.act * this.hPerm;
    stepIn.drive = this.drive;
    stepIn.falling = this.falling;
    stepIn.eBack = this.eBack;
    stepIn.eDuct = this.eDuct;
    stepIn.adaptGainUp = this.actCore > 0.05 ? this.hPerm * this.actCore : 0;
    stepIn.adaptGainDown = this.actCore > 0.05 ? 1 : 0;
    // Combined pill (Tankeyoon 1984): more suckling cannot win back what estrogen takes, so the
    // adaptive ceiling falls with the direct effect.
    stepIn.ceilingFactor = this.contraNow;
    const onBreast = this.stimulating && a !== null && t >= this.birthSec - 1e-9;
    this.stepOneBreast(this.L, 'left', onBreast && (a.side === 'left' || a.side === 'both'));
    this.stepOneBreast(this.R, 'right', onBreast && (a.side === 'right' || a.side === 'both'));

    // Infant hunger accumulates with appetite; it is capped so a hungry baby is not bottomless.
    const hungerRate = this.ageAppetite / DAY;
    if (hungerRate > 0) {
      this.deficit += hungerRate * dt;
      const cap = 2 * this.ageMeanFeed;
      if (this.deficit > cap) this.deficit = cap;
    }
    this.stimLevel *= this.eStim;
  }

  stepOneBreast(b: Breast, side: Side, on: boolean): void {
    const a = this.active;
    const stepIn = this.stepIn;
    // Removal capacity of the infant or pump on this side.
    let q = 0;
    if (on && a !== null) {
      if (a.plan.kind === 'pump') q = this.pumpMax;
      else q = this.ageMaxIntake * (this.deficit > 0 ? 1 : this.satiatedFactor);
    }
    stepIn.removalMax = q;
    const removed = stepBreast(b, stepIn);
    this.synthTotal += b.synthesis * stepIn.dt;
    if (removed > 0) {
      const fat = fatOf(b);
      this.fatWeighted += fat * removed;
      this.fatVolume += removed;
      if (a !== null && a.stats !== null) a.stats.noteRemoval(side, removed, fat);
      if (a !== null && a.plan.kind === 'latch') {
        this.intakeFlow += b.flow;
        this.cumulativeIntake += removed;
        this.deficit -= removed;
      }
    }
  }

  /** Ejection start/end events, interpolated to the threshold crossing. */
  ejectionEvents(tPrevStep: number, dt: number, t: number): void {
    const otThreshold = this.otThreshold;
    if (this.drive > 0 && this.prevDrive === 0) {
      this.ejectionActive = true;
      const frac = (otThreshold - this.otPrev) / Math.max(this.ot - this.otPrev, 1e-9);
      const at = tPrevStep + Math.max(0, Math.min(1, frac)) * dt;
      const s = this.active;
      if (s !== null && s.stats !== null) {
        s.ejections++;
        this.ejectionNo = s.ejections;
        s.stats.noteEjection(at);
        for (const sd of sidesOf(s.side))
          this.emit(at, 'ejectionStart', sd, `Milk ejection ${this.ejectionNo}`);
      } else {
        this.ejectionNo = 0;
        this.emit(at, 'ejectionStart', undefined, 'Milk ejection (no stimulation)');
      }
    } else if (this.drive === 0 && this.prevDrive > 0 && this.ejectionActive) {
      this.ejectionActive = false;
      this.lastEjectionEnd = t;
      const frac = (this.otPrev - otThreshold) / Math.max(this.otPrev - this.ot, 1e-9);
      const at = tPrevStep + Math.max(0, Math.min(1, frac)) * dt;
      const s = this.active;
      const detail =
        this.ejectionNo > 0 ? `Milk ejection ${this.ejectionNo}` : 'Milk ejection (no stimulation)';
      const sidesNow = s !== null ? sidesOf(s.side) : [];
      if (sidesNow.length === 0) this.emit(at, 'ejectionEnd', undefined, detail);
      for (const sd of sidesNow) this.emit(at, 'ejectionEnd', sd, detail);
    }
  }

  /** Placenta, progesterone withdrawal, milk coming in, supply changes, prolactin peak. */
  milestones(t: number): void {
    if (!this.placentaDone && t >= this.placentaSec - 1e-9) {
      this.placentaDone = true;
      this.emit(
        t,
        'placentaDelivered',
        undefined,
        this.retainedUntilH !== null ? 'Retained placenta removed' : undefined,
      );
    }
    if (
      this.placentaDone &&
      !this.withdrawn &&
      this.p4 < P.progesteroneWithdrawalEventNgPerMl.value
    ) {
      this.withdrawn = true;
      this.emit(t, 'progesteroneWithdrawal');
    }
    const act = this.act;
    if (!this.milkIn && act >= 0.5) {
      this.milkIn = true;
      this.lactogenesisOnsetH = this.startPP + t / 3600;
      this.emit(t, 'milkComesIn');
    }
    if (act >= 0.5 && !this.near) {
      const s = this.effectiveSupply();
      if (s >= this.supplyEventRef * 1.05) {
        this.emit(t, 'supplyUp', undefined, `Supply ${Math.round(s)} mL/day`);
        this.supplyEventRef = s;
      } else if (s <= this.supplyEventRef * 0.95) {
        this.emit(t, 'supplyDown', undefined, `Supply ${Math.round(s)} mL/day`);
        this.supplyEventRef = s;
      }
    } else if (act < 0.5) this.supplyEventRef = Math.max(this.effectiveSupply(), 1);

    // Prolactin peak tracking (from session start until the next session or 2 h).
    if (this.prlTrack !== null) {
      if (t <= this.prlTrackUntil) this.prlTrack.notePrl(t, this.prl);
      else this.prlTrack = null;
    }
  }

  /** Oxytocin pulse generator while the nipple is stimulated. */
  pulseGenerator(t: number): void {
    const s = this.active;
    if (s !== null && s.stats !== null && t >= s.nextPulseSec - 1e-9) {
      const refractory = P.pulseRefractorySec.value;
      if (this.drive > 0 || t < this.lastEjectionEnd + refractory) {
        // Bursts are discrete: wait until the current ejection is over.
        s.nextPulseSec = Math.max(t + 1, this.lastEjectionEnd + refractory);
      } else {
        this.startPulse(t, this.drawPulseIncrement());
        this.emit(t, 'oxytocinPulse', s.firstSide ?? undefined);
        const factor = s.side === 'both' ? P.doublePumpPulseRateFactor.value : 1;
        s.nextPulseSec = t + (this.pulseIntervalMean / factor) * uniform(this.rand, 0.55, 1.45);
      }
    }
  }

  /** Session progress: fixed sessions end on time; an infant-led feed ends or switches sides. */
  sessionProgress(t: number, dt: number): void {
    const s = this.active;
    if (s === null) return;
    const elapsed = t - s.startSec;
    const plannedEnd = s.plan.durationSec;
    if (s.plan.fixed || s.plan.kind !== 'latch') {
      if (plannedEnd !== null && elapsed >= plannedEnd - 1e-9) this.endSession(t);
      return;
    }
    // Infant-led: stop when satisfied, come off when little flows, switch sides by pattern.
    const L = this.L;
    const R = this.R;
    const sideKey = s.side === 'right' ? R : L;
    s.lowFlowSec =
      sideKey.flow * 60 < P.giveUpFlowMlPerMin.value && t - s.sideStartSec > 60
        ? s.lowFlowSec + dt
        : 0;
    const onSide = t - s.sideStartSec;
    const satisfied = this.deficit <= 0;
    const gaveUp = s.lowFlowSec >= P.giveUpAfterSec.value && onSide >= P.minFeedSec.value;
    const timeUp = onSide >= this.minutesPerBreast * 60;
    const mayBoth = s.pattern !== 'block';
    const bothWanted =
      s.pattern === 'bothSides' && !s.switched && onSide >= (this.minutesPerBreast * 60) / 2;
    if (satisfied && !(s.pattern === 'bothSides' && !s.switched && !bothWanted)) this.endSession(t);
    else if (gaveUp || timeUp || (bothWanted && satisfied)) {
      // Kent 2006: most meals are one breast; the second is taken only while still hungry.
      const stillHungry = this.deficit > this.secondBreastHunger * this.ageMeanFeed;
      if (!s.switched && mayBoth && (stillHungry || bothWanted)) {
        s.switched = true;
        s.side = s.side === 'left' ? 'right' : 'left';
        s.sideStartSec = t;
        s.lowFlowSec = 0;
        const b = s.side === 'left' ? L : R;
        if (s.stats !== null) {
          s.stats.noteAvailable(s.side, b.stored + b.duct);
          s.stats.breastfeeds++;
        }
        this.emit(t, 'latch', s.side, 'Second breast');
      } else this.endSession(t);
    }
  }

  latchNow(t: number): PlannedSession {
    return {
      atSec: t,
      kind: 'latch',
      side: null,
      durationSec: null,
      babyPresent: true,
      fixed: false,
    };
  }

  /** A plan change with `noFeedsForHours` holds off on-demand and scheduled feeds from its time. */
  startFeedFreeStretches(t: number): void {
    let c = this.planChanges[this.pauseIdx];
    while (c !== undefined && c.atSec <= t + 1e-9) {
      if (c.noFeedsForHours !== undefined) {
        const until = c.atSec + c.noFeedsForHours * 3600;
        this.noFeedBefore = Math.max(this.noFeedBefore, until);
        // A scheduled feed falling in the stretch is missed, not delayed.
        while (this.plan === 'scheduled' && this.nextScheduled < until)
          this.nextScheduled += this.intervalH * 3600;
      }
      c = this.planChanges[++this.pauseIdx];
    }
  }

  /** Starting sessions: explicit first, then scheduled, then on-demand. */
  startSessions(t: number): void {
    const plan = this.plan;
    this.startFeedFreeStretches(t);
    if (this.active !== null) {
      // A scheduled feed that falls inside another session is skipped.
      if (plan === 'scheduled' && t >= this.nextScheduled - 1e-9)
        this.nextScheduled += this.intervalH * 3600;
      return;
    }
    const np = this.planned[this.plannedIdx];
    if (np !== undefined && t >= np.atSec - 1e-9) {
      this.plannedIdx++;
      this.pendingDemand = null;
      this.beginSession(t, np, np.babyPresent && np.kind !== 'skinToSkin');
      if (np.kind === 'latch' && np.babyPresent) this.deficit = Math.max(this.deficit, 0);
      this.trigger = this.drawTrigger(t);
    } else if (
      np !== undefined &&
      np.babyPresent &&
      np.kind !== 'skinToSkin' &&
      t >= np.atSec - this.cueLead - 1e-9 &&
      this.otReleaseUntil < np.atSec - this.cueLead
    ) {
      this.startPulse(t, this.cueAmplitude);
      this.emit(t, 'oxytocinPulse', undefined, 'Conditioned release (baby cues)');
      this.otReleaseUntil = Math.max(this.otReleaseUntil, t + 1e-3);
    } else if (
      plan === 'scheduled' &&
      t >= this.nextScheduled - this.cueLead - 1e-9 &&
      t >= this.birthSec
    ) {
      if (t >= this.nextScheduled - 1e-9) {
        this.beginSession(t, this.latchNow(t), true);
        this.nextScheduled += this.intervalH * 3600;
      } else if (this.pendingDemand === null) {
        this.pendingDemand = this.latchNow(this.nextScheduled);
        this.startPulse(t, this.cueAmplitude);
        this.emit(t, 'oxytocinPulse', undefined, 'Conditioned release (baby cues)');
      }
      if (t >= this.nextScheduled - 1e-9 || this.active !== null) this.pendingDemand = null;
    } else if (
      plan === 'onDemand' &&
      this.pendingDemand !== null &&
      t >= this.pendingDemand.atSec - 1e-9
    ) {
      const pd = this.pendingDemand;
      this.pendingDemand = null;
      this.beginSession(t, pd, true);
      this.trigger = this.drawTrigger(t);
    } else if (
      plan === 'onDemand' &&
      this.pendingDemand === null &&
      t >= this.birthSec &&
      this.deficit >= this.trigger - 1e-9 &&
      t >= this.noFeedBefore - 1e-9 &&
      t >= this.lastSessionEnd + this.minFeedGapSec - 1e-9
    ) {
      // Hunger cues: the conditioned oxytocin rise starts before the latch.
      this.pendingDemand = this.latchNow(t + this.cueLead);
      this.startPulse(t, this.cueAmplitude);
      this.emit(t, 'oxytocinPulse', undefined, 'Conditioned release (baby cues)');
    }
  }

  sample(t: number): void {
    const sampling = this.sampling;
    if (t >= this.nextSample - 1e-9 || t >= this.durationSec - 1e-9) {
      this.record(t);
      const nowNear =
        this.active !== null || t < this.fineUntil || this.pendingDemand !== null || this.drive > 0;
      this.nextSample = t + (nowNear ? sampling.sessionSec : sampling.gapSec);
    }
    // Entering a session or cue period from a coarse stretch: sample from now at the fine rate.
    if (
      (this.active !== null || this.pendingDemand !== null) &&
      this.nextSample - t > sampling.sessionSec + 1e-9
    ) {
      this.record(t);
      this.nextSample = t + sampling.sessionSec;
    }
  }

  /** One step of the loop; returns the new time. */
  step(t: number): number {
    const tNext = this.nextStepEnd(t);
    const dt = tNext - t;
    this.setDecays(dt);
    this.stepHormones(t, dt);
    this.stepBreasts(t, dt);
    const tNow = tNext;
    this.ejectionEvents(t, dt, tNow);
    this.milestones(tNow);
    this.pulseGenerator(tNow);
    this.sessionProgress(tNow, dt);
    this.startSessions(tNow);
    this.sample(tNow);
    return tNow;
  }

  run(): { trace: Trace; diagnostics: Diagnostics } {
    const durationSec = this.durationSec;
    this.drive = 0;
    this.record(0);
    this.nextSample = this.sampling.gapSec;
    let t = 0;
    while (t < durationSec - 1e-9) t = this.step(t);
    if (this.active !== null) this.endSession(durationSec);
    this.prlTrack = null;

    const L = this.L;
    const R = this.R;
    const events = this.events;
    events.sort((x, y) => x.atSeconds - y.atSeconds);
    const trace: Trace = {
      modelVersion: MODEL_VERSION,
      timesSec: new Float64Array(0),
      channels: this.rec.finish(),
      events,
      summary: buildSummary({
        sessions: this.sessions,
        durationSec,
        removedMl: L.removedTotal + R.removedTotal,
        synthesizedMl: this.synthTotal,
        lactogenesisOnsetH: this.lactogenesisOnsetH,
        supplyStart: this.supplyStart,
        supplyEnd: this.effectiveSupply(),
      }),
      startPostpartumHours: this.startPP,
      durationSec,
    };
    trace.timesSec = this.rec.times();
    const supplyPerBreast = 24 * this.contraNow * this.activation() * this.hPerm;
    const diagnostics: Diagnostics = {
      sessions: this.sessions,
      volumeWeightedFatGPerL: this.fatVolume > 0 ? this.fatWeighted / this.fatVolume : null,
      sessionCount: this.sessionCount,
      leftRemovedMl: L.removedTotal,
      rightRemovedMl: R.removedTotal,
      leftSupplyMlPerDay: L.sigma * L.lobesIntact * supplyPerBreast,
      rightSupplyMlPerDay: R.sigma * R.lobesIntact * supplyPerBreast,
    };
    return { trace, diagnostics };
  }
}

export function runModel(
  scenario: Scenario,
  options: SimulateOptions = {},
): { trace: Trace; diagnostics: Diagnostics } {
  return new Engine(scenario, options).run();
}

/** x if it lies after t, else Infinity (a moment already passed does not limit the step). */
function laterThan(t: number, x: number): number {
  return x > t + 1e-9 ? x : Infinity;
}

function sidesOf(side: SessionSide | null): Side[] {
  if (side === 'both') return ['left', 'right'];
  return side === null ? [] : [side];
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): Trace {
  return runModel(scenario, options).trace;
}
