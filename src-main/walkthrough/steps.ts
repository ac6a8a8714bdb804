// The parent walkthrough: which steps a case's story needs and the moment of the trace each one
// shows. Pure: the scenario says which steps apply, the trace says when. Texts live in the message
// catalogs (resources/content/parent/<lang>.json, keys `steps.<kind>.title|caption`); a step only
// carries the numbers its caption fills in. Units: seconds of model time.
import {
  WALKTHROUGH_BEAT,
  walkthroughBeatSchema,
  type StepKind,
  type StoredStep,
  type WalkthroughBeat,
} from '../contract/parent';
import { withDefaults } from '../sim/defaults';
import type { Scenario } from '../sim/scenario';
import type { EventKind, Trace } from '../sim/trace';
import { parentQuantities } from './quantities';

export interface WalkthroughStep {
  kind: StepKind;
  atSeconds: number;
  /** Values for the caption's placeholders, already rounded for a parent. */
  params: Record<string, number>;
  /** The clinician's own words; absent = the catalog text. */
  title?: string;
  caption?: string;
  note?: string;
}

/** Below this storage capacity (mL per breast) the "small storage" step applies. */
const SMALL_STORAGE_ML = 150;
/** Above this starting supply (mL/day) the case is about oversupply. */
const OVERSUPPLY_ML_PER_DAY = 1200;

function firstEvent(trace: Trace, kinds: EventKind[]): number | null {
  const e = trace.events.find((ev) => kinds.includes(ev.kind));
  return e ? e.atSeconds : null;
}

/** Steps that apply to this case, in story order, each tied to a moment of the trace. */
export function generateSteps(scenario: Scenario, trace: Trace): WalkthroughStep[] {
  const end = trace.durationSec;
  const clamp = (t: number) => Math.min(end, Math.max(0, t));
  const firstSession = firstEvent(trace, ['latch', 'pumpStart']);
  const latch = firstSession ?? 0;
  const pump = firstEvent(trace, ['pumpStart']);
  const steps: WalkthroughStep[] = [];
  const add = (kind: StepKind, at: number | null, params: Record<string, number> = {}) => {
    steps.push({ kind, atSeconds: clamp(at ?? latch), params });
  };
  const mother = withDefaults(scenario).mother;
  const conditions = mother.conditions;
  const has = <K extends (typeof conditions)[number]['kind']>(kind: K) =>
    conditions.find((c) => c.kind === kind) as
      Extract<(typeof conditions)[number], { kind: K }> | undefined;
  const days = Math.max(0, Math.round(trace.startPostpartumHours / 24));
  const said = parentQuantities(trace);

  add('intro', 0, { days });
  if (trace.startPostpartumHours < 24) {
    add('birth', firstEvent(trace, ['placentaDelivered', 'progesteroneWithdrawal']) ?? 0);
  }
  const placenta = has('retainedPlacenta');
  if (placenta) {
    add('retainedPlacenta', (placenta.removedAtHours - trace.startPostpartumHours) * 3600, {
      days: Math.round(placenta.removedAtHours / 24),
    });
  }
  const comesIn = firstEvent(trace, ['milkComesIn']);
  if (comesIn !== null)
    add('milkComesIn', comesIn, {
      days: Math.round((trace.startPostpartumHours + comesIn / 3600) / 24),
    });
  if (has('sheehanSyndrome')) add('sheehan', latch);
  // A story that starts with the pump, not the baby, says so (a run of pumping alone has no latch).
  const pumpFirst = pump !== null && firstSession === pump;
  add('latch', latch, pumpFirst ? { pump: 1 } : {});
  add('prolactin', firstEvent(trace, ['prolactinRelease']));
  const stress = has('stress');
  const letDown = firstEvent(trace, ['ejectionStart']);
  add('letDown', letDown, {
    // To 10 s: a parent needs "about a minute", not the model's precision.
    seconds: Math.round((trace.summary.firstEjectionLatencySec ?? 60) / 10) * 10,
  });
  if (stress) add('stress', letDown);
  const surgery = has('breastSurgery');
  if (surgery) add('surgery', latch, { percent: Math.round(surgery.lobesAffectedFraction * 100) });
  const pill = has('hormonalContraception');
  if (pill) {
    add('contraception', (pill.startHours - trace.startPostpartumHours) * 3600, {
      combined: pill.type === 'combined' ? 1 : 0,
    });
  }
  const capacity = mother.storageCapacityMl;
  if (Math.min(capacity.left, capacity.right) < SMALL_STORAGE_ML) add('smallStorage', latch);
  if (
    scenario.feeding.pattern === 'block' ||
    (mother.supplyMlPerDay ?? 0) > OVERSUPPLY_ML_PER_DAY
  ) {
    add('oversupply', latch);
  }
  if (pump !== null) add('pumping', pump);
  add(
    'moreOutMoreMade',
    firstEvent(trace, ['supplyUp', 'supplyDown']) ?? firstEvent(trace, ['sessionEnd']),
    {
      amount: said.supplyEndMlPerDay,
    },
  );
  add('pattern', end, {
    feeds: said.feedsPerDay,
    pumps: said.pumpsPerDay,
    amount: said.removedPer24hMl,
  });
  return steps;
}

/** The walkthrough as the clinician left it: their choice, order and words over the generated steps. */
export function applyEdits(
  generated: WalkthroughStep[],
  beat: WalkthroughBeat | null,
): WalkthroughStep[] {
  if (!beat) return generated;
  const byKind = new Map(generated.map((s) => [s.kind, s]));
  const out: WalkthroughStep[] = [];
  for (const stored of beat.steps) {
    const step = byKind.get(stored.kind);
    // A saved step whose moment no longer exists in the trace (the scenario changed) is dropped.
    if (step) out.push(withWords(step, stored));
  }
  return out;
}

function withWords(step: WalkthroughStep, stored: StoredStep): WalkthroughStep {
  return {
    ...step,
    ...(stored.title ? { title: stored.title } : {}),
    ...(stored.caption ? { caption: stored.caption } : {}),
    ...(stored.note ? { note: stored.note } : {}),
  };
}

/** What to store for the current steps: kinds in order plus the clinician's own words. */
export function toBeat(steps: WalkthroughStep[], notes: string): WalkthroughBeat {
  return {
    type: 'parentWalkthrough',
    notes,
    steps: steps.map((s) => ({
      kind: s.kind,
      ...(s.title ? { title: s.title } : {}),
      ...(s.caption ? { caption: s.caption } : {}),
      ...(s.note ? { note: s.note } : {}),
    })),
  };
}

/** The case's saved walkthrough, if it has a valid one (an invalid beat is ignored, not fatal). */
export function walkthroughOf(beats: readonly Record<string, unknown>[]): WalkthroughBeat | null {
  for (const beat of beats) {
    if (beat['type'] !== WALKTHROUGH_BEAT) continue;
    const parsed = walkthroughBeatSchema.safeParse(beat);
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** The beats with the walkthrough replaced; beats of other kinds are kept as they are. */
export function withWalkthrough(
  beats: readonly Record<string, unknown>[],
  beat: WalkthroughBeat,
): Record<string, unknown>[] {
  return [...beats.filter((b) => b['type'] !== WALKTHROUGH_BEAT), { ...beat }];
}
