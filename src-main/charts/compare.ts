// Compare: fork the open case at the current time with one change, and summarise how the two runs
// differ. Every change takes effect at the fork (a session added now, a pill started now, the
// retained placenta removed now, or the feeding plan changed from now on through the scenario's
// `feeding.changes`), so both runs share their history up to the fork.
import type { PlanChange, Scenario } from '../sim/scenario';
import { removedAfter, type RemovedWindow } from '../sim/summary';
import type { Trace } from '../sim/trace';
import { localNumber, makeSay, type Say } from './chart-words';

export type ForkChange =
  | { kind: 'pumpNow'; durationMinutes: number }
  | { kind: 'extraFeedNow'; side: 'left' | 'right'; durationMinutes: number }
  | { kind: 'skinToSkinNow'; durationMinutes: number }
  | { kind: 'startPillNow'; type: 'combined' | 'progestinOnly' }
  | { kind: 'removePlacentaNow' }
  | { kind: 'blockFeedingFromNow'; blockHours: number }
  | { kind: 'pumpAfterFeedsFromNow'; durationMinutes: number }
  | { kind: 'skipNightFeeds'; hours: number };

/** Human wording of a change, for the legend and the summary heading. */
export function describeChange(change: ForkChange, say: Say = makeSay()): string {
  switch (change.kind) {
    case 'pumpNow':
      return say('Double pumping for {{minutes}} min', { minutes: change.durationMinutes });
    case 'extraFeedNow':
      return change.side === 'left'
        ? say('Extra left breastfeed ({{minutes}} min)', { minutes: change.durationMinutes })
        : say('Extra right breastfeed ({{minutes}} min)', { minutes: change.durationMinutes });
    case 'skinToSkinNow':
      return say('Skin-to-skin for {{minutes}} min', { minutes: change.durationMinutes });
    case 'startPillNow':
      return say(
        change.type === 'combined' ? 'Combined pill started' : 'Progestin-only pill started',
      );
    case 'removePlacentaNow':
      return say('Retained placenta removed');
    case 'blockFeedingFromNow':
      return say('Block feeding ({{hours}} h per side) from now', { hours: change.blockHours });
    case 'pumpAfterFeedsFromNow':
      return say('Pumping {{minutes}} min after every feed from now', {
        minutes: change.durationMinutes,
      });
    case 'skipNightFeeds':
      return say('Night feeds missed: no feeds for {{hours}} h', { hours: change.hours });
  }
}

/**
 * Whether the change makes sense for this scenario: only a retained placenta can be removed; a
 * side pattern or missed feeds need a plan the engine makes (an explicit plan is the teacher's own
 * list of sessions); block feeding only when not already blocking.
 */
export function changeApplies(scenario: Scenario, change: ForkChange): boolean {
  const { plan, pattern } = scenario.feeding;
  switch (change.kind) {
    case 'removePlacentaNow':
      return (scenario.mother?.conditions ?? []).some((c) => c.kind === 'retainedPlacenta');
    case 'blockFeedingFromNow':
      return plan !== 'explicit' && pattern !== 'block';
    case 'skipNightFeeds':
      return plan !== 'explicit';
    default:
      return true;
  }
}

/** The fork: the same scenario with the change applied from `atSec` (model seconds) on. */
export function forkScenario(scenario: Scenario, atSec: number, change: ForkChange): Scenario {
  const atMinutes = Math.round(atSec / 60);
  const postpartumHours = scenario.start.postpartumHours + atSec / 3600;
  const name = `${scenario.name} — fork: ${describeChange(change)}`.slice(0, 200);
  const withEvent = (event: NonNullable<Scenario['feeding']['events']>[number]): Scenario => ({
    ...scenario,
    name,
    feeding: {
      ...scenario.feeding,
      events: [...(scenario.feeding.events ?? []), event],
    },
  });
  const withChange = (c: Omit<PlanChange, 'atMinutes'>): Scenario => ({
    ...scenario,
    name,
    feeding: {
      ...scenario.feeding,
      changes: [...(scenario.feeding.changes ?? []), { atMinutes, ...c }],
    },
  });
  switch (change.kind) {
    case 'blockFeedingFromNow':
      return withChange({ pattern: 'block', blockHours: change.blockHours });
    case 'pumpAfterFeedsFromNow':
      return withChange({ pumpAfterFeedsMinutes: change.durationMinutes });
    case 'skipNightFeeds':
      return withChange({ noFeedsForHours: change.hours });
    case 'pumpNow':
      return withEvent({
        atMinutes,
        kind: 'pump',
        side: 'both',
        durationMinutes: change.durationMinutes,
      });
    case 'extraFeedNow':
      return withEvent({
        atMinutes,
        kind: 'latch',
        side: change.side,
        durationMinutes: change.durationMinutes,
      });
    case 'skinToSkinNow':
      return withEvent({ atMinutes, kind: 'skinToSkin', durationMinutes: change.durationMinutes });
    case 'startPillNow':
      return {
        ...scenario,
        name,
        mother: {
          ...scenario.mother,
          conditions: [
            ...(scenario.mother?.conditions ?? []).filter(
              (c) => c.kind !== 'hormonalContraception',
            ),
            { kind: 'hormonalContraception', type: change.type, startHours: postpartumHours },
          ],
        },
      };
    case 'removePlacentaNow':
      return {
        ...scenario,
        name,
        mother: {
          ...scenario.mother,
          conditions: (scenario.mother?.conditions ?? []).map((c) =>
            c.kind === 'retainedPlacenta' ? { ...c, removedAtHours: postpartumHours } : c,
          ),
        },
      };
  }
}

export interface DifferenceRow {
  label: string;
  unit: string;
  base: number | null;
  fork: number | null;
}

/** The short summary of differences after the fork: production, fat, supply at the end. */
export function compareRuns(
  base: Trace,
  fork: Trace,
  atSec: number,
  say: Say = makeSay(),
): DifferenceRow[] {
  // The engine's exact totals, as in the report's summary (not the decimated flow channels).
  const a = removedAfter(base, atSec);
  const b = removedAfter(fork, atSec);
  const per24h = (x: RemovedWindow) => (x.hours > 0 ? x.removedPer24hMl : null);
  const last = (tr: Trace) => tr.channels.supplyMlPerDay[tr.channels.supplyMlPerDay.length - 1];
  const days = a.hours / 24;
  const after =
    days >= 1
      ? say('{{days}} days', { days: localNumber(days.toFixed(days < 10 ? 1 : 0), say) })
      : say('{{hours}} h', { hours: localNumber(a.hours.toFixed(1), say) });
  return [
    {
      label: say('Milk removed per 24 h after the fork'),
      unit: 'mL',
      base: per24h(a),
      fork: per24h(b),
    },
    {
      label: say('Mean fat of milk removed after the fork'),
      unit: 'g/L',
      base: a.fatWeightedGPerL,
      fork: b.fatWeightedGPerL,
    },
    {
      label: say('Supply after {{time}}', { time: after }),
      unit: 'mL/day',
      base: last(base) ?? null,
      fork: last(fork) ?? null,
    },
  ];
}
