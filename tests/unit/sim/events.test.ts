// Timeline events on their own: times to the millisecond, and each milestone firing once, at the
// step its threshold is crossed, with the numbers of the parameter registry.
import { describe, expect, it } from 'vitest';
import { emit, milestones } from '../../../src-main/sim/events';
import { PARAMETERS as P } from '../../../src-main/sim/parameters';
import type { EngineState } from '../../../src-main/sim/state';
import { totalSupply } from '../../../src-main/sim/supply';
import type { EventKind } from '../../../src-main/sim/trace';
import { engineAt } from './engine-state';

const P4_HALF = P.progesteroneInhibitionHalfNgPerMl.value;
const kinds = (st: EngineState) => st.events.map((e) => e.kind);
const only = (st: EngineState, kind: EventKind) => st.events.filter((e) => e.kind === kind);

describe('emit', () => {
  it('rounds times to the millisecond and leaves out a side or detail not given', () => {
    const { st } = engineAt();
    emit(st, 12.34567, 'latch', 'left', 'Second breast');
    emit(st, 1 / 3, 'milkComesIn');
    expect(st.events).toEqual([
      { atSeconds: 12.346, kind: 'latch', side: 'left', detail: 'Second breast' },
      { atSeconds: 0.333, kind: 'milkComesIn' },
    ]);
    expect(Object.keys(st.events[1] ?? {})).toEqual(['atSeconds', 'kind']);
  });
});

describe('milestones after birth', () => {
  const birth = () => engineAt({ start: { postpartumHours: 0 } });

  it('the placenta is delivered once, at the step that reaches its time', () => {
    const { c, st } = birth();
    milestones(c, st, c.placentaSec - 1, false);
    expect(only(st, 'placentaDelivered')).toHaveLength(0);
    milestones(c, st, c.placentaSec, false);
    milestones(c, st, c.placentaSec + 5, false);
    expect(only(st, 'placentaDelivered')).toEqual([
      { atSeconds: c.placentaSec, kind: 'placentaDelivered' },
    ]);
  });

  it('a retained placenta is marked as removed, at its removal', () => {
    const { c, st } = engineAt({
      start: { postpartumHours: 0 },
      mother: { conditions: [{ kind: 'retainedPlacenta', removedAtHours: 144 }] },
    });
    for (let h = 0; h <= 150; h += 0.5) milestones(c, st, h * 3600, false);
    expect(only(st, 'placentaDelivered')).toEqual([
      { atSeconds: 144 * 3600, kind: 'placentaDelivered', detail: 'Retained placenta removed' },
    ]);
  });

  it('progesterone withdrawal fires once, when progesterone falls below the inhibition half-point, after the placenta', () => {
    const { c, st } = birth();
    st.h.p4 = P4_HALF - 0.1;
    milestones(c, st, 60, false);
    expect(only(st, 'progesteroneWithdrawal')).toHaveLength(0);
    st.h.p4 = P4_HALF + 0.1;
    milestones(c, st, c.placentaSec, false);
    milestones(c, st, c.placentaSec + 60, false);
    st.h.p4 = P4_HALF - 0.1;
    milestones(c, st, c.placentaSec + 120, false);
    milestones(c, st, c.placentaSec + 180, false);
    expect(only(st, 'progesteroneWithdrawal').map((e) => e.atSeconds)).toEqual([
      c.placentaSec + 120,
    ]);
  });

  it('milk comes in once, when secretory activation reaches one half, and the onset is kept in postpartum hours', () => {
    const { c, st } = birth();
    st.h.act = 0.49;
    milestones(c, st, 40 * 3600, false);
    expect(only(st, 'milkComesIn')).toHaveLength(0);
    st.h.act = 0.5;
    milestones(c, st, 50 * 3600, false);
    milestones(c, st, 51 * 3600, false);
    expect(only(st, 'milkComesIn').map((e) => e.atSeconds)).toEqual([50 * 3600]);
    expect(st.totals.lactogenesisOnsetH).toBe(50);
  });
});

describe('supply changes', () => {
  /** An established mother whose breasts' capacity has moved by `factor` since the last mark. */
  function moved(factor: number, near: boolean): EngineState {
    const { c, st } = engineAt();
    for (const b of st.breasts) b.sigma *= factor;
    milestones(c, st, 3600, near);
    return st;
  }

  it('are marked from a 5 % change on, between feeds, with the new supply', () => {
    expect(kinds(moved(1.04, false))).toEqual([]);
    expect(kinds(moved(0.96, false))).toEqual([]);
    const up = moved(1.06, false);
    expect(up.events).toEqual([
      {
        atSeconds: 3600,
        kind: 'supplyUp',
        detail: `Supply ${Math.round(totalSupply(up))} mL/day`,
      },
    ]);
    expect(kinds(moved(0.94, false))).toEqual(['supplyDown']);
  });

  it('are not judged while a feed is near, and count from the last change marked', () => {
    expect(kinds(moved(1.5, true))).toEqual([]);
    const { c, st } = engineAt();
    const start = totalSupply(st);
    for (const [i, f] of [1.03, 1.06, 1.09, 1.12].entries()) {
      for (const b of st.breasts) b.sigma = c.sigma0[0] * f;
      milestones(c, st, (i + 1) * 3600, false);
    }
    // 3 % and 9 % are within 5 % of the last mark (start, then 6 %); 6 % and 12 % are marked.
    expect(only(st, 'supplyUp').map((e) => e.atSeconds)).toEqual([2 * 3600, 4 * 3600]);
    expect(st.totals.supplyEventRef).toBeCloseTo(start * 1.12, 6);
  });
});
