import { describe, expect, it } from 'vitest';
import {
  discMinusDiscs,
  loopsPath,
  type Arc,
  type Disc,
} from '../../../src-renderer/features/anatomy/discDifference';

/** Signed area inside closed arc loops (Green's theorem, each arc integrated exactly). */
function area(loops: Arc[][]): number {
  let sum = 0;
  for (const loop of loops)
    for (const a of loop)
      sum +=
        a.r * a.r * (a.to - a.from) +
        a.r * a.x * (Math.sin(a.to) - Math.sin(a.from)) -
        a.r * a.y * (Math.cos(a.to) - Math.cos(a.from));
  return sum / 2;
}

/** The same area counted on a fine grid: inside the disc and in none of the holes. */
function sampledArea(disc: Disc, holes: Disc[]): number {
  const n = 600;
  const cell = (2 * disc.r) / n;
  let inside = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = disc.x - disc.r + (i + 0.5) * cell;
      const y = disc.y - disc.r + (j + 0.5) * cell;
      const inDisc = Math.hypot(x - disc.x, y - disc.y) < disc.r;
      if (inDisc && holes.every((h) => Math.hypot(x - h.x, y - h.y) >= h.r)) inside++;
    }
  return inside * cell * cell;
}

describe('disc minus discs', () => {
  const milk: Disc = { x: 10, y: 20, r: 5 };

  it('keeps a disc whole when nothing reaches it, and drops it when one hole covers it', () => {
    const whole = discMinusDiscs(milk, [{ x: 30, y: 20, r: 6 }]);
    expect(area(whole)).toBeCloseTo(Math.PI * 25, 9);
    expect(discMinusDiscs(milk, [{ x: 11, y: 20, r: 7 }])).toEqual([]);
    expect(loopsPath(discMinusDiscs(milk, [{ x: 11, y: 20, r: 7 }]))).toBe('');
  });

  it('cuts the rim that one or several overlapping discs cover, closed loops only', () => {
    const cases: Disc[][] = [
      [{ x: 19, y: 20, r: 6 }],
      // A rosette's neighbours: overlapping each other as well as the milk.
      [
        { x: 19, y: 20, r: 6 },
        { x: 14.5, y: 27.8, r: 5.5 },
        { x: 5.5, y: 27.8, r: 6.2 },
      ],
      // A hole wholly inside leaves a ring.
      [{ x: 10, y: 20, r: 2 }],
    ];
    for (const holes of cases) {
      const loops = discMinusDiscs(milk, holes);
      expect(Math.abs(area(loops) - sampledArea(milk, holes))).toBeLessThan(0.05);
      // Each loop ends where it starts.
      for (const loop of loops) {
        const first = loop[0]!;
        const last = loop[loop.length - 1]!;
        expect(last.x + last.r * Math.cos(last.to)).toBeCloseTo(
          first.x + first.r * Math.cos(first.from),
          6,
        );
        expect(last.y + last.r * Math.sin(last.to)).toBeCloseTo(
          first.y + first.r * Math.sin(first.from),
          6,
        );
      }
      expect(loopsPath(loops)).toMatch(/^(M[^MZ]+Z)+$/);
    }
  });
});
