// Feeding: which sessions run (explicit events, a clock, or the infants' hunger), which breast an
// infant takes, when it switches sides or stops, pumping after feeds and changes of plan.
// Units: seconds of model time, mL.
import type { EngineConfig, PlannedSession, SessionSide } from './config';
import { emit } from './events';
import { noteStimulation, startPulse } from './hormones';
import { drawTrigger, mealMl, needMlPerDay } from './infants';
import { PARAMETERS as P } from './parameters';
import { uniform } from './prng';
import type { SidePattern } from './scenario';
import type { ActiveSession, BreastState, EngineState, InfantState } from './state';
import { SessionStats } from './summary';
import type { Side } from './trace';

const CUE_LEAD = P.cueLeadSec.value;
const CUE_PEAK =
  P.cuePeakRatio.value * (P.oxytocinThresholdPgPerMl.value - P.oxytocinBasalPgPerMl.value);
const TAIL_SEC = 600;

export interface PlanNow {
  pattern: SidePattern;
  blockHours: number;
  pumpAfterFeedsMinutes: number;
}

/** Side pattern and after-feed pumping in force at `t`, after the plan changes made by then. */
export function planAt(c: EngineConfig, t: number): PlanNow {
  let pattern = c.pattern;
  let blockHours = c.blockHours;
  let pumpAfterFeedsMinutes = 0;
  for (const ch of c.planChanges) {
    if (ch.atSec > t + 1e-9) break;
    pattern = ch.pattern ?? pattern;
    blockHours = ch.blockHours ?? blockHours;
    pumpAfterFeedsMinutes = ch.pumpAfterFeedsMinutes ?? pumpAfterFeedsMinutes;
  }
  return { pattern, blockHours, pumpAfterFeedsMinutes };
}

/** Side to start a feed on, by pattern (block: same side for blockHours). */
export function chooseFirstSide(plan: PlanNow, lastFirst: Side | null, tSec: number): Side {
  if (plan.pattern === 'leftOnly') return 'left';
  if (plan.pattern === 'rightOnly') return 'right';
  if (plan.pattern === 'block') {
    return Math.floor(tSec / (plan.blockHours * 3600)) % 2 === 0 ? 'left' : 'right';
  }
  return lastFirst === 'left' ? 'right' : 'left';
}

export function sidesOf(side: SessionSide | null): Side[] {
  if (side === 'both') return ['left', 'right'];
  return side === null ? [] : [side];
}

const other = (s: Side): Side => (s === 'left' ? 'right' : 'left');

/** The session using a breast now, if any. */
export function sessionOn(st: EngineState, side: Side): ActiveSession | null {
  for (const s of st.feeding.sessions) {
    if (s.kind !== 'skinToSkin' && (s.side === side || s.side === 'both')) return s;
  }
  return null;
}

export function isStimulating(s: ActiveSession): boolean {
  return s.kind !== 'skinToSkin';
}

/** Whether any nipple is stimulated now (a latch or a pump). */
export function anyStimulating(st: EngineState): boolean {
  for (const s of st.feeding.sessions) if (s.kind !== 'skinToSkin') return true;
  return false;
}

function breastOf(st: EngineState, side: Side): BreastState {
  return side === 'left' ? st.breasts[0] : st.breasts[1];
}

function available(b: BreastState): number {
  return b.stored + b.duct;
}

/** The first pulse of a stimulation: after the nerve latency, sooner when primed by cues. */
function scheduleFirstPulse(
  st: EngineState,
  t: number,
  kind: 'latch' | 'pump',
  primed: boolean,
  stress: number,
): void {
  const p = st.pulses;
  if (p.stimulatedSince !== null) return;
  p.stimulatedSince = t;
  const mean = kind === 'latch' ? P.firstPulseLatchSec.value : P.firstPulsePumpSec.value;
  const first =
    mean *
      (primed ? P.cueFirstPulseFactor.value : 1) *
      uniform(st.rand, P.firstPulseSpreadMin.value, P.firstPulseSpreadMax.value) +
    P.stressFirstPulseDelaySec.value * stress;
  p.nextPulseSec = t + P.nerveLatencySec.value + first;
}

export function beginSession(
  c: EngineConfig,
  st: EngineState,
  t: number,
  kind: PlannedSession['kind'],
  side: SessionSide | null,
  opts: {
    infant: number;
    durationSec: number | null;
    babyPresent: boolean;
    primed: boolean;
    stress: number;
  },
): ActiveSession {
  const plan = planAt(c, t);
  const firstSide: Side | null = side === 'left' || side === 'right' ? side : null;
  const s: ActiveSession = {
    kind,
    infant: opts.infant,
    startSec: t,
    side,
    firstSide,
    switched: false,
    sideStartSec: t,
    lowFlowSec: 0,
    durationSec: opts.durationSec,
    babyPresent: opts.babyPresent,
    pattern: plan.pattern,
    stats: null,
  };
  st.feeding.sessions.push(s);
  if (kind === 'skinToSkin') {
    if (opts.babyPresent) {
      startPulse(st.h, t, CUE_PEAK);
      emit(st, t, 'oxytocinPulse', undefined, 'Conditioned release (skin-to-skin)');
    }
    return s;
  }
  const inf = opts.infant >= 0 ? st.infants[opts.infant] : undefined;
  if (inf !== undefined) {
    inf.session = s;
    inf.cueAt = null;
    if (firstSide !== null) inf.lastFirstSide = firstSide;
  }
  st.feeding.sessionCount++;
  noteStimulation(st.h);
  const stats = new SessionStats(t, st.h.prl, kind);
  for (const sd of sidesOf(side)) stats.noteAvailable(sd, available(breastOf(st, sd)));
  s.stats = stats;
  st.sessions.push(stats);
  st.totals.prlTrack = stats;
  st.totals.prlTrackUntil = t + 120 * 60;
  emit(
    st,
    t,
    kind === 'latch' ? 'latch' : 'pumpStart',
    firstSide ?? undefined,
    side === 'both' ? 'both breasts' : undefined,
  );
  emit(st, t + P.nerveLatencySec.value, 'nerveSignal', firstSide ?? undefined);
  emit(st, t + P.nerveLatencySec.value + P.pituitaryLatencySec.value, 'prolactinRelease');
  scheduleFirstPulse(st, t, kind === 'latch' ? 'latch' : 'pump', opts.primed, opts.stress);
  return s;
}

export function endSession(c: EngineConfig, st: EngineState, s: ActiveSession, t: number): void {
  const f = st.feeding;
  const i = f.sessions.indexOf(s);
  if (i < 0) return;
  f.sessions.splice(i, 1);
  if (s.stats !== null) {
    s.stats.end(t, available(st.breasts[0]), available(st.breasts[1]));
    emit(st, t, 'sessionEnd', s.firstSide ?? undefined);
    f.lastSessionEnd = t;
  }
  const inf = s.infant >= 0 ? st.infants[s.infant] : undefined;
  if (inf !== undefined && inf.session === s) {
    inf.session = null;
    inf.lastMealEnd = t;
    inf.trigger = drawTrigger(st, mealMl(c, needMlPerDay(c, t)));
    const pumpMinutes = planAt(c, t).pumpAfterFeedsMinutes;
    if (
      s.kind === 'latch' &&
      pumpMinutes > 0 &&
      t < c.durationSec &&
      !st.infants.some((x) => x.session !== null)
    ) {
      // Pumping after a breastfeed starts as the feed ends, on the breast(s) the baby fed from.
      f.extra.push({
        atSec: t,
        kind: 'pump',
        side: s.switched ? 'both' : s.side,
        durationSec: pumpMinutes * 60,
        babyPresent: false,
      });
    }
  }
  if (!anyStimulating(st)) st.pulses.stimulatedSince = null;
  f.fineUntil = t + TAIL_SEC;
}

/**
 * At the end of the step in st.clock: fixed sessions end on time; an infant-led feed ends when
 * satisfied or switches sides.
 */
export function sessionProgress(c: EngineConfig, st: EngineState): void {
  const meal = st.clock.meal;
  const t = st.clock.to;
  const dt = st.clock.dt;
  const list = st.feeding.sessions;
  for (let i = list.length - 1; i >= 0; i--) {
    const s = list[i];
    if (s === undefined) continue;
    if (s.durationSec !== null) {
      if (t - s.startSec >= s.durationSec - 1e-9) endSession(c, st, s, t);
      continue;
    }
    const inf = st.infants[s.infant];
    if (inf === undefined || s.side === null || s.side === 'both') continue;
    infantLed(c, st, s, inf, t, dt, meal);
  }
}

function infantLed(
  c: EngineConfig,
  st: EngineState,
  s: ActiveSession,
  inf: InfantState,
  t: number,
  dt: number,
  meal: number,
): void {
  const side = s.side as Side;
  const b = breastOf(st, side);
  const onSide = t - s.sideStartSec;
  s.lowFlowSec = b.flow * 60 < P.giveUpFlowMlPerMin.value && onSide > 60 ? s.lowFlowSec + dt : 0;
  const satisfied = inf.deficit <= 0;
  const gaveUp = s.lowFlowSec >= P.giveUpAfterSec.value && onSide >= P.minFeedSec.value;
  const timeUp = onSide >= c.minutesPerBreast * 60;
  const oneSided = s.pattern === 'block' || s.pattern === 'leftOnly' || s.pattern === 'rightOnly';
  const bothWanted =
    s.pattern === 'bothSides' && !s.switched && onSide >= (c.minutesPerBreast * 60) / 2;
  if (satisfied && !(s.pattern === 'bothSides' && !s.switched && !bothWanted)) {
    endSession(c, st, s, t);
    return;
  }
  if (!(gaveUp || timeUp || (bothWanted && satisfied))) return;
  // Kent 2006: most meals are one breast; the second is taken only while still hungry.
  const stillHungry = inf.deficit > P.secondBreastHungerFraction.value * meal;
  const next = other(side);
  if (!s.switched && !oneSided && (stillHungry || bothWanted) && sessionOn(st, next) === null) {
    s.switched = true;
    s.side = next;
    s.sideStartSec = t;
    s.lowFlowSec = 0;
    if (s.stats !== null) {
      s.stats.noteAvailable(next, available(breastOf(st, next)));
      s.stats.breastfeeds++;
    }
    emit(st, t, 'latch', next, 'Second breast');
  } else endSession(c, st, s, t);
}

function cue(st: EngineState, t: number, detail: string): void {
  startPulse(st.h, t, CUE_PEAK);
  emit(st, t, 'oxytocinPulse', undefined, detail);
}

/** A free breast for an infant by the plan, or null when the plan's breast(s) are in use. */
function freeSideFor(c: EngineConfig, st: EngineState, inf: InfantState, t: number): Side | null {
  const plan = planAt(c, t);
  const first = chooseFirstSide(plan, inf.lastFirstSide, t);
  if (sessionOn(st, first) === null) return first;
  if (plan.pattern === 'leftOnly' || plan.pattern === 'rightOnly') return null;
  const alt = other(first);
  return sessionOn(st, alt) === null ? alt : null;
}

/** Plan changes that hold off feeding: a feed-free stretch, or stopping altogether (weaning). */
function applyPlanChanges(c: EngineConfig, st: EngineState, t: number): void {
  const f = st.feeding;
  let ch = c.planChanges[f.changeIdx];
  while (ch !== undefined && ch.atSec <= t + 1e-9) {
    if (ch.noFeedsForHours !== undefined) {
      const until = ch.atSec + ch.noFeedsForHours * 3600;
      f.noFeedBefore = Math.max(f.noFeedBefore, until);
      // A scheduled feed falling in the stretch is missed, not delayed.
      while (c.plan !== 'onDemand' && c.plan !== 'explicit' && f.nextScheduled < until)
        f.nextScheduled += c.intervalSec;
    }
    if (ch.stopFeeding === true) f.stopped = true;
    ch = c.planChanges[++f.changeIdx];
  }
}

function nextPlanned(c: EngineConfig, st: EngineState): PlannedSession | undefined {
  const extra = st.feeding.extra[0];
  const planned = c.planned[st.feeding.plannedIdx];
  if (extra === undefined) return planned;
  if (planned === undefined) return extra;
  return extra.atSec <= planned.atSec ? extra : planned;
}

function takePlanned(c: EngineConfig, st: EngineState, p: PlannedSession): void {
  if (st.feeding.extra[0] === p) st.feeding.extra.shift();
  else if (c.planned[st.feeding.plannedIdx] === p) st.feeding.plannedIdx++;
}

function sidesFree(st: EngineState, side: SessionSide | null): boolean {
  return sidesOf(side).every((sd) => sessionOn(st, sd) === null);
}

/** An infant that is due to feed takes a free breast (by the plan), or waits for one. */
function latchIfFree(c: EngineConfig, st: EngineState, t: number, i: number, stress: number): void {
  const inf = st.infants[i];
  if (inf === undefined || inf.session !== null) return;
  const side = freeSideFor(c, st, inf, t);
  if (side === null) return;
  beginSession(c, st, t, 'latch', side, {
    infant: i,
    durationSec: null,
    babyPresent: true,
    primed: true,
    stress,
  });
}

/**
 * Starts what is due at the end of the step in st.clock: explicit sessions, then the clock, then
 * the infants' hunger.
 */
export function startSessions(c: EngineConfig, st: EngineState, stress: number): void {
  const t = st.clock.to;
  const f = st.feeding;
  applyPlanChanges(c, st, t);
  const born = t >= c.birthSec - 1e-9;

  const p = nextPlanned(c, st);
  if (p !== undefined && t >= p.atSec - 1e-9) {
    if (sidesFree(st, p.side)) {
      takePlanned(c, st, p);
      const idx =
        p.kind === 'latch'
          ? Math.max(
              0,
              st.infants.findIndex((x) => x.session === null),
            )
          : -1;
      const inf = st.infants[idx];
      if (p.kind === 'latch' && inf !== undefined && inf.session !== null) {
        // Every infant is already feeding: the event waits for a free infant.
      } else {
        beginSession(c, st, t, p.kind, p.side, {
          infant: idx,
          durationSec: p.durationSec,
          babyPresent: p.babyPresent,
          primed: p.babyPresent && p.kind !== 'skinToSkin',
          stress,
        });
        if (inf !== undefined) inf.deficit = Math.max(inf.deficit, 0);
      }
    }
  } else if (
    p !== undefined &&
    p.babyPresent &&
    p.kind !== 'skinToSkin' &&
    t >= p.atSec - CUE_LEAD - 1e-9 &&
    st.h.otReleaseUntil < p.atSec - CUE_LEAD
  ) {
    cue(st, t, 'Conditioned release (baby cues)');
    st.h.otReleaseUntil = Math.max(st.h.otReleaseUntil, t + 1e-3);
  }

  if (!born || f.stopped) return;
  if (c.plan === 'scheduled' || c.plan === 'exclusivePumping') {
    if (t >= f.nextScheduled - 1e-9) {
      f.nextScheduled += c.intervalSec;
      if (t < f.noFeedBefore - 1e-9) return;
      if (c.plan === 'exclusivePumping') {
        if (sidesFree(st, 'both')) {
          beginSession(c, st, t, 'pump', 'both', {
            infant: -1,
            durationSec: c.minutesPerBreast * 60,
            babyPresent: false,
            primed: false,
            stress,
          });
        }
        return;
      }
      for (let i = 0; i < st.infants.length; i++) latchIfFree(c, st, t, i, stress);
    } else if (
      c.plan === 'scheduled' &&
      t >= f.nextScheduled - CUE_LEAD - 1e-9 &&
      st.h.otReleaseUntil < f.nextScheduled - CUE_LEAD &&
      t >= f.noFeedBefore
    ) {
      cue(st, t, 'Conditioned release (baby cues)');
      st.h.otReleaseUntil = Math.max(st.h.otReleaseUntil, t + 1e-3);
    }
    return;
  }
  if (c.plan !== 'onDemand') return;
  for (let i = 0; i < st.infants.length; i++) {
    const inf = st.infants[i] as InfantState;
    if (inf.session !== null) continue;
    if (inf.cueAt !== null) {
      if (t >= inf.cueAt + CUE_LEAD - 1e-9) latchIfFree(c, st, t, i, stress);
      continue;
    }
    const firstFeed = f.sessionCount === 0 && t >= c.firstFeedSec - 1e-9 && c.firstFeedSec >= 0;
    const hungry = inf.deficit >= inf.trigger - 1e-9 && t >= c.firstFeedSec - 1e-9;
    if (
      (firstFeed || hungry) &&
      t >= f.noFeedBefore - 1e-9 &&
      t >= inf.lastMealEnd + P.minFeedGapMin.value * 60 - 1e-9
    ) {
      // Hunger cues: the conditioned oxytocin rise starts before the latch (McNeilly 1983).
      inf.cueAt = t;
      if (firstFeed) inf.deficit = Math.max(inf.deficit, inf.trigger);
      cue(st, t, 'Conditioned release (baby cues)');
    }
  }
}

/** x if it lies after t, else Infinity (a moment already passed does not limit the step). */
function laterThan(t: number, x: number): number {
  return x > t + 1e-9 ? x : Infinity;
}

/** The next moment after st.clock.from the feeding plan needs the loop to stop at (Infinity when none). */
export function nextFeedingMoment(c: EngineConfig, st: EngineState): number {
  const t = st.clock.from;
  const needPerSec = st.clock.needPerSec;
  const f = st.feeding;
  let m = Infinity;
  const p = nextPlanned(c, st);
  if (p !== undefined) {
    m = Math.min(m, laterThan(t, p.atSec - CUE_LEAD), laterThan(t, p.atSec));
    if (p.atSec <= t + 1e-9 && sidesFree(st, p.side)) m = Math.min(m, t + 1e-6);
  }
  if ((c.plan === 'scheduled' || c.plan === 'exclusivePumping') && !f.stopped) {
    m = Math.min(m, laterThan(t, f.nextScheduled - CUE_LEAD), laterThan(t, f.nextScheduled));
  }
  const ch = c.planChanges[f.changeIdx];
  if (ch !== undefined) m = Math.min(m, laterThan(t, ch.atSec));
  if (c.plan === 'onDemand' && !f.stopped) {
    m = Math.min(m, laterThan(t, c.firstFeedSec));
    for (const inf of st.infants) {
      if (inf.session !== null) continue;
      if (inf.cueAt !== null) {
        // Past its time it waits for a breast to come free, which a session's end brings.
        m = Math.min(m, laterThan(t, inf.cueAt + CUE_LEAD));
        continue;
      }
      if (needPerSec <= 0) continue;
      const tTrig = Math.max(
        t + (inf.trigger - inf.deficit) / needPerSec,
        f.noFeedBefore,
        inf.lastMealEnd + P.minFeedGapMin.value * 60,
        c.firstFeedSec,
      );
      m = Math.min(m, Math.max(tTrig, t + 1e-6));
    }
  }
  return m;
}
