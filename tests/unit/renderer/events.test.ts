import { describe, expect, it } from 'vitest';
import {
  eventsBetween,
  mostTelling,
  narrate,
  nextEvent,
  numberEvents,
  previousEvent,
} from '../../../src-renderer/features/timeline/events';
import { timelineWindow } from '../../../src-renderer/features/timeline/speeds';
import { syntheticTrace } from './syntheticTrace';

describe('timeline events', () => {
  const events = numberEvents(syntheticTrace().events);

  it('numbers ejections within a feed, counting both breasts at one moment once', () => {
    const starts = events.filter((e) => e.kind === 'ejectionStart').map((e) => e.ordinal);
    expect(starts).toEqual([1, 2, 2]);
  });

  it('narrates an ejection start with its number and cause', () => {
    const second = events.find((e) => e.kind === 'ejectionStart' && e.ordinal === 2)!;
    expect(narrate(second)).toBe('Milk ejection 2 started: oxytocin above threshold');
  });

  it('announces the most telling event passed while scrubbing', () => {
    const passed = eventsBetween(events, 10, 320);
    expect(mostTelling(passed)?.kind).toBe('ejectionStart');
  });

  it('steps to the next and previous event', () => {
    expect(nextEvent(events, 60)?.atSeconds).toBe(150);
    expect(previousEvent(events, 60)?.atSeconds).toBe(0);
    expect(nextEvent(events, 500)).toBeNull();
  });

  it('pages the zoomed window so the playhead stays inside', () => {
    for (const t of [0, 1000, 40000, 86000]) {
      const w = timelineWindow(t, 86400, 1800);
      expect(w.end - w.start).toBe(1800);
      expect(t).toBeGreaterThanOrEqual(w.start);
      expect(t).toBeLessThanOrEqual(w.end);
    }
  });
});
