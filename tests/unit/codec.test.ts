import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, frameBytes } from '../../src-main/contract/codec';
import { simulate, type Scenario } from '../../src-main/sim/index';

const utf8 = {
  encode: (text: string) => new TextEncoder().encode(text),
  decode: (bytes: Uint8Array) => new TextDecoder().decode(bytes),
};

/** Joins the parts as the server writes them, into a fresh (aligned) buffer. */
function roundTrip(value: unknown, offset = 0): unknown {
  const parts = encodeFrame(value, utf8);
  if (parts === null) throw new Error('expected a frame');
  const body = new Uint8Array(offset + frameBytes(parts));
  let at = offset;
  for (const p of parts) {
    body.set(p, at);
    at += p.byteLength;
  }
  return decodeFrame(body.subarray(offset), utf8);
}

const oneDay: Scenario = {
  schema: 'lactasim/scenario@1',
  name: 'Codec día — 6 weeks 👶',
  start: { postpartumHours: 1008 },
  durationHours: 24,
  mother: { storageCapacityMl: { left: 210, right: 180 }, conditions: [] },
  feeding: { plan: 'onDemand', seed: 7 },
};

describe('web wire frame', () => {
  it('round-trips a whole trace: every channel bit for bit, events and summary equal', () => {
    const trace = simulate(oneDay);
    const back = roundTrip({ ok: true, value: trace }) as { ok: true; value: typeof trace };
    expect(back.value.timesSec).toBeInstanceOf(Float64Array);
    expect(back.value.timesSec).toEqual(trace.timesSec);
    for (const [name, channel] of Object.entries(trace.channels)) {
      expect(back.value.channels[name as keyof typeof trace.channels], name).toEqual(channel);
    }
    expect(back.value.events).toEqual(trace.events);
    expect(back.value.summary).toEqual(trace.summary);
    expect(back.value.durationSec).toBe(trace.durationSec);
  });

  it('keeps values JSON cannot carry: NaN, ±Infinity, −0, the extremes', () => {
    const values = new Float64Array([NaN, Infinity, -Infinity, -0, 5e-324, Number.MAX_VALUE]);
    const back = roundTrip({ a: values }) as { a: Float64Array };
    expect(Number.isNaN(back.a[0])).toBe(true);
    expect(back.a[1]).toBe(Infinity);
    expect(back.a[2]).toBe(-Infinity);
    expect(Object.is(back.a[3], -0)).toBe(true);
    expect(back.a[4]).toBe(5e-324);
    expect(back.a[5]).toBe(Number.MAX_VALUE);
  });

  it('decodes views on the body without copying when the body is aligned', () => {
    const back = roundTrip({ a: new Float64Array([1, 2]), b: [new Float64Array([3])] }) as {
      a: Float64Array;
      b: Float64Array[];
    };
    expect(back.b[0]?.buffer).toBe(back.a.buffer);
    expect(Array.from(back.a)).toEqual([1, 2]);
    expect(Array.from(back.b[0] ?? [])).toEqual([3]);
  });

  it('reads a body that starts at an odd offset, and subarrays and empty arrays', () => {
    const backing = new Float64Array([0, 1.25, 2.5, 3.75, 5]);
    const value = { view: backing.subarray(1, 4), empty: new Float64Array(0), text: 'é😀' };
    for (const offset of [0, 1, 3, 7]) {
      const back = roundTrip(value, offset) as typeof value;
      expect(Array.from(back.view)).toEqual([1.25, 2.5, 3.75]);
      expect(back.empty.length).toBe(0);
      expect(back.text).toBe('é😀');
    }
  });

  it('answers null for values without typed arrays, which go as plain JSON', () => {
    expect(encodeFrame({ ok: true, value: { cases: [] } }, utf8)).toBeNull();
  });

  it('refuses a truncated frame instead of reading past its end', () => {
    const parts = encodeFrame({ a: new Float64Array([1, 2, 3]) }, utf8) ?? [];
    const whole = new Uint8Array(frameBytes(parts));
    let at = 0;
    for (const p of parts) {
      whole.set(p, at);
      at += p.byteLength;
    }
    expect(() => decodeFrame(whole.subarray(0, whole.byteLength - 8), utf8)).toThrow(/Truncated/);
    expect(() => decodeFrame(new Uint8Array(2), utf8)).toThrow(/Truncated/);
  });
});
