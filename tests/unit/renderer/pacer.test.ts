// The pacer that spaces out drawing new runs while they keep coming (a slider drag).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pacer, SPACING } from '../../../src-renderer/features/sim/pacer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const shown: number[] = [];
  const pacer = new Pacer<number>(
    (n) => shown.push(n),
    () => Date.now(),
  );
  /** Shows take `ms` to draw: the commit comes that much later. */
  const drawFor = (ms: number) => {
    vi.advanceTimersByTime(ms);
    pacer.drawn();
  };
  return { pacer, shown, drawFor };
}

describe('pacing new runs', () => {
  it('draws a run at once when none was drawn lately', () => {
    const { pacer, shown } = setup();
    pacer.offer(1);
    expect(shown).toEqual([1]);
  });

  it('waits SPACING × the last drawing time, then draws only the newest that came', () => {
    const { pacer, shown, drawFor } = setup();
    pacer.offer(1);
    drawFor(100);
    pacer.offer(2);
    pacer.offer(3);
    pacer.offer(4);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(SPACING * 100 - 1);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([1, 4]);
  });

  it('draws at once after a pause longer than the spacing', () => {
    const { pacer, shown, drawFor } = setup();
    pacer.offer(1);
    drawFor(20);
    vi.advanceTimersByTime(SPACING * 20 + 5);
    pacer.offer(2);
    expect(shown).toEqual([1, 2]);
  });

  it('drops what waits when disposed', () => {
    const { pacer, shown, drawFor } = setup();
    pacer.offer(1);
    drawFor(50);
    pacer.offer(2);
    pacer.dispose();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([1]);
  });
});
