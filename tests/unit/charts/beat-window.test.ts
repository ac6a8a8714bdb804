import { describe, expect, it } from 'vitest';
import { beatWindow } from '../../../src-main/charts/index';

const DAY = 86_400;

describe('beatWindow', () => {
  it('pads a ranged beat by half its length on each side, at least a minute', () => {
    expect(beatWindow({ atHours: 0.2, untilHours: 0.3 }, DAY)).toEqual([540, 1260]);
    expect(beatWindow({ atHours: 1, untilHours: 1 }, DAY)).toEqual([3540, 3660]);
  });

  it('shows an eighth of a day-long run around a moment, a third of it before', () => {
    const [from, to] = beatWindow({ atHours: 2 }, DAY);
    expect(to - from).toBe(3 * 3600);
    expect(7200 - from).toBe(3600);
  });

  it('shows at least an hour around a moment of a short run', () => {
    const [from, to] = beatWindow({ atHours: 0.5 }, 2 * 3600);
    expect(to - from).toBe(3600);
  });

  it('shows an eighth of a weeks-long run around a moment', () => {
    const [from, to] = beatWindow({ atHours: 24 * 20 }, 40 * DAY);
    expect(to - from).toBe(5 * DAY);
  });
});
