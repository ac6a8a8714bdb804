import { describe, expect, it } from 'vitest';
import {
  circlesPath,
  milkPath,
  sectionPathCache,
} from '../../../src-renderer/features/anatomy/alveolusPaths';
import { computeLayout } from '../../../src-renderer/features/anatomy/geometry';

/** Centre and radius of each circle in a path made of `M x,y a r,r … 2r,0 a r,r … -2r,0`. */
function circlesOf(d: string): { x: number; y: number; r: number }[] {
  const re = /M(-?[\d.]+),(-?[\d.]+)a([\d.]+),\3 0 1 0 ([\d.]+),0a\3,\3 0 1 0 -\4,0/g;
  return Array.from(d.matchAll(re), (m) => {
    const r = Number(m[3]);
    return { x: Number(m[1]) + r, y: Number(m[2]), r };
  });
}

describe('alveolus paths', () => {
  const layout = computeLayout('classical');
  const lobule = layout.lobes[0]!.lobules[0]!;

  it('draws every alveolus of a lobule as a circle at the scale, nothing else', () => {
    const d = circlesPath(lobule.alveoli, 1.2);
    const circles = circlesOf(d);
    expect(circles).toHaveLength(lobule.alveoli.length);
    // The path is only these circles: no stray commands between them.
    expect(d.match(/M/g)).toHaveLength(lobule.alveoli.length);
    lobule.alveoli.forEach((a, i) => {
      expect(circles[i]!.x).toBeCloseTo(a.x, 1);
      expect(circles[i]!.y).toBeCloseTo(a.y, 1);
      expect(circles[i]!.r).toBeCloseTo(a.r * 1.2, 2);
    });
    expect(circlesPath(lobule.alveoli, 0)).toBe('');
  });

  it('builds a scale once while it is among the recent ones', () => {
    const pathsAt = sectionPathCache(layout, 2);
    const first = pathsAt.walls(1.1);
    expect(first).toHaveLength(layout.lobes.length);
    expect(first[0]![0]).toBe(circlesPath(lobule.alveoli, 1.1));
    // The same step again (a scale equal to the thousandth) is the same object: nothing redrawn.
    expect(pathsAt.walls(1.1 + 1e-5)).toBe(first);
    pathsAt.walls(0.9);
    expect(pathsAt.walls(1.1)).toBe(first);
    // Two newer scales push out the oldest.
    pathsAt.milk(0.8, 1);
    pathsAt.walls(0.7);
    expect(pathsAt.walls(1.1)).not.toBe(first);
    expect(pathsAt.walls(1.1)).toEqual(first);
  });

  it('cuts the milk only where a later alveolus swells over it', () => {
    // Milk small enough that no wall reaches it: every milk circle whole (two half arcs each).
    const apart = milkPath(lobule.alveoli, 0.5, 1);
    expect(apart.match(/M/g)).toHaveLength(lobule.alveoli.length);
    expect(apart.match(/[Aa]/g)).toHaveLength(2 * lobule.alveoli.length);
    // Swollen and full: the neighbours' walls cut the rims of the milk drawn before them, and the
    // last alveolus, drawn over the others, keeps its milk whole.
    const full = milkPath(lobule.alveoli, 1.05, 1.22);
    const loops = full.split('M').filter(Boolean);
    expect(loops.length).toBeGreaterThanOrEqual(lobule.alveoli.length);
    expect(loops[loops.length - 1]!.match(/[Aa]/g)).toHaveLength(2);
    expect(full.match(/[Aa]/g)!.length).toBeGreaterThan(2 * lobule.alveoli.length);
    expect(milkPath(lobule.alveoli, 0, 1)).toBe('');
  });
});
