// A breast that stops being emptied involutes, and recovers when removal resumes early.
import { describe, expect, it } from 'vitest';
import { channelAt } from '../../../src-main/sim/validation/index';
import { runModel } from '../../../src-main/sim/simulate';
import { minimal } from './engine-state';

const DAY = 86_400;

describe('involution and recovery', () => {
  it('7 days without any milk removal at 3 months: supply collapses, then recovers once feeds resume', () => {
    // No feeds (nor pumping) for the first 7 days of a 29-day run from 3 months, then on demand.
    const r = runModel({
      ...minimal,
      start: { postpartumHours: 90 * 24 },
      durationHours: 29 * 24,
      feeding: { plan: 'onDemand', changes: [{ atMinutes: 0, noFeedsForHours: 7 * 24 }] },
    });
    const supply = (day: number) => channelAt(r.trace, r.trace.channels.supplyMlPerDay, day * DAY);
    const before = supply(0);
    const afterGap = supply(7);
    const recovered = supply(29);
    expect(afterGap, 'supply at the end of the gap').toBeLessThan(0.15 * before);
    expect(recovered, 'supply 3 weeks after feeds resume').toBeGreaterThan(0.9 * before);
    expect(recovered).toBeGreaterThan(10 * afterGap);
  });

  it('one breast left unused for 7 days at 3 months makes more again once it is fed', () => {
    const r = runModel({
      ...minimal,
      start: { postpartumHours: 90 * 24 },
      durationHours: 29 * 24,
      feeding: {
        plan: 'onDemand',
        changes: [
          { atMinutes: 0, pattern: 'leftOnly' },
          { atMinutes: 7 * 1440, pattern: 'alternate' },
        ],
      },
    });
    const right = (day: number) =>
      channelAt(r.trace, r.trace.channels.rightSupplyMlPerDay, day * DAY);
    expect(right(7), 'the unused breast falls').toBeLessThan(0.85 * right(0));
    expect(right(29), 'and rises once it is fed').toBeGreaterThan(1.1 * right(7));
  });
});
