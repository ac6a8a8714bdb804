// The run's fixed configuration, derived once from the scenario: pure, read-only, tested alone.
// Units: seconds of model time from the scenario's t = 0 (…Sec), hours (…H), mL, mL/h (sigma),
// ng/mL and pg/mL for hormones, per-second rate constants (k…).
import { withDefaults, type ResolvedScenario } from './defaults';
import { PARAMETERS as P } from './parameters';
import { powerOf } from './pow';
import { mulberry32, normal } from './prng';
import type { PlanChange, Scenario, SidePattern } from './scenario';
import { AGE_TABLES, fromTable } from './tables';
import type { Side } from './trace';

const DAY = 86_400;
/** Median of an Erlang(4) distribution in units of its stage time constant. */
const ERLANG4_MEDIAN = 3.672;
const weightPower = powerOf(P.needWeightExponent.value);

export type SessionKind = 'latch' | 'pump' | 'skinToSkin';
export type SessionSide = Side | 'both';

/** A session fixed in advance: an explicit event of the scenario (or pumping after a feed). */
export interface PlannedSession {
  atSec: number;
  kind: SessionKind;
  side: SessionSide | null;
  durationSec: number;
  babyPresent: boolean;
}

export interface TimedPlanChange extends PlanChange {
  atSec: number;
}

export interface Window {
  fromSec: number;
  untilSec: number;
}

export interface EngineConfig {
  readonly resolved: ResolvedScenario;
  readonly durationSec: number;
  /** Postpartum hours at t = 0. */
  readonly startPP: number;
  readonly birthSec: number;
  readonly placentaSec: number;
  readonly retainedPlacenta: boolean;
  /** Anterior pituitary output left after Sheehan syndrome (posterior spared). */
  readonly pituitary: number;
  readonly stress: readonly (Window & { level: number })[];
  readonly contraceptions: readonly { startSec: number; effect: number }[];
  readonly lobesIntact: readonly [number, number];
  readonly capacityMl: readonly [number, number];
  /** Secretory capacity per breast at t = 0 (mL/h at the fullness set point). */
  readonly sigma0: readonly [number, number];
  /** Secretory activation: stage time constant (s) and the first stage progesterone holds. */
  readonly stageTauSec: number;
  readonly firstGatedStage: number;
  readonly infantCount: number;
  /** Need multiplier from the infant's weight (or a stated appetite) relative to the curve. */
  readonly needScale: number;
  readonly appetiteChanges: readonly (Window & { factor: number })[];
  readonly maxIntakeFixedMlPerMin: number | null;
  readonly plan: Scenario['feeding']['plan'];
  readonly pattern: SidePattern;
  readonly blockHours: number;
  readonly intervalSec: number;
  readonly minutesPerBreast: number;
  readonly planned: readonly PlannedSession[];
  readonly planChanges: readonly TimedPlanChange[];
  readonly firstFeedSec: number;
  readonly seed: number;
}

/** Variation between mothers, drawn by the validation population (not part of the scenario). */
export interface Individual {
  /** Standard-normal draw for the timing of secretory activation. */
  activationZ: number;
}

function needScaleFor(r: ResolvedScenario, startDay: number): number {
  if (r.infant.appetiteMlPerDay !== null) {
    return (
      r.infant.appetiteMlPerDay /
      fromTable(AGE_TABLES.needMlPerDay, Math.max(P.appetiteReferenceDay.value, startDay))
    );
  }
  if (r.infant.weightKg !== null) {
    return weightPower(
      r.infant.weightKg / fromTable(AGE_TABLES.medianWeightKg, Math.max(0, startDay)),
    );
  }
  return 1;
}

function explicitSessions(r: ResolvedScenario, durationSec: number): PlannedSession[] {
  const out: PlannedSession[] = [];
  for (const e of r.feeding.events) {
    const atSec = e.atMinutes * 60;
    if (atSec >= durationSec) continue;
    out.push({
      atSec,
      kind: e.kind,
      side: e.kind === 'skinToSkin' ? null : e.side,
      durationSec: e.durationMinutes * 60,
      // A latch or skin-to-skin means the baby is there; a pump only when stated.
      babyPresent: e.kind === 'pump' ? e.babyPresent === true : true,
    });
  }
  return out
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.atSec - b.s.atSec || a.i - b.i)
    .map((x) => x.s);
}

function activationDelayH(r: ResolvedScenario, stressAtBirth: number): number {
  let h = 0;
  if (r.mother.firstBirth) h += P.firstBirthDelayH.value;
  if (r.birth.mode === 'caesarean') h += P.caesareanDelayH.value;
  if (r.mother.diabetes === 'type1') h += P.diabetesType1DelayH.value;
  if (r.mother.bmi !== null && r.mother.bmi >= P.obesityBmi.value) h += P.obesityDelayH.value;
  return h + P.stressDelayH.value * stressAtBirth;
}

export function deriveConfig(scenario: Scenario, individual?: Individual): EngineConfig {
  const r = withDefaults(scenario);
  const startPP = r.startPostpartumHours;
  const durationSec = Math.round(r.durationHours * 3600);
  const birthSec = -startPP * 3600;

  let sheehan = 0;
  let retainedUntilH: number | null = null;
  const lobes: [number, number] = [1, 1];
  const stress: (Window & { level: number })[] = [];
  const contraceptions: { startSec: number; effect: number }[] = [];
  for (const c of r.mother.conditions) {
    if (c.kind === 'sheehanSyndrome') sheehan = Math.max(sheehan, c.severity);
    else if (c.kind === 'retainedPlacenta') retainedUntilH = c.removedAtHours;
    else if (c.kind === 'breastSurgery') {
      if (c.side !== 'right') lobes[0] *= 1 - c.lobesAffectedFraction;
      if (c.side !== 'left') lobes[1] *= 1 - c.lobesAffectedFraction;
    } else if (c.kind === 'stress') {
      const fromSec = c.startHours === undefined ? -Infinity : (c.startHours - startPP) * 3600;
      const untilSec = c.durationHours === undefined ? Infinity : fromSec + c.durationHours * 3600;
      stress.push({ level: c.level, fromSec, untilSec });
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
  const placentaH = retainedUntilH ?? r.birth.placentaDeliveredAtHours;
  const stressAtBirth = stress
    .filter((s) => s.fromSec <= birthSec && s.untilSec > birthSec)
    .reduce((m, s) => Math.max(m, s.level), 0);

  // The mother's own capacity: from the scenario, else typical for her postpartum age. Never the
  // baby's appetite: supply changes only by removal (breasts.ts).
  const startDay = startPP / 24;
  const supply =
    r.mother.supplyMlPerDay ?? fromTable(AGE_TABLES.motherSupplyMlPerDay, Math.max(0, startDay));
  const sigma = supply / 48;
  const caps = r.mother.storageCapacityMl;
  const capacityMl: [number, number] = [
    Math.max(P.storageCapacityMinMl.value, caps.left * lobes[0]),
    Math.max(P.storageCapacityMinMl.value, caps.right * lobes[1]),
  ];

  const baseTauH =
    P.activationStageTauH.value *
    Math.exp(P.activationSpreadSd.value * (individual?.activationZ ?? 0));
  const stageTauH = baseTauH + activationDelayH(r, stressAtBirth) / ERLANG4_MEDIAN;

  const appetiteChanges = r.infant.appetiteChanges.map((c) => {
    const fromSec = (c.atHours - startPP) * 3600;
    return {
      factor: c.factor,
      fromSec,
      untilSec: c.durationHours === null ? Infinity : fromSec + c.durationHours * 3600,
    };
  });

  return Object.freeze({
    resolved: r,
    durationSec,
    startPP,
    birthSec,
    placentaSec: (placentaH - startPP) * 3600,
    retainedPlacenta: retainedUntilH !== null,
    pituitary: 1 - sheehan,
    stress,
    contraceptions,
    lobesIntact: lobes,
    capacityMl,
    sigma0: [sigma, sigma] as const,
    stageTauSec: stageTauH * 3600,
    firstGatedStage: 4 - P.activationProgesteroneGatedStages.value,
    infantCount: r.infant.count,
    needScale: needScaleFor(r, startDay),
    appetiteChanges,
    maxIntakeFixedMlPerMin: r.infant.maxIntakeMlPerMin,
    plan: r.feeding.plan,
    pattern: r.feeding.pattern,
    blockHours: r.feeding.blockHours,
    intervalSec: r.feeding.intervalHours * 3600,
    minutesPerBreast: r.feeding.minutesPerBreast,
    planned: explicitSessions(r, durationSec),
    planChanges: r.feeding.changes
      .map((c) => ({ ...c, atSec: c.atMinutes * 60 }))
      .sort((a, b) => a.atSec - b.atSec),
    firstFeedSec: birthSec + r.birth.firstFeedAtHours * 3600,
    seed: r.feeding.seed,
  });
}

/** A population draw of individual variation from a seed (validation only). */
export function drawIndividual(seed: number): Individual {
  return { activationZ: normal(mulberry32(seed ^ 0x5bd1e995), 0, 1) };
}

/** Stress level in force at time t (the largest of the stress conditions covering t). */
export function stressAt(c: EngineConfig, t: number): number {
  let level = 0;
  for (const s of c.stress)
    if (t >= s.fromSec && t < s.untilSec && s.level > level) level = s.level;
  return level;
}

/** The infant's appetite multiplier at time t (growth spurts and other timed changes). */
export function appetiteFactorAt(c: EngineConfig, t: number): number {
  let f = 1;
  for (const a of c.appetiteChanges) if (t >= a.fromSec && t < a.untilSec) f *= a.factor;
  return f;
}

/** Combined-pill loss of synthesis at time t, developing over weeks. */
export function contraceptionFactorAt(c: EngineConfig, t: number): number {
  let m = 1;
  for (const x of c.contraceptions) {
    if (t > x.startSec) {
      m *=
        1 -
        x.effect * (1 - Math.exp(-(t - x.startSec) / (P.contraceptionOnsetTauDays.value * DAY)));
    }
  }
  return m;
}

/** How far the combined pill's effect has developed at t (0 before it, → 1 over weeks). */
export function contraceptionOnsetAt(c: EngineConfig, t: number): number {
  let onset = 0;
  for (const x of c.contraceptions) {
    if (x.effect > 0 && t > x.startSec) {
      onset = Math.max(
        onset,
        1 - Math.exp(-(t - x.startSec) / (P.contraceptionOnsetTauDays.value * DAY)),
      );
    }
  }
  return onset;
}

export { DAY };
