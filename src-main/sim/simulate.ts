// The engine's time loop: one scenario in, one trace out. Pure and deterministic.
// Units: seconds of model time (t = 0 at the scenario start), mL, mL/s inside the loop,
// prolactin and progesterone ng/mL, oxytocin pg/mL, fat g/L. Steps are ≤ 1 s while the nipple
// is stimulated, ≤ 2 s around sessions (cues, oxytocin decay) and up to 300 s between them;
// prolactin, oxytocin and progesterone are integrated exactly (linear first-order) over a step.
import { fatOf, fullness, makeBreast, newStepInputs, stepBreast, type Breast } from './breast';
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
import { Recorder, samplingFor } from './recorder';
import type { Scenario } from './scenario';
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

export function runModel(
  scenario: Scenario,
  options: SimulateOptions = {},
): { trace: Trace; diagnostics: Diagnostics } {
  // Local bindings: module-namespace getters are slow in the hot loop.
  const P = PARAMETERS_IMPORT;
  const AGE_TABLES = AGE_TABLES_IMPORT;
  // Mutable numeric state lives on one object: doubles captured by closures would be boxed
  // and reallocated on every step.
  const st = {
    prl: 0,
    exposure: 0,
    ot: 0,
    otPrev: 0,
    p4: 0,
    otReleaseRate: 0,
    otReleaseUntil: 0,
    nerve: 0,
    stimLevel: 0,
    deficit: 0,
    trigger: 0,
    noFeedBefore: 0,
    cumulativeIntake: 0,
    intakeFlow: 0,
    lastSessionEnd: 0,
    fineUntil: 0,
    prlTrackUntil: 0,
    lastEjectionEnd: 0,
    drive: 0,
    contraNow: 0,
    sessionCount: 0,
    hPerm: 0,
    synthTotal: 0,
    fatWeighted: 0,
    fatVolume: 0,
    ejectionNo: 0,
  };
  const startPP = scenario.start.postpartumHours;
  const durationSec = Math.round(scenario.durationHours * 3600);
  const rand = mulberry32(scenario.feeding.seed ?? 1);
  const events: SimEvent[] = [];
  const emit = (atSeconds: number, kind: EventKind, side?: Side, detail?: string): void => {
    const e: SimEvent = { atSeconds: Math.round(atSeconds * 1000) / 1000, kind };
    if (side !== undefined) e.side = side;
    if (detail !== undefined) e.detail = detail;
    events.push(e);
  };

  // --- Conditions -------------------------------------------------------------------------------
  let sheehan = 0;
  let stress = 0;
  let retainedUntilH: number | null = null;
  const lobes = { left: 1, right: 1 };
  const contraceptions: { startSec: number; effect: number }[] = [];
  for (const c of scenario.mother.conditions) {
    if (c.kind === 'sheehanSyndrome') sheehan = Math.max(sheehan, c.severity);
    else if (c.kind === 'stress') stress = Math.max(stress, c.level);
    else if (c.kind === 'retainedPlacenta') retainedUntilH = c.removedAtHours;
    else if (c.kind === 'breastSurgery') {
      if (c.side !== 'right') lobes.left *= 1 - c.lobesAffectedFraction;
      if (c.side !== 'left') lobes.right *= 1 - c.lobesAffectedFraction;
    } else {
      contraceptions.push({
        startSec: (c.startHours - startPP) * 3600,
        effect:
          c.type === 'combined'
            ? P.contraceptionCombinedEffect.value
            : P.contraceptionProgestinEffect.value,
      });
    }
  }
  const pituitary = 1 - sheehan;
  const placentaH = retainedUntilH ?? scenario.birth?.placentaDeliveredAtHours ?? 0.5;
  const placentaSec = (placentaH - startPP) * 3600;
  const birthSec = -startPP * 3600;

  // --- Infant -------------------------------------------------------------------------------------
  const startAgeDays = startPP / 24;
  const infantSettings: InfantSettings = {
    appetiteScale: appetiteScaleFor(scenario.infant?.appetiteMlPerDay, startAgeDays),
    maxIntakeFixed: scenario.infant?.maxIntakeMlPerMin ?? null,
  };
  const plan = scenario.feeding.plan;
  const pattern = scenario.feeding.pattern ?? 'alternate';
  const blockHours = scenario.feeding.blockHours ?? 4;
  const intervalH = scenario.feeding.intervalHours ?? 24 / P.feedsPerDayDefault.value;
  const minutesPerBreast = scenario.feeding.minutesPerBreast ?? 15;

  // --- Hormone state -------------------------------------------------------------------------------
  const kPrl = LN2 / (P.prolactinHalfLifeMin.value * 60);
  const kOt = LN2 / P.oxytocinHalfLifeSec.value;
  const kP4 = LN2 / (P.progesteroneHalfLifeMin.value * 60);
  const otBasal = P.oxytocinBasalPgPerMl.value;
  const otThreshold = P.oxytocinThresholdPgPerMl.value;
  const otSat = P.oxytocinSaturationPgPerMl.value;
  const stimPerDayFull = P.prolactinStimSessionsPerDay.value;
  const stimTauSec = 2 * DAY;
  st.stimLevel = P.feedsPerDayDefault.value; // sessions/day, low-pass

  const prlBaseline = (t: number, stage: number): number => {
    const ppDay = (startPP * 3600 + t) / DAY;
    if (ppDay < 0) return stage * pituitary;
    // After birth the baseline is kept up by suckling; without it it falls to non-pregnant.
    const lo = P.prolactinNonPregnantNgPerMl.value;
    const keep = Math.min(1, st.stimLevel / stimPerDayFull);
    return (lo + (stage - lo) * keep) * pituitary;
  };
  const p4Held = (t: number): number => {
    const ppDay = (startPP * 3600 + t) / DAY;
    if (t < birthSec) return progesteronePregnancy(ppDay);
    const term = progesteronePregnancy(0);
    // A retained placenta keeps producing progesterone after the baby is born.
    return retainedUntilH !== null ? term * P.retainedPlacentaP4Fraction.value : term;
  };
  const p4Floor = P.progesteronePostpartumNgPerMl.value;

  st.prl = prlBaseline(0, prolactinStageBaseline(startPP / 24));
  st.exposure = st.prl;
  st.ot = otBasal;
  st.otPrev = st.ot;
  st.p4 =
    placentaSec <= 0
      ? p4Floor + (p4Held(placentaSec) - p4Floor) * Math.exp(-kP4 * -placentaSec)
      : p4Held(0);
  st.otReleaseRate = 0; // pg/mL/s while a pulse releases
  st.otReleaseUntil = -Infinity;
  st.nerve = 0;

  // Secretory activation chain (model.md §6): STAGES first-order steps after progesterone falls.
  const stageTau =
    P.activationStageTauH.value * 3600 * (1 + P.stressLactogenesisDelayFactor.value * stress);
  const chain = new Float64Array(STAGES);
  const col = P.colostrumFraction.value;
  if (placentaSec < 0) {
    // Pre-run the chain from placenta delivery to t = 0 (drive ≈ permissive prolactin).
    // Early-postpartum prolactin (baseline plus suckling surges, ~1.5× baseline) drove activation.
    const chainIn = prolactinActivationDrive(
      1.5 * prolactinStageBaseline(placentaH / 24) * pituitary,
    );
    const span = -placentaSec;
    if (span > 30 * DAY) chain.fill(chainIn);
    else {
      const dt = 600;
      for (let s = 0; s < span; s += dt) {
        const h = Math.min(dt, span - s);
        let input = chainIn;
        for (let i = 0; i < STAGES; i++) {
          const x = chain[i] ?? 0;
          chain[i] = input > x ? x + ((input - x) * h) / stageTau : x;
          input = chain[i] ?? 0;
        }
      }
    }
  }
  const activation = (): number => col + (1 - col) * (chain[STAGES - 1] ?? 0);
  let milkIn = activation() >= 0.5;
  let lactogenesisOnsetH: number | null = null;

  // --- Breasts -----------------------------------------------------------------------------------
  const appetiteAt = (t: number): number =>
    appetiteMlPerDay(infantSettings, (startPP * 3600 + t) / DAY);
  const established = activation() >= 0.5;
  const refDay = Math.max(startAgeDays, 30);
  const defaultSupply =
    fromTable(AGE_TABLES.appetiteMlPerDay, refDay) * infantSettings.appetiteScale;
  const supplyRef = scenario.mother.supplyMlPerDay ?? (established ? appetiteAt(0) : defaultSupply);
  // Intrinsic capacity is set so that the run starts producing its stated supply; prolactin's
  // permissive term is taken as normal here so Sheehan syndrome shows as a fall, not a start.
  const hNormal = established ? prolactinPermissive(st.prl / Math.max(pituitary, 1e-6)) : 1;
  const perBreastSigma = supplyRef / 48 / Math.max(hNormal, 0.05);
  const headroom = P.supplyHeadroomFactor.value;
  const caps = scenario.mother.storageCapacityMl;
  const breasts: Record<Side, Breast> = {
    left: makeBreast(caps.left, lobes.left, perBreastSigma, perBreastSigma * headroom),
    right: makeBreast(caps.right, lobes.right, perBreastSigma, perBreastSigma * headroom),
  };
  const L = breasts.left;
  const R = breasts.right;
  if (!established) {
    // Before lactogenesis the alveoli hold only a little colostrum.
    L.stored = Math.min(L.stored, 10);
    R.stored = Math.min(R.stored, 10);
  }
  const supplyNow = (): number => {
    const a = activation() * prolactinPermissive(st.exposure);
    return (
      24 *
      a *
      (L.sigma * L.lobesIntact * contraceptionFactor(0) +
        R.sigma * R.lobesIntact * contraceptionFactor(0))
    );
  };
  st.contraNow = 1;
  function contraceptionFactor(t: number): number {
    if (t === 0 && contraceptions.length === 0) return 1;
    let m = 1;
    for (const c of contraceptions) {
      if (t > c.startSec) {
        m *=
          1 -
          c.effect * (1 - Math.exp(-(t - c.startSec) / (P.contraceptionOnsetTauDays.value * DAY)));
      }
    }
    return m;
  }
  st.contraNow = contraceptionFactor(0);
  const effectiveSupply = (): number =>
    24 *
    activation() *
    prolactinPermissive(st.exposure) *
    st.contraNow *
    (L.sigma * L.lobesIntact + R.sigma * R.lobesIntact);
  void supplyNow;
  const supplyStart = effectiveSupply();
  let supplyEventRef = supplyStart;

  // --- Infant hunger -----------------------------------------------------------------------------
  const meanFeedAt = (t: number): number => (appetiteAt(t) * intervalH) / 24;
  const jitter = P.feedTriggerJitter.value;
  const drawTrigger = (t: number): number => meanFeedAt(t) * uniform(rand, 1 - jitter, 1 + jitter);
  st.deficit = meanFeedAt(0) * rand();
  st.trigger = drawTrigger(0);
  st.noFeedBefore = birthSec > 0 ? birthSec + P.firstFeedAfterBirthMin.value * 60 : 0;
  if (birthSec > 0) st.deficit = 0;
  st.cumulativeIntake = 0;
  st.intakeFlow = 0;

  // --- Sessions ----------------------------------------------------------------------------------
  const planned = explicitSessions(scenario, durationSec);
  let plannedIdx = 0;
  let nextScheduled = plan === 'scheduled' ? 0 : Infinity;
  let pendingDemand: PlannedSession | null = null; // cue period of an on-demand feed
  let active: ActiveSession | null = null;
  let lastFirstSide: Side | null = null;
  st.lastSessionEnd = -Infinity;
  st.fineUntil = -Infinity;
  const sessions: SessionStats[] = [];
  let prlTrack: SessionStats | null = null;
  st.prlTrackUntil = -Infinity;
  let ejectionActive = false;
  st.lastEjectionEnd = -Infinity;
  st.sessionCount = 0;
  let ejectionsOutside = 0;
  void ejectionsOutside;

  // Conditioned reflex (McNeilly 1983): a sub-threshold oxytocin rise on the baby's cues.
  const cueAmplitude = P.cuePeakRatio.value * (otThreshold - otBasal);
  const startPulse = (t: number, peakIncrement: number): void => {
    const tr = P.oxytocinReleaseSec.value;
    // Release rate that gives this peak after tr seconds of release with clearance.
    st.otReleaseRate = (peakIncrement * kOt) / (1 - Math.exp(-kOt * tr));
    st.otReleaseUntil = t + tr;
  };
  const stressDelay = P.stressFirstPulseDelaySec.value * stress;
  const pulseAmpFactor = 1 - P.stressPulseAmplitudeReduction.value * stress;
  const pulseIntervalMean =
    P.pulseIntervalSec.value / (1 - P.stressPulseRateReduction.value * stress);

  const drawPulseIncrement = (): number =>
    (otThreshold - otBasal) *
    uniform(rand, P.pulsePeakRatioMin.value, P.pulsePeakRatioMax.value) *
    pulseAmpFactor;

  const beginSession = (t: number, ps: PlannedSession, primed: boolean): void => {
    let side: SessionSide | null = ps.side;
    let firstSide: Side | null = null;
    if (ps.kind === 'latch' && side === null) {
      firstSide = chooseFirstSide(pattern, lastFirstSide, t, blockHours);
      side = firstSide;
    } else if (side === 'left' || side === 'right') firstSide = side;
    if (ps.kind === 'latch' && firstSide !== null) lastFirstSide = firstSide;
    const stimulates = ps.kind !== 'skinToSkin';
    let stats: SessionStats | null = null;
    if (stimulates) {
      st.sessionCount++;
      st.stimLevel += 1 / (stimTauSec / DAY);
      stats = new SessionStats(t, st.prl);
      stats.noteAvailable('left', side === 'left' || side === 'both' ? L.stored + L.duct : null);
      stats.noteAvailable('right', side === 'right' || side === 'both' ? R.stored + R.duct : null);
      sessions.push(stats);
      prlTrack = stats;
      st.prlTrackUntil = t + 120 * 60;
      emit(
        t,
        ps.kind === 'latch' ? 'latch' : 'pumpStart',
        firstSide ?? undefined,
        side === 'both' ? 'both breasts' : undefined,
      );
      emit(t + P.nerveLatencySec.value, 'nerveSignal', firstSide ?? undefined);
      emit(t + P.nerveLatencySec.value + P.pituitaryLatencySec.value, 'prolactinRelease');
    } else if (ps.babyPresent) {
      startPulse(t, cueAmplitude);
      emit(t, 'oxytocinPulse', undefined, 'Conditioned release (skin-to-skin)');
    }
    const meanFirst = ps.kind === 'latch' ? P.firstPulseLatchSec.value : P.firstPulsePumpSec.value;
    const first =
      meanFirst * (primed ? P.cueFirstPulseFactor.value : 1) * uniform(rand, 0.6, 1.4) +
      stressDelay;
    active = {
      plan: ps,
      startSec: t,
      side,
      firstSide,
      switched: false,
      sideStartSec: t,
      lowFlowSec: 0,
      stats,
      nextPulseSec: stimulates ? t + P.nerveLatencySec.value + first : Infinity,
      ejections: 0,
      pattern,
    };
  };

  const endSession = (t: number): void => {
    const a = active;
    if (a === null) return;
    if (a.stats !== null) {
      a.stats.end(t, L.stored + L.duct, R.stored + R.duct);
      emit(t, 'sessionEnd', a.firstSide ?? undefined);
      st.lastSessionEnd = t;
    }
    active = null;
    st.fineUntil = t + TAIL_SEC;
  };

  // --- Recorder ----------------------------------------------------------------------------------
  const sampling = samplingFor(durationSec, options.resolutionSec);
  const rec = new Recorder(durationSec, sampling);
  const record = (t: number): void => {
    const a = active as ActiveSession | null;
    rec.push(t, {
      prolactinNgPerMl: st.prl,
      oxytocinPgPerMl: st.ot,
      progesteroneNgPerMl: st.p4,
      leftStoredMl: L.stored,
      rightStoredMl: R.stored,
      leftDuctMl: L.duct,
      rightDuctMl: R.duct,
      leftFullness: fullness(L),
      rightFullness: fullness(R),
      leftEjectionDrive: st.drive,
      rightEjectionDrive: st.drive,
      leftFlowMlPerMin: L.flow * 60,
      rightFlowMlPerMin: R.flow * 60,
      intakeMlPerMin: st.intakeFlow * 60,
      intakeCumulativeMl: st.cumulativeIntake,
      leftFatGPerL: fatOf(L),
      rightFatGPerL: fatOf(R),
      synthesisMlPerH: (L.synthesis + R.synthesis) * 3600,
      supplyMlPerDay: effectiveSupply(),
      secretoryActivation: activation(),
      nerveSignal: a !== null && a.stats !== null ? st.nerve : st.nerve,
    });
  };

  // --- Loop ----------------------------------------------------------------------------------------
  let t = 0;
  st.drive = 0;
  let nextSample = 0;
  let cachedDt = -1;
  let eOt = 1;
  let ePrl = 1;
  let eP4 = 1;
  let eNerve = 1;
  let ePh = 1;
  let eDuct = 0;
  let eBack = 0;
  let eStim = 1;
  const satiatedFactor = P.satiatedSuckFactor.value;
  const stepIn = newStepInputs();
  const kExpo = 1 / (P.prolactinExposureTauH.value * 3600);
  const adaptPerSec = P.adaptationRatePerDay.value / DAY;
  const setPoint = P.fullnessSetPoint.value;
  const ejectK = P.ejectionRatePerSec.value;
  const backK = P.backflowRatePerSec.value;
  const ductRest = P.ductRestMl.value;
  const ductTau = P.ductRelaxTauSec.value;
  const ductHalf = P.ductHalfSatMl.value;
  const nerveTau = P.nerveRiseTauSec.value;
  const pumpMax = P.pumpMaxFlowMlPerMin.value / 60;
  st.hPerm = prolactinPermissive(st.exposure);
  let placentaDone = placentaSec <= 0;
  let withdrawn = st.p4 < P.progesteroneWithdrawalEventNgPerMl.value;
  st.synthTotal = 0;
  st.fatWeighted = 0;
  st.fatVolume = 0;
  st.ejectionNo = 0;
  let nextAgeUpdate = -Infinity;
  let ageAppetite = 0;
  let ageMaxIntake = 0;
  let ageSurge = 0;
  let ageMeanFeed = 0;
  let ageStage = 0;

  record(0);
  nextSample = sampling.gapSec;

  while (t < durationSec - 1e-9) {
    const a = active as ActiveSession | null;
    const stimulating = a !== null && a.stats !== null;
    // Oxytocin pulses and ejections need ~2 s steps; the quiet minutes around a session 20 s.
    const busy =
      st.otReleaseUntil > t || st.drive > 0 || (a !== null && a.plan.kind === 'skinToSkin');
    const near = a !== null || t < st.fineUntil || pendingDemand !== null || busy;
    const dtMax = stimulating ? FINE_DT : busy ? NEAR_DT : near ? QUIET_DT : COARSE_DT;

    // Next discrete moment: a sample, a planned session, a st.trigger, a pulse, the placenta, the end.
    let tNext = Math.min(t + dtMax, durationSec, nextSample);
    if (!placentaDone && placentaSec > t) tNext = Math.min(tNext, placentaSec);
    const nextPlanned = planned[plannedIdx];
    const later = (x: number): number => (x > t + 1e-9 ? x : Infinity);
    if (nextPlanned !== undefined) {
      tNext = Math.min(
        tNext,
        later(nextPlanned.atSec - P.cueLeadSec.value),
        later(nextPlanned.atSec),
      );
      // A planned session that is due waits for the current one; otherwise it starts now.
      if (a === null && nextPlanned.atSec <= t + 1e-9) tNext = Math.min(tNext, t + 1e-6);
    }
    if (a !== null) tNext = Math.min(tNext, Math.max(a.nextPulseSec, t + 1e-6));
    if (plan === 'scheduled')
      tNext = Math.min(tNext, later(nextScheduled - P.cueLeadSec.value), later(nextScheduled));
    if (pendingDemand !== null) tNext = Math.min(tNext, later(pendingDemand.atSec));
    if (t >= nextAgeUpdate) {
      // Age-dependent quantities change over days; refresh them once a model minute.
      nextAgeUpdate = t + 60;
      const day = (startPP * 3600 + t) / DAY;
      ageAppetite = t >= birthSec ? appetiteAt(t) : 0;
      ageMaxIntake = maxIntakeMlPerMin(infantSettings, day) / 60;
      ageSurge = fromTable(AGE_TABLES.prolactinSurgeNgPerMlPerMin, Math.max(0, day)) / 60;
      ageMeanFeed = (ageAppetite * intervalH) / 24;
      ageStage = prolactinStageBaseline(day);
    }
    const appetite = ageAppetite;
    const hungerRate = appetite / DAY;
    if (plan === 'onDemand' && a === null && pendingDemand === null && hungerRate > 0) {
      const tTrig = Math.max(
        t + (st.trigger - st.deficit) / hungerRate,
        st.noFeedBefore,
        st.lastSessionEnd + P.minFeedGapMin.value * 60,
      );
      tNext = Math.min(tNext, Math.max(tTrig, t + 1e-6));
    }
    if (birthSec > t) tNext = Math.min(tNext, birthSec);
    const dt = tNext - t;

    // --- Exact decays for this step.
    if (dt !== cachedDt) {
      cachedDt = dt;
      eOt = Math.exp(-kOt * dt);
      ePrl = Math.exp(-kPrl * dt);
      eP4 = Math.exp(-kP4 * dt);
      eNerve = Math.exp(-dt / nerveTau);
      ePh = Math.exp(-kExpo * dt);
      eDuct = 1 - Math.exp(-dt / ductTau);
      eBack = 1 - Math.exp(-backK * dt);
      eStim = Math.exp(-dt / stimTauSec);
    }

    // Nerve signal: afferent activity while the nipple is stimulated, after the conduction latency.
    let stimIntensity = 0;
    if (stimulating && a !== null && t >= a.startSec + P.nerveLatencySec.value) {
      stimIntensity = a.plan.kind === 'latch' && st.deficit <= 0 ? 0.5 : 1;
    }
    st.nerve = stimIntensity + (st.nerve - stimIntensity) * eNerve;

    // Prolactin: release while stimulated (after pituitary latency), cleared with t½ 37 min.
    const base = prlBaseline(t, ageStage);
    let release = 0;
    if (
      stimulating &&
      a !== null &&
      t >= a.startSec + P.nerveLatencySec.value + P.pituitaryLatencySec.value
    ) {
      release = ageSurge * st.nerve * pituitary;
    }
    const prlEq = base + release / kPrl;
    st.prl = prlEq + (st.prl - prlEq) * ePrl;
    st.exposure = st.prl + (st.exposure - st.prl) * ePh;
    st.hPerm = prolactinPermissive(st.exposure);

    // Oxytocin: pulse release plus first-order clearance (posterior pituitary: spared in Sheehan).
    const releasing = t < st.otReleaseUntil ? st.otReleaseRate : 0;
    const otEq = otBasal + releasing / kOt;
    st.otPrev = st.ot;
    st.ot = otEq + (st.ot - otEq) * eOt;
    const prevDrive = st.drive;
    st.drive =
      st.ot <= otThreshold ? 0 : Math.min(1, (st.ot - otThreshold) / (otSat - otThreshold));
    const falling = st.ot < st.otPrev;

    // Progesterone: held by the placenta, then withdrawn with a half-life of minutes.
    if (placentaDone) st.p4 = p4Floor + (st.p4 - p4Floor) * eP4;
    else st.p4 = p4Held(t);

    // Secretory activation: needs progesterone gone and prolactin present.
    const chainDrive = progesteroneRelease(st.p4) * prolactinActivationDrive(st.exposure);
    if (dt > 0) {
      let input = chainDrive;
      const f = Math.min(1, dt / stageTau);
      for (let i = 0; i < STAGES; i++) {
        const x = chain[i] ?? 0;
        // Activation is one-way here: once secretion is switched on, maintenance needs only the
        // permissive prolactin term (involution after weaning is outside this model).
        const nx = input > x ? x + (input - x) * f : x;
        chain[i] = nx;
        input = nx;
      }
    }
    const act = activation();
    const actCore = chain[STAGES - 1] ?? 0;
    st.contraNow = contraceptions.length === 0 ? 1 : contraceptionFactor(t);

    // --- Breasts.
    st.intakeFlow = 0;
    stepIn.dt = dt;
    stepIn.synthFactor = st.contraNow * act * st.hPerm;
    stepIn.drive = st.drive;
    stepIn.falling = falling;
    stepIn.eBack = eBack;
    stepIn.eDuct = eDuct;
    stepIn.adaptGainUp = actCore > 0.05 ? st.hPerm * actCore : 0;
    stepIn.adaptGainDown = actCore > 0.05 ? 1 : 0;
    for (let bi = 0; bi < 2; bi++) {
      const b = bi === 0 ? L : R;
      const side: Side = bi === 0 ? 'left' : 'right';
      // Removal capacity of the infant or pump on this side.
      let q = 0;
      if (
        stimulating &&
        a !== null &&
        (a.side === side || a.side === 'both') &&
        t >= birthSec - 1e-9
      ) {
        if (a.plan.kind === 'pump') q = pumpMax;
        else q = ageMaxIntake * (st.deficit > 0 ? 1 : satiatedFactor);
      }
      stepIn.removalMax = q;
      const removed = stepBreast(b, stepIn);
      st.synthTotal += b.synthesis * dt;
      if (removed > 0) {
        const fat = fatOf(b);
        st.fatWeighted += fat * removed;
        st.fatVolume += removed;
        if (a !== null && a.stats !== null) a.stats.noteRemoval(side, removed, fat);
        if (a !== null && a.plan.kind === 'latch') {
          st.intakeFlow += b.flow;
          st.cumulativeIntake += removed;
          st.deficit -= removed;
        }
      }
    }

    // Infant hunger accumulates with appetite; it is capped so a hungry baby is not bottomless.
    if (hungerRate > 0) {
      st.deficit += hungerRate * dt;
      const cap = 2 * ageMeanFeed;
      if (st.deficit > cap) st.deficit = cap;
    }
    st.stimLevel *= eStim;

    const tPrevStep = t;
    t = tNext;

    // --- Ejection start/end events (interpolated to the threshold crossing).
    if (st.drive > 0 && prevDrive === 0) {
      ejectionActive = true;
      const frac = (otThreshold - st.otPrev) / Math.max(st.ot - st.otPrev, 1e-9);
      const at = tPrevStep + Math.max(0, Math.min(1, frac)) * dt;
      const s = active as ActiveSession | null;
      if (s !== null && s.stats !== null) {
        s.ejections++;
        st.ejectionNo = s.ejections;
        s.stats.noteEjection(at);
        for (const sd of sidesOf(s.side))
          emit(at, 'ejectionStart', sd, `Milk ejection ${st.ejectionNo}`);
      } else {
        st.ejectionNo = 0;
        emit(at, 'ejectionStart', undefined, 'Milk ejection (no stimulation)');
      }
    } else if (st.drive === 0 && prevDrive > 0 && ejectionActive) {
      ejectionActive = false;
      st.lastEjectionEnd = t;
      const frac = (st.otPrev - otThreshold) / Math.max(st.otPrev - st.ot, 1e-9);
      const at = tPrevStep + Math.max(0, Math.min(1, frac)) * dt;
      const s = active as ActiveSession | null;
      const detail =
        st.ejectionNo > 0 ? `Milk ejection ${st.ejectionNo}` : 'Milk ejection (no stimulation)';
      const sidesNow = s !== null ? sidesOf(s.side) : [];
      if (sidesNow.length === 0) emit(at, 'ejectionEnd', undefined, detail);
      for (const sd of sidesNow) emit(at, 'ejectionEnd', sd, detail);
    }

    // --- Placenta.
    if (!placentaDone && t >= placentaSec - 1e-9) {
      placentaDone = true;
      emit(
        t,
        'placentaDelivered',
        undefined,
        retainedUntilH !== null ? 'Retained placenta removed' : undefined,
      );
    }
    if (placentaDone && !withdrawn && st.p4 < P.progesteroneWithdrawalEventNgPerMl.value) {
      withdrawn = true;
      emit(t, 'progesteroneWithdrawal');
    }
    if (!milkIn && act >= 0.5) {
      milkIn = true;
      lactogenesisOnsetH = startPP + t / 3600;
      emit(t, 'milkComesIn');
    }
    if (act >= 0.5 && !near) {
      const s = effectiveSupply();
      if (s >= supplyEventRef * 1.05) {
        emit(t, 'supplyUp', undefined, `Supply ${Math.round(s)} mL/day`);
        supplyEventRef = s;
      } else if (s <= supplyEventRef * 0.95) {
        emit(t, 'supplyDown', undefined, `Supply ${Math.round(s)} mL/day`);
        supplyEventRef = s;
      }
    } else if (act < 0.5) supplyEventRef = Math.max(effectiveSupply(), 1);

    // --- Prolactin peak tracking (from session start until the next session or 2 h).
    if (prlTrack !== null) {
      if (t <= st.prlTrackUntil) prlTrack.notePrl(t, st.prl);
      else prlTrack = null;
    }

    // --- Oxytocin pulse generator while stimulated.
    let s = active as ActiveSession | null;
    if (s !== null && s.stats !== null && t >= s.nextPulseSec - 1e-9) {
      if (st.drive > 0 || t < st.lastEjectionEnd + P.pulseRefractorySec.value) {
        // Bursts are discrete: wait until the current ejection is over.
        s.nextPulseSec = Math.max(t + 1, st.lastEjectionEnd + P.pulseRefractorySec.value);
      } else {
        startPulse(t, drawPulseIncrement());
        emit(t, 'oxytocinPulse', s.firstSide ?? undefined);
        const factor = s.side === 'both' ? P.doublePumpPulseRateFactor.value : 1;
        s.nextPulseSec = t + (pulseIntervalMean / factor) * uniform(rand, 0.55, 1.45);
      }
    }

    // --- Session progress and end.
    s = active as ActiveSession | null;
    if (s !== null) {
      const elapsed = t - s.startSec;
      const plannedEnd = s.plan.durationSec;
      if (s.plan.fixed || s.plan.kind !== 'latch') {
        if (plannedEnd !== null && elapsed >= plannedEnd - 1e-9) endSession(t);
      } else {
        // Infant-led: stop when satisfied, come off when little flows, switch sides by pattern.
        const sideKey = s.side === 'right' ? R : L;
        s.lowFlowSec =
          sideKey.flow * 60 < P.giveUpFlowMlPerMin.value && t - s.sideStartSec > 60
            ? s.lowFlowSec + dt
            : 0;
        const onSide = t - s.sideStartSec;
        const satisfied = st.deficit <= 0;
        const gaveUp = s.lowFlowSec >= P.giveUpAfterSec.value && onSide >= P.minFeedSec.value;
        const timeUp = onSide >= minutesPerBreast * 60;
        const mayBoth = s.pattern !== 'block';
        const bothWanted =
          s.pattern === 'bothSides' && !s.switched && onSide >= (minutesPerBreast * 60) / 2;
        if (satisfied && !(s.pattern === 'bothSides' && !s.switched && !bothWanted)) endSession(t);
        else if (gaveUp || timeUp || (bothWanted && satisfied)) {
          if (!s.switched && mayBoth && (!satisfied || bothWanted)) {
            s.switched = true;
            s.side = s.side === 'left' ? 'right' : 'left';
            s.sideStartSec = t;
            s.lowFlowSec = 0;
            s.stats?.noteAvailable(
              s.side,
              (s.side === 'left' ? L : R).stored + (s.side === 'left' ? L : R).duct,
            );
            emit(t, 'latch', s.side, 'Second breast');
          } else endSession(t);
        }
      }
    }

    // --- Starting sessions: explicit first, then scheduled, then on-demand.
    if (active === null) {
      const np = planned[plannedIdx];
      if (np !== undefined && t >= np.atSec - 1e-9) {
        plannedIdx++;
        pendingDemand = null;
        beginSession(t, np, np.babyPresent && np.kind !== 'skinToSkin');
        if (np.kind === 'latch' && np.babyPresent) st.deficit = Math.max(st.deficit, 0);
        st.trigger = drawTrigger(t);
      } else if (
        np !== undefined &&
        np.babyPresent &&
        np.kind !== 'skinToSkin' &&
        t >= np.atSec - P.cueLeadSec.value - 1e-9 &&
        st.otReleaseUntil < np.atSec - P.cueLeadSec.value
      ) {
        startPulse(t, cueAmplitude);
        emit(t, 'oxytocinPulse', undefined, 'Conditioned release (baby cues)');
        st.otReleaseUntil = Math.max(st.otReleaseUntil, t + 1e-3);
      } else if (
        plan === 'scheduled' &&
        t >= nextScheduled - P.cueLeadSec.value - 1e-9 &&
        t >= birthSec
      ) {
        if (t >= nextScheduled - 1e-9) {
          beginSession(
            t,
            {
              atSec: t,
              kind: 'latch',
              side: null,
              durationSec: null,
              babyPresent: true,
              fixed: false,
            },
            true,
          );
          nextScheduled += intervalH * 3600;
        } else if (pendingDemand === null) {
          pendingDemand = {
            atSec: nextScheduled,
            kind: 'latch',
            side: null,
            durationSec: null,
            babyPresent: true,
            fixed: false,
          };
          startPulse(t, cueAmplitude);
          emit(t, 'oxytocinPulse', undefined, 'Conditioned release (baby cues)');
        }
        if (t >= nextScheduled - 1e-9 || active !== null) pendingDemand = null;
      } else if (plan === 'onDemand' && pendingDemand !== null && t >= pendingDemand.atSec - 1e-9) {
        const pd = pendingDemand;
        pendingDemand = null;
        beginSession(t, pd, true);
        st.trigger = drawTrigger(t);
      } else if (
        plan === 'onDemand' &&
        pendingDemand === null &&
        t >= birthSec &&
        st.deficit >= st.trigger - 1e-9 &&
        t >= st.noFeedBefore - 1e-9 &&
        t >= st.lastSessionEnd + P.minFeedGapMin.value * 60 - 1e-9
      ) {
        // Hunger cues: the conditioned oxytocin rise starts before the latch.
        pendingDemand = {
          atSec: t + P.cueLeadSec.value,
          kind: 'latch',
          side: null,
          durationSec: null,
          babyPresent: true,
          fixed: false,
        };
        startPulse(t, cueAmplitude);
        emit(t, 'oxytocinPulse', undefined, 'Conditioned release (baby cues)');
      }
    } else if (plan === 'scheduled' && t >= nextScheduled - 1e-9) {
      nextScheduled += intervalH * 3600; // a scheduled feed that falls inside another session is skipped
    }

    if (t >= nextSample - 1e-9 || t >= durationSec - 1e-9) {
      record(t);
      const nowNear = active !== null || t < st.fineUntil || pendingDemand !== null || st.drive > 0;
      nextSample = t + (nowNear ? sampling.sessionSec : sampling.gapSec);
    }
    // Entering a session or cue period from a coarse stretch: sample from now at the fine rate.
    if (
      (active !== null || pendingDemand !== null) &&
      nextSample - t > sampling.sessionSec + 1e-9
    ) {
      record(t);
      nextSample = t + sampling.sessionSec;
    }
  }
  if (active !== null) endSession(durationSec);
  if (prlTrack !== null) prlTrack = null;

  events.sort((x, y) => x.atSeconds - y.atSeconds);
  const trace: Trace = {
    modelVersion: MODEL_VERSION,
    timesSec: new Float64Array(0),
    channels: rec.finish(),
    events,
    summary: buildSummary({
      sessions,
      durationSec,
      removedMl: L.removedTotal + R.removedTotal,
      synthesizedMl: st.synthTotal,
      lactogenesisOnsetH,
      supplyStart,
      supplyEnd: effectiveSupply(),
    }),
    startPostpartumHours: startPP,
    durationSec,
  };
  trace.timesSec = rec.times();
  const diagnostics: Diagnostics = {
    sessions,
    volumeWeightedFatGPerL: st.fatVolume > 0 ? st.fatWeighted / st.fatVolume : null,
    sessionCount: st.sessionCount,
    leftRemovedMl: L.removedTotal,
    rightRemovedMl: R.removedTotal,
    leftSupplyMlPerDay: 24 * L.sigma * L.lobesIntact * st.contraNow * activation() * st.hPerm,
    rightSupplyMlPerDay: 24 * R.sigma * R.lobesIntact * st.contraNow * activation() * st.hPerm,
  };
  return { trace, diagnostics };
}

function sidesOf(side: SessionSide | null): Side[] {
  if (side === 'both') return ['left', 'right'];
  return side === null ? [] : [side];
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): Trace {
  return runModel(scenario, options).trace;
}
