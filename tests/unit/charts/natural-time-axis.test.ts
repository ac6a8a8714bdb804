import { describe, expect, it } from 'vitest';
import { naturalTimeAxis } from '../../../src-main/charts/index';
import { feedStarts } from '../../../src-main/charts/natural-time-axis';
import type { SimEvent } from '../../../src-main/sim/trace';

const H = 3600;
const latch = (h: number): SimEvent => ({ atSeconds: h * H, kind: 'latch', side: 'left' });

describe('the natural time axis', () => {
  it('counts minutes from the start of the feed a beat is about, negative before the latch', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: 2 * H,
      startPostpartumHours: 42 * 24,
      events: [latch(0.5), latch(0.6), latch(1.5)],
      momentSec: 0.55 * H,
      maxTicks: 8,
    });
    expect(axis.title).toBe('Minutes from the start of the feed');
    expect(axis.ticks.map((t) => t.label)).toEqual(['−20', '0', '20', '40', '60', '80']);
    expect(axis.ticks[1]?.sec).toBe(0.5 * H);
  });

  it('takes the first feed in the stretch when the moment comes before it', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: H,
      startPostpartumHours: 100,
      events: [latch(0.2)],
      momentSec: 0.05 * H,
      maxTicks: 5,
    });
    expect(axis.ticks.find((t) => t.label === '0')?.sec).toBe(0.2 * H);
  });

  it('counts from a feed begun shortly before the stretch, for a beat on its later part', () => {
    const axis = naturalTimeAxis({
      fromSec: 0.5 * H,
      toSec: 0.75 * H,
      startPostpartumHours: 42 * 24,
      events: [latch(0.25)],
      momentSec: 0.6 * H,
      maxTicks: 4,
    });
    expect(axis.title).toBe('Minutes from the start of the feed');
    expect(axis.ticks.map((t) => t.label)).toEqual(['15', '20', '25', '30']);
  });

  it('counts from the start of pumping when the session is a pump, not a feed', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: 0.5 * H,
      startPostpartumHours: 42 * 24,
      events: [{ atSeconds: 0.1 * H, kind: 'pumpStart' }],
      maxTicks: 5,
    });
    expect(axis.title).toBe('Minutes from the start of pumping');
    expect(axis.ticks.find((t) => t.label === '0')?.sec).toBe(0.1 * H);
  });

  it('treats the second breast of a feed as the same feed', () => {
    expect(feedStarts([latch(1), latch(1.3), latch(4)])).toEqual([1 * H, 4 * H]);
  });

  it('says the time of day in an established day, with the day at midnight', () => {
    // The run starts at 06:00 of day 42.
    const axis = naturalTimeAxis({
      fromSec: 12 * H,
      toSec: 24 * H,
      startPostpartumHours: 42 * 24 + 6,
      events: [],
      maxTicks: 3,
    });
    expect(axis.title).toBe('Time of day');
    expect(axis.ticks.map((t) => t.label)).toEqual(['18:00', 'day 43', '06:00']);
  });

  it('names the day when a stretch lies within one', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: 6 * H,
      startPostpartumHours: 42 * 24 + 6,
      events: [],
      maxTicks: 3,
    });
    expect(axis.title).toBe('Time of day, day 42');
    expect(axis.ticks.map((t) => t.label)).toEqual(['06:00', '09:00', '12:00']);
  });

  it('counts hours after birth in the first three days', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: 12 * H,
      startPostpartumHours: -2,
      events: [],
      maxTicks: 5,
    });
    expect(axis.title).toBe('Hours after birth');
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '3', '6', '9']);
    expect(axis.ticks[0]?.sec).toBe(2 * H);
  });

  it('counts days after birth over weeks, never more ticks than fit', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: 30 * 24 * H,
      startPostpartumHours: 6 * 7 * 24,
      events: [latch(1)],
      maxTicks: 5,
    });
    expect(axis.title).toBe('Days after birth');
    // Days 42 to 72: every tenth day (weekly ticks would be six).
    expect(axis.ticks.map((t) => t.label)).toEqual(['day 50', 'day 60', 'day 70']);
  });

  it('says days when every tick falls on a midnight', () => {
    const axis = naturalTimeAxis({
      fromSec: 0,
      toSec: 60 * H,
      startPostpartumHours: 10 * 24 + 1,
      events: [],
      maxTicks: 3,
    });
    expect(axis.ticks.map((t) => t.label)).toEqual(['day 11', 'day 12']);
    expect(axis.title).toBe('Days after birth');
  });
});
