// The written-out powers must give what a multiplying loop gives, bit for bit: the engine's
// outputs are compared bit for bit across speed changes (scripts/sim-fingerprint.ts).
import { describe, expect, it } from 'vitest';
import { powerOf } from '../../../src-main/sim/pow';

function loopPower(x: number, n: number): number {
  let r = 1;
  for (let i = 0; i < n; i++) r *= x;
  return r;
}

describe('powerOf', () => {
  it('equals a multiplying loop bit for bit for every whole exponent 0–8', () => {
    const xs = [0, 0.1, 0.42, 0.7071, 0.999999, 1, 1.3, 87.5, 123.456];
    for (let n = 0; n <= 8; n++) {
      const pow = powerOf(n);
      for (const x of xs) expect(Object.is(pow(x), loopPower(x, n))).toBe(true);
    }
  });

  it('falls back to Math.pow for exponents it does not write out', () => {
    expect(powerOf(2.5)(3)).toBe(Math.pow(3, 2.5));
    expect(powerOf(9)(1.1)).toBe(Math.pow(1.1, 9));
    expect(powerOf(-1)(4)).toBe(0.25);
  });
});
