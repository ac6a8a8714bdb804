// Pure parts of the drawing's export: computed colours and transforms written as SVG attributes,
// the stretch an animation shows and its frame times, and the GIF comment that carries provenance.
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../src-main/sim/trace';
import { withGifComment } from '../../../src-renderer/features/slides/encode';
import {
  animationStretch,
  frameTimes,
  ANIMATION_SECONDS,
  FRAMES_PER_SECOND,
} from '../../../src-renderer/features/slides/stretch';
import {
  parseMatrix,
  parsePaint,
  transformAbout,
} from '../../../src-renderer/features/slides/svgPaint';

describe('parsePaint', () => {
  it('reads the forms Chromium computes', () => {
    expect(parsePaint('rgb(246, 217, 200)')).toEqual({ color: '#f6d9c8', alpha: 1 });
    expect(parsePaint('rgba(0, 114, 178, 0.5)')).toEqual({ color: '#0072b2', alpha: 0.5 });
    expect(parsePaint('rgb(0 114 178 / 25%)')).toEqual({ color: '#0072b2', alpha: 0.25 });
    // color-mix() in srgb computes to color(srgb r g b) with channels 0..1.
    expect(parsePaint('color(srgb 1 0.5 0)')).toEqual({ color: '#ff8000', alpha: 1 });
    expect(parsePaint('color(srgb 0 0 0 / 0.4)')).toEqual({ color: '#000000', alpha: 0.4 });
    expect(parsePaint('#ABC')).toEqual({ color: '#aabbcc', alpha: 1 });
    expect(parsePaint('none')).toEqual({ color: 'none', alpha: 1 });
    expect(parsePaint('transparent')).toEqual({ color: 'none', alpha: 0 });
  });

  it('refuses what it cannot write as a colour', () => {
    expect(parsePaint('url("#grad")')).toBeNull();
    expect(parsePaint('rgb(a, b, c)')).toBeNull();
    expect(parsePaint('color(display-p3 1 0 0)')).toBeNull();
  });
});

describe('transforms', () => {
  it('reads a 2-D matrix and nothing else', () => {
    expect(parseMatrix('matrix(1.2, 0, 0, 1.2, 0, 0)')).toEqual([1.2, 0, 0, 1.2, 0, 0]);
    expect(parseMatrix('none')).toBeNull();
    expect(parseMatrix('matrix3d(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1)')).toBeNull();
  });

  it('scales about the origin CSS used, as one SVG matrix', () => {
    // A circle at (100, 50) scaled 2× about its centre stays centred there.
    const m = transformAbout([2, 0, 0, 2, 0, 0], 100, 50);
    expect(m).toBe('matrix(2 0 0 2 -100 -50)');
    const [a, , , d, e, f] = m.slice(7, -1).split(' ').map(Number);
    expect([a! * 100 + e!, d! * 50 + f!]).toEqual([100, 50]);
    expect(transformAbout([1, 0, 0, 1, 10, 20], 0, 0)).toBe('matrix(1 0 0 1 10 20)');
  });
});

describe('animationStretch', () => {
  const ev = (atSeconds: number, kind: SimEvent['kind'], side?: 'left' | 'right'): SimEvent => ({
    atSeconds,
    kind,
    ...(side ? { side } : {}),
  });
  const events: SimEvent[] = [
    ev(1000, 'latch', 'left'),
    ev(1060, 'ejectionStart', 'left'),
    ev(1180, 'ejectionEnd', 'left'),
    ev(1400, 'ejectionStart', 'left'),
    ev(1500, 'ejectionEnd', 'left'),
    ev(1700, 'sessionEnd', 'left'),
    ev(5000, 'latch', 'right'),
    ev(5050, 'ejectionStart', 'right'),
    ev(5150, 'ejectionEnd', 'right'),
    ev(5600, 'sessionEnd', 'right'),
  ];

  it('takes the let-down under way, with a little before and after', () => {
    expect(animationStretch('letDown', events, 1100, 10_000, 'left')).toEqual([1045, 1195]);
  });

  it('takes the next let-down on the drawn side when none is under way', () => {
    expect(animationStretch('letDown', events, 1200, 10_000, 'left')).toEqual([1385, 1515]);
    expect(animationStretch('letDown', events, 1200, 10_000, 'right')).toEqual([5035, 5165]);
    expect(animationStretch('letDown', events, 6000, 10_000, 'left')).toBeNull();
  });

  it('takes the whole feed, or ten minutes from now, within the run', () => {
    expect(animationStretch('feed', events, 1200, 10_000, 'left')).toEqual([970, 1730]);
    expect(animationStretch('tenMinutes', events, 9800, 10_000, 'left')).toEqual([9800, 10_000]);
    expect(animationStretch('letDown', events, 0, 1100, 'left')).toEqual([1045, 1100]);
  });

  it('spreads the frames evenly from the first moment to the last', () => {
    const times = frameTimes([100, 200]);
    expect(times).toHaveLength(ANIMATION_SECONDS * FRAMES_PER_SECOND);
    expect(times[0]).toBe(100);
    expect(times.at(-1)).toBe(200);
    expect(times[1]! - times[0]!).toBeCloseTo(100 / (times.length - 1));
  });
});

describe('withGifComment', () => {
  it('puts the text in comment sub-blocks before the trailer', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x3b]);
    const text = 'x'.repeat(300);
    const out = withGifComment(gif, text);
    expect(Array.from(out.subarray(0, 6))).toEqual(Array.from(gif.subarray(0, 6)));
    expect(Array.from(out.subarray(6, 9))).toEqual([0x21, 0xfe, 255]);
    // 255 bytes, then a block of the 45 left, then the terminator and the trailer.
    expect(out[9 + 255]).toBe(45);
    expect(Array.from(out.subarray(-2))).toEqual([0x00, 0x3b]);
    expect(out.length).toBe(gif.length + 2 + 1 + 255 + 1 + 45 + 1);
  });
});
