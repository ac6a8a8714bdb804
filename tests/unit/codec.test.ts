import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../src-main/contract/codec';

describe('web wire codec', () => {
  it('carries Float64Arrays as typed arrays with exact values', () => {
    const values = new Float64Array([0, -1.5, Math.PI, 1e-300, Number.MAX_VALUE, 42]);
    const decoded = decodeWire(encodeWire({ a: values, n: 3 })) as { a: Float64Array; n: number };
    expect(decoded.a).toBeInstanceOf(Float64Array);
    expect(Array.from(decoded.a)).toEqual(Array.from(values));
    expect(decoded.n).toBe(3);
  });

  it('handles arrays of every length modulo 3 bytes and views with an offset', () => {
    for (let n = 0; n < 5; n += 1) {
      const backing = new Float64Array(n + 2).map((_, i) => i * 1.25);
      const view = backing.subarray(1, n + 1);
      const decoded = decodeWire(encodeWire(view)) as Float64Array;
      expect(Array.from(decoded)).toEqual(Array.from(view));
    }
  });
});
