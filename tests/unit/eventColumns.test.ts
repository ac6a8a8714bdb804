// Events as columns (the engine worker's reply): read back, they are the engine's events, with
// the same keys in the same order, whatever the kind, side and detail.
import { describe, expect, it } from 'vitest';
import { packEvents, unpackEvents } from '../../src-main/contract/eventColumns';
import { simulate, type Scenario } from '../../src-main/sim/index';
import type { SimEvent } from '../../src-main/sim/trace';

const twoDays: Scenario = {
  schema: 'lactasim/scenario@1',
  name: 'columns',
  start: { postpartumHours: 0 },
  durationHours: 48,
  feeding: { plan: 'onDemand', seed: 3 },
};

describe('event columns', () => {
  it('give back a run’s events exactly, keys in the engine’s order', () => {
    const events = simulate(twoDays).events;
    const back = unpackEvents(structuredClone(packEvents(events)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(events));
    expect(new Set(events.map((e) => e.kind)).size).toBeGreaterThan(5);
  });

  it('keep every detail text once and leave absent sides and details absent', () => {
    const events: SimEvent[] = [
      { atSeconds: 0.001, kind: 'latch', side: 'right', detail: 'Second breast' },
      { atSeconds: 1, kind: 'supplyUp', detail: 'Supply 800 mL/day' },
      { atSeconds: 2, kind: 'milkComesIn' },
      { atSeconds: 3, kind: 'latch', side: 'left', detail: 'Second breast' },
    ];
    const cols = packEvents(events);
    expect(cols.details).toEqual(['Second breast', 'Supply 800 mL/day']);
    const back = unpackEvents(cols);
    expect(back).toEqual(events);
    expect(Object.keys(back[2] ?? {})).toEqual(['atSeconds', 'kind']);
  });

  it('hold no events as well as many', () => {
    expect(unpackEvents(packEvents([]))).toEqual([]);
  });
});
