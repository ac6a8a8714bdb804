// The engine's time loop: one scenario in, one trace out. Pure and deterministic.
// Each step: hormones, then both breasts and the infants' hunger, then what happened (ejections,
// milestones, pulses), then what the feeding does next, then a sample. The subsystems live in
// hormones.ts, breasts.ts, infants.ts, feeding.ts, letdown.ts; milestones in events.ts; step
// sizes in stepping.ts.
// Units: seconds of model time (t = 0 at the scenario start), mL, mL/s inside the loop,
// prolactin and progesterone ng/mL, oxytocin pg/mL, fat g/L.
import {
  fatAt,
  fatOf,
  fullness,
  makeBreast,
  newBreastStep,
  stepBreast,
  supplyPerDay,
  synthesisRate,
  type BreastStep,
} from './breasts';
import { DAY, deriveConfig, stressAt, type EngineConfig, type Individual } from './config';
import { milestones } from './events';
import { sessionOn, sessionProgress, startSessions } from './feeding';
import {
  initialHormones,
  newDecays,
  prolactinStageBaseline,
  setDecays,
  stepHormones,
  type Decays,
  type HormoneInputs,
} from './hormones';
import { makeInfant, maxIntakePerSec, mealMl, needMlPerDay, stepHunger } from './infants';
import { ejectionEvents, pulseGenerator } from './letdown';
import { PARAMETERS as P } from './parameters';
import { mulberry32 } from './prng';
import {
  CH,
  MAX_SAMPLES,
  Recorder,
  SampleLimitError,
  estimateSamples,
  samplingFor,
  type Sampling,
} from './recorder';
import type { Scenario } from './scenario';
import type { BreastState, EngineState, InfantState } from './state';
import { buildSummary, type Diagnostics } from './summary';
import { synthFactor, totalSupply } from './supply';
import { AGE_TABLES, fromTable } from './tables';
import type { Side, Trace } from './trace';
import { isNear, nextStepEnd, stepRulesFor, type StepRules } from './stepping';

// 2.0.1: nerve activity stops with the feed, every feed end is sampled, removed-milk channels.
// 2.1.0: milk fat follows Daly's published quadratic in the degree of emptying.
// 2.1.1: runs longer than a week take 5-s steps during an ejection and 10-s steps between, and end
// a step where an oxytocin release ends (stepping.ts).
// 2.2.0: milk comes in 12 h later after a first birth (was 14) and 4 h after a caesarean (was 3),
// refitted over 100 mothers a group instead of 20.
// 2.2.1: the prolactin surge at 6 months fitted to Cox's ~91 ng/mL peak (C14b; the peak was 119),
// and held after 6 months (it rose again to 12 months on an unsourced point).
// 2.2.2: a run's first sample of synthesis is the rate at the start (it was 0).
export const MODEL_VERSION = 'lactasim-physiology/2.2.2';

export interface SimulateOptions {
  resolutionSec?: number;
  /** Variation between mothers (validation populations); a scenario alone is the median mother. */
  individual?: Individual;
}

const SATIATED = P.satiatedSuckFactor.value;
const PUMP_MAX = P.pumpMaxFlowMlPerMin.value / 60;
const NERVE_LATENCY = P.nerveLatencySec.value;
const PITUITARY_LATENCY = P.pituitaryLatencySec.value;
const ACTIVE = P.adaptationActivationMin.value;

/** Age-dependent quantities change over days; refreshed once a model minute. */
interface AgeCache {
  until: number;
  need: number;
  /** The need per second (need / DAY), divided here once rather than in every step. */
  needPerSec: number;
  meal: number;
  maxIntake: number;
  surge: number;
  stage: number;
}

/** The state at t = 0: hormones, breasts and infants as the configuration starts them. */
export function initState(c: EngineConfig): EngineState {
  const h = initialHormones(c);
  const established = h.act >= P.milkInActivation.value;
  const st: EngineState = {
    clock: { from: 0, to: 0, dt: 0, nextSample: 0, needPerSec: 0, meal: 0 },
    h,
    breasts: [
      makeBreast('left', c.capacityMl[0], c.lobesIntact[0], c.sigma0[0], established),
      makeBreast('right', c.capacityMl[1], c.lobesIntact[1], c.sigma0[1], established),
    ],
    infants: [],
    pulses: {
      nextPulseSec: Infinity,
      lastEjectionEnd: -Infinity,
      ejectionActive: false,
      ejectionNo: 0,
      stimulatedSince: null,
    },
    feeding: {
      sessions: [],
      plannedIdx: 0,
      extra: [],
      nextScheduled: Math.max(0, c.birthSec),
      noFeedBefore: 0,
      stopped: false,
      changeIdx: 0,
      lastSessionEnd: -Infinity,
      fineUntil: -Infinity,
      sessionCount: 0,
    },
    totals: {
      fatWeighted: 0,
      fatVolume: 0,
      synthesized: 0,
      prlTrack: null,
      prlTrackUntil: -Infinity,
      milkIn: established,
      lactogenesisOnsetH: null,
      supplyEventRef: 0,
      placentaDone: c.placentaSec <= 0,
      withdrawn: h.p4 < P.progesteroneInhibitionHalfNgPerMl.value,
    },
    sessions: [],
    events: [],
    rand: mulberry32(c.seed),
  };
  const meal = mealMl(c, needMlPerDay(c, 0));
  for (let i = 0; i < c.infantCount; i++) st.infants.push(makeInfant(st, meal, c.birthSec < 0));
  st.totals.supplyEventRef = Math.max(totalSupply(st), 1);
  return st;
}

class Loop {
  readonly st: EngineState;
  readonly rec: Recorder;
  readonly rules: StepRules;
  readonly step = newBreastStep();
  readonly hormoneIn: HormoneInputs = { nerve: 0, prlRelease: 0, stageBaseline: 0 };
  /** Decay factors of the rule step lengths, and one scratch set for the odd step in between. */
  readonly ruleDecays: Decays[];
  readonly oddDecays = newDecays();
  readonly age: AgeCache = {
    until: -Infinity,
    need: 0,
    needPerSec: 0,
    meal: 0,
    maxIntake: 0,
    surge: 0,
    stage: 0,
  };
  nextSample = 0;
  intakeFlow = 0;

  constructor(
    readonly c: EngineConfig,
    readonly sampling: Sampling,
  ) {
    this.st = initState(c);
    this.rec = new Recorder(c.durationSec, sampling);
    this.rules = stepRulesFor(c.durationSec);
    const r = this.rules;
    this.ruleDecays = [r.fine, r.stimulated, r.busy, r.quiet, r.coarse].map((dt) =>
      setDecays(newDecays(), dt),
    );
  }

  decaysFor(dt: number): Decays {
    for (const d of this.ruleDecays) if (d.dt === dt) return d;
    return this.oddDecays.dt === dt ? this.oddDecays : setDecays(this.oddDecays, dt);
  }

  updateAge(t: number): void {
    const c = this.c;
    const a = this.age;
    const day = (c.startPP * 3600 + t) / DAY;
    a.until = t + 60;
    a.need = needMlPerDay(c, t);
    a.needPerSec = a.need / DAY;
    a.meal = mealMl(c, a.need);
    a.maxIntake = maxIntakePerSec(c, t);
    a.surge = fromTable(AGE_TABLES.prolactinSurgeNgPerMlPerMin, Math.max(0, day)) / 60;
    a.stage = prolactinStageBaseline(day);
  }

  /** Afferent drive from the nipples: full while sucking or pumping, half when only comfort sucking. */
  nerveInput(t: number): number {
    let input = 0;
    for (const s of this.st.feeding.sessions) {
      if (s.kind === 'skinToSkin' || t < s.startSec + NERVE_LATENCY) continue;
      if (s.kind === 'latch' && t < this.c.birthSec) continue;
      const inf = this.st.infants[s.infant];
      const level =
        s.kind === 'latch' && inf !== undefined && inf.deficit <= 0
          ? P.satiatedNerveInput.value
          : 1;
      if (level > input) input = level;
    }
    return input;
  }

  /** The prolactin release at the start of the step (into hormoneIn: see StepClock). */
  prolactinRelease(): void {
    const t = this.st.clock.from;
    let release = 0;
    for (const s of this.st.feeding.sessions) {
      if (s.kind !== 'skinToSkin' && t >= s.startSec + NERVE_LATENCY + PITUITARY_LATENCY) {
        release = this.age.surge * this.st.h.nerve * this.c.pituitary;
        break;
      }
    }
    this.hormoneIn.prlRelease = release;
  }

  stepBreasts(d: Decays): void {
    const st = this.st;
    const k: BreastStep = this.step;
    const h = st.h;
    k.dt = d.dt;
    k.synthFactor = synthFactor(st);
    k.drive = h.drive;
    k.falling = h.falling;
    k.back = d.back;
    k.duct = d.duct;
    const core = h.chain[3] ?? 0;
    // Capacity rises need secretory activation and prolactin. Under a combined pill milk volume
    // falls within 6 weeks of the first dose and is 41.9 % lower after 18 weeks (Tankeyoon 1984):
    // modelled as the pill blocking the rise from its first dose (assumption: the mechanism is not
    // known).
    k.gainUp = core > ACTIVE && h.contraOnset === 0 ? h.hPerm * core : 0;
    k.gainDown = core > ACTIVE ? 1 : 0;
    this.intakeFlow = 0;
    for (let i = 0; i < st.infants.length; i++) (st.infants[i] as InfantState).intakeFlow = 0;
    this.stepOne(st.breasts[0], 'left');
    this.stepOne(st.breasts[1], 'right');
  }

  stepOne(b: BreastState, side: Side): void {
    const st = this.st;
    const k = this.step;
    const s = sessionOn(st, side);
    const inf = s !== null && s.kind === 'latch' ? st.infants[s.infant] : undefined;
    k.removalMax =
      s === null || st.clock.from < this.c.birthSec
        ? 0
        : s.kind === 'pump'
          ? PUMP_MAX
          : inf !== undefined
            ? this.age.maxIntake * (inf.deficit > 0 ? 1 : SATIATED)
            : 0;
    if (s !== null && s.kind === 'latch' && st.clock.from < this.c.birthSec) k.removalMax = 0;
    stepBreast(b, k);
    const removed = k.removed;
    st.totals.synthesized += b.synthesis * k.dt;
    if (removed <= 0 || s === null) return;
    // fatOf(b) without dividing again: the step has just found the breast's fill.
    const fat = fatAt(b.capacity > 0 ? Math.min(1, k.fill) : 1);
    st.totals.fatWeighted += fat * removed;
    st.totals.fatVolume += removed;
    b.removedFatG += (fat * removed) / 1000;
    s.stats?.noteRemoval(side, removed, fat);
    if (inf !== undefined) {
      inf.intakeFlow += b.flow;
      inf.intakeTotal += removed;
      inf.deficit -= removed;
      this.intakeFlow += b.flow;
    }
  }

  /** Follows the prolactin of the last session's first two hours (its peak and when). */
  trackProlactin(t: number): void {
    const tot = this.st.totals;
    if (tot.prlTrack === null) return;
    if (t <= tot.prlTrackUntil) tot.prlTrack.notePrl(t, this.st.h.prl);
    else tot.prlTrack = null;
  }

  record(t: number): void {
    // One reused row in CHANNELS order: no object is allocated per sample.
    const row = this.rec.row;
    const st = this.st;
    const [L, R] = st.breasts;
    const f = synthFactor(st);
    row[CH.prolactinNgPerMl] = st.h.prl;
    row[CH.oxytocinPgPerMl] = st.h.ot;
    row[CH.progesteroneNgPerMl] = st.h.p4;
    row[CH.leftStoredMl] = L.stored;
    row[CH.rightStoredMl] = R.stored;
    row[CH.leftDuctMl] = L.duct;
    row[CH.rightDuctMl] = R.duct;
    row[CH.leftFullness] = fullness(L);
    row[CH.rightFullness] = fullness(R);
    row[CH.leftEjectionDrive] = st.h.drive;
    row[CH.rightEjectionDrive] = st.h.drive;
    row[CH.leftFlowMlPerMin] = L.flow * 60;
    row[CH.rightFlowMlPerMin] = R.flow * 60;
    row[CH.intakeMlPerMin] = this.intakeFlow * 60;
    let intake = 0;
    let hunger = 0;
    for (const inf of st.infants) {
      intake += inf.intakeTotal;
      hunger += Math.max(0, inf.deficit);
    }
    row[CH.intakeCumulativeMl] = intake;
    row[CH.removedCumulativeMl] = L.removedTotal + R.removedTotal;
    row[CH.removedFatCumulativeG] = st.totals.fatWeighted / 1000;
    row[CH.leftFatGPerL] = fatOf(L);
    row[CH.rightFatGPerL] = fatOf(R);
    row[CH.synthesisMlPerH] = (L.synthesis + R.synthesis) * 3600;
    row[CH.leftSupplyMlPerDay] = supplyPerDay(L, f);
    row[CH.rightSupplyMlPerDay] = supplyPerDay(R, f);
    row[CH.supplyMlPerDay] = supplyPerDay(L, f) + supplyPerDay(R, f);
    row[CH.needMlPerDay] = this.age.need * st.infants.length;
    row[CH.hungerMl] = hunger;
    row[CH.secretoryActivation] = st.h.act;
    row[CH.nerveSignal] = st.h.nerve;
    this.rec.pushRow(t);
  }

  sample(t: number): void {
    const st = this.st;
    const near = isNear(st, t);
    if (t >= this.nextSample - 1e-9 || t >= this.c.durationSec - 1e-9) {
      this.record(t);
      this.nextSample = t + (near ? this.sampling.sessionSec : this.sampling.gapSec);
    } else if (this.sampling.sessionSec < this.sampling.gapSec && st.feeding.lastSessionEnd === t) {
      // Where sessions are resolved, a feed's end is sampled: read at its sessionEnd event, the
      // trace is the state after the feed, not a blend with a sample taken while it ran. (Runs
      // sampled hourly throughout do not resolve a feed and stay at one sample an hour.)
      this.record(t);
    }
    // Entering a session or cue period from a coarse stretch: sample from now at the fine rate.
    if (near && this.nextSample - t > this.sampling.sessionSec + 1e-9) {
      this.record(t);
      this.nextSample = t + this.sampling.sessionSec;
    }
  }

  run(): void {
    const c = this.c;
    const st = this.st;
    this.updateAge(0);
    // A breast's synthesis is the rate over the step that ends at a sample; the first sample has
    // no step before it, so it takes the rate at the start (it read 0, drawn as a rise from none).
    const f = synthFactor(st);
    for (const b of st.breasts) b.synthesis = synthesisRate(b, f, fullness(b));
    this.record(0);
    this.nextSample = this.sampling.gapSec;
    let t = 0;
    // The afferent drive at the start of a step is the one found at the end of the last: nothing
    // between the two (a sample, the age cache) changes the sessions or the infants' hunger.
    let nerveIn = this.nerveInput(0);
    const clock = st.clock;
    const hIn = this.hormoneIn;
    while (t < c.durationSec - 1e-9) {
      if (t >= this.age.until) this.updateAge(t);
      clock.from = t;
      clock.nextSample = this.nextSample;
      clock.needPerSec = c.plan === 'onDemand' ? this.age.needPerSec : 0;
      clock.meal = this.age.meal;
      nextStepEnd(c, st, this.rules);
      const tNext = clock.to;
      const dt = clock.dt;
      const d = this.decaysFor(dt);
      const stress = stressAt(c, t);
      hIn.nerve = nerveIn;
      this.prolactinRelease();
      hIn.stageBaseline = this.age.stage;
      stepHormones(c, st, d, hIn);
      this.stepBreasts(d);
      for (let i = 0; i < st.infants.length; i++) {
        stepHunger(st.infants[i] as InfantState, this.age.needPerSec, this.age.meal, dt);
      }
      ejectionEvents(st);
      milestones(c, st, tNext, isNear(st, tNext));
      this.trackProlactin(tNext);
      pulseGenerator(st, tNext, stress);
      sessionProgress(c, st);
      startSessions(c, st, stress);
      // Afferent firing stops with the stimulus (it only builds over nerveRiseTauSec): a session
      // that ended at this step leaves no nerve activity in the sample of its sessionEnd, so the
      // trace never says "feed ended" and "nerve signals run" at once.
      nerveIn = this.nerveInput(tNext);
      st.h.nerve = Math.min(st.h.nerve, nerveIn);
      this.sample(tNext);
      t = tNext;
    }
    for (const s of [...st.feeding.sessions]) {
      if (s.stats !== null)
        s.stats.end(
          c.durationSec,
          st.breasts[0].stored + st.breasts[0].duct,
          st.breasts[1].stored + st.breasts[1].duct,
        );
    }
    st.totals.prlTrack = null;
  }
}

export function runModel(
  scenario: Scenario,
  options: SimulateOptions = {},
): { trace: Trace; diagnostics: Diagnostics } {
  const c = deriveConfig(scenario, options.individual);
  const sampling = samplingFor(c.durationSec, options.resolutionSec);
  const estimate = estimateSamples(c.durationSec, sampling);
  if (estimate > MAX_SAMPLES) throw new SampleLimitError(estimate);
  const loop = new Loop(c, sampling);
  const supplyStart = totalSupply(loop.st);
  loop.run();
  const st = loop.st;
  const [L, R] = st.breasts;
  st.events.sort((x, y) => x.atSeconds - y.atSeconds);
  const removed = L.removedTotal + R.removedTotal;
  const trace: Trace = {
    modelVersion: MODEL_VERSION,
    timesSec: loop.rec.times(),
    channels: loop.rec.finish(),
    events: st.events,
    summary: buildSummary({
      sessions: st.sessions,
      durationSec: c.durationSec,
      removedMl: removed,
      synthesizedMl: st.totals.synthesized,
      lactogenesisOnsetH: st.totals.lactogenesisOnsetH,
      supplyStart,
      supplyEnd: totalSupply(st),
    }),
    startPostpartumHours: c.startPP,
    durationSec: c.durationSec,
  };
  const f = synthFactor(st);
  const breast = (b: BreastState) => ({
    synthesizedMl: b.synthesizedTotal,
    removedMl: b.removedTotal,
    fatGPerL: b.removedTotal > 0 ? (b.removedFatG * 1000) / b.removedTotal : null,
    initialMl: b.initialContent,
    finalMl: b.stored + b.duct,
    capacityMl: b.capacity,
    supplyMlPerDay: supplyPerDay(b, f),
  });
  const diagnostics: Diagnostics = {
    sessions: st.sessions,
    volumeWeightedFatGPerL:
      st.totals.fatVolume > 0 ? st.totals.fatWeighted / st.totals.fatVolume : null,
    sessionCount: st.feeding.sessionCount,
    left: breast(L),
    right: breast(R),
    infantIntakeMl: st.infants.map((i) => i.intakeTotal),
    config: c,
  };
  return { trace, diagnostics };
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): Trace {
  return runModel(scenario, options).trace;
}
