// Static geometry of the anatomy view, computed once per layout (view units of a 1600 × 1000
// viewBox). D3 does the maths (force relaxation of lobe positions, curve sampling); React draws.
// Classical anatomy: one duct per lobe widening into a milk sinus behind the areola.
// Ultrasound anatomy (Ramsay 2005): ~9 main ducts that branch close to the nipple, no sinuses.
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import { hash01, pathOf, polyline, smoothPoints, type Point, type Polyline } from './polyline';

export type AnatomyMode = 'classical' | 'ultrasound';

export const VIEW = { width: 1600, height: 1000 } as const;

/** The breast is a half-ellipse on the chest wall; the nipple sits at its apex. */
const BREAST = { cx: 150, cy: 520, rx: 730, ry: 430 } as const;
export const NIPPLE_BASE: Point = [BREAST.cx + BREAST.rx, BREAST.cy];
export const NIPPLE_TIP: Point = [NIPPLE_BASE[0] + 62, BREAST.cy];
const LOBE_COUNT = 18;
const LOBE_RADIUS = 58;
const ULTRASOUND_DUCTS = 9;

export interface Alveolus {
  x: number;
  y: number;
  r: number;
}

export interface Lobule {
  x: number;
  y: number;
  alveoli: Alveolus[];
  /** Terminal ductule from the lobe's duct to the lobule. */
  ductule: string;
  /** Where the ductule meets the lobe's duct. */
  joins: Point;
}

export interface Lobe {
  index: number;
  x: number;
  y: number;
  /** Unit vector from the lobe's centre towards the nipple: its duct runs along it. */
  toNipple: Point;
  outline: string;
  lobules: Lobule[];
}

export interface Duct {
  /** Lobes whose milk this duct carries. */
  lobes: number[];
  d: string;
  /** Ultrasound view: the main duct from its branch point to the nipple, drawn wider. */
  trunk?: string;
  branchAt?: Point;
  /** Where a cut from periareolar surgery is drawn. */
  cutAt: Point;
}

export interface Sinus {
  x: number;
  y: number;
  angleDeg: number;
}

export interface Layout {
  mode: AnatomyMode;
  skin: string;
  gland: string;
  chestWall: string;
  ribs: Point[];
  fat: { x: number; y: number; r: number }[];
  nipple: string;
  areola: string;
  montgomery: Point[];
  lobes: Lobe[];
  ducts: Duct[];
  sinuses: Sinus[];
  nerve: Polyline;
  nerveD: string;
  /** Bloodstream from the pituitary to where it enters the breast. */
  blood: Polyline;
  bloodD: string;
  /** Where a particle that has entered the breast ends up, one per lobe. */
  bloodTargets: Point[];
}

function ellipsePoint(angle: number, scale = 1): Point {
  return [
    BREAST.cx + BREAST.rx * scale * Math.cos(angle),
    BREAST.cy + BREAST.ry * scale * Math.sin(angle),
  ];
}

function unit(from: Point, to: Point): Point {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  return [dx / len, dy / len];
}

const add = (p: Point, v: Point, k: number): Point => [p[0] + v[0] * k, p[1] + v[1] * k];

interface LobeNode extends SimulationNodeDatum {
  x: number;
  y: number;
  homeX: number;
  homeY: number;
}

/** Lobe centres fanned round the nipple, relaxed with d3-force so they do not overlap. */
function lobeCentres(): Point[] {
  const nodes: LobeNode[] = [];
  for (let i = 0; i < LOBE_COUNT; i++) {
    const angle = ((-74 + (148 * i) / (LOBE_COUNT - 1)) * Math.PI) / 180;
    const scale = [0.5, 0.74, 0.3][i % 3] ?? 0.5;
    const [x, y] = ellipsePoint(angle, scale);
    nodes.push({ x, y, homeX: x, homeY: y });
  }
  const sim = forceSimulation(nodes)
    .force('collide', forceCollide<LobeNode>(LOBE_RADIUS + 4))
    .force('x', forceX<LobeNode>((n) => n.homeX).strength(0.04))
    .force('y', forceY<LobeNode>((n) => n.homeY).strength(0.04))
    .stop();
  for (let tick = 0; tick < 240; tick++) {
    sim.tick();
    for (const n of nodes) {
      // Keep every lobe inside the gland and clear of the area behind the nipple.
      const ex = (n.x - BREAST.cx) / (BREAST.rx - LOBE_RADIUS - 24);
      const ey = (n.y - BREAST.cy) / (BREAST.ry - LOBE_RADIUS - 24);
      const e = Math.hypot(ex, ey);
      if (e > 1) {
        n.x = BREAST.cx + (n.x - BREAST.cx) / e;
        n.y = BREAST.cy + (n.y - BREAST.cy) / e;
      }
      n.x = Math.min(Math.max(n.x, BREAST.cx + LOBE_RADIUS + 40), NIPPLE_BASE[0] - 190);
    }
  }
  // Order lobes by angle round the nipple so neighbours share an ultrasound duct.
  return nodes
    .map((n): Point => [n.x, n.y])
    .sort(
      (a, b) =>
        Math.atan2(a[1] - NIPPLE_BASE[1], NIPPLE_BASE[0] - a[0]) -
        Math.atan2(b[1] - NIPPLE_BASE[1], NIPPLE_BASE[0] - b[0]),
    );
}

const LOBULE_OFFSETS: readonly Point[] = [
  [-34, 0],
  [-16, -30],
  [-16, 30],
  [14, -28],
  [14, 28],
];

function makeLobe(index: number, centre: Point): Lobe {
  const toNipple = unit(centre, NIPPLE_BASE);
  const side: Point = [-toNipple[1], toNipple[0]];
  const outlinePoints: Point[] = [];
  for (let k = 0; k < 10; k++) {
    const a = (k / 10) * Math.PI * 2;
    const r = LOBE_RADIUS * (0.9 + 0.16 * hash01(index * 10 + k, 1));
    outlinePoints.push([centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a) * 0.92]);
  }
  const closed = [...outlinePoints, outlinePoints[0]!, outlinePoints[1]!, outlinePoints[2]!];
  const outline = pathOf(smoothPoints(closed, 6).slice(6 * 1, 6 * 11 + 1), true);
  const lobules = LOBULE_OFFSETS.map(([along, across], k): Lobule => {
    const at = add(add(centre, toNipple, along), side, across);
    const onAxis = add(centre, toNipple, along + 12);
    const alveoli: Alveolus[] = [{ x: at[0], y: at[1], r: 5.5 }];
    for (let a = 0; a < 6; a++) {
      const angle = (a / 6) * Math.PI * 2 + hash01(index * 7 + k, 2);
      alveoli.push({
        x: at[0] + 11.5 * Math.cos(angle),
        y: at[1] + 11.5 * Math.sin(angle),
        r: 5 + hash01(index * 50 + k * 7 + a, 3) * 1.2,
      });
    }
    return { x: at[0], y: at[1], alveoli, ductule: pathOf([onAxis, at]), joins: onAxis };
  });
  return { index, x: centre[0], y: centre[1], toNipple, outline, lobules };
}

/** Skin from the top of the chest wall round the breast to the bottom, with the nipple gap. */
function skinPoints(): { upper: Point[]; lower: Point[] } {
  const upper: Point[] = [];
  const lower: Point[] = [];
  const gap = 0.06;
  for (let k = 0; k <= 60; k++) {
    const a = -Math.PI / 2 + (k / 60) * (Math.PI / 2 - gap);
    upper.push(ellipsePoint(a));
    lower.push(ellipsePoint(-a));
  }
  return { upper, lower: lower.reverse() };
}

function nippleOutline(): { nipple: string; top: Point; bottom: Point } {
  const [bx, by] = NIPPLE_BASE;
  const top: Point = [bx - 2, by - 36];
  const bottom: Point = [bx - 2, by + 36];
  const d = pathOf(
    smoothPoints(
      [
        top,
        [bx + 22, by - 25],
        [bx + 40, by - 17],
        [NIPPLE_TIP[0], by],
        [bx + 40, by + 17],
        [bx + 22, by + 25],
        bottom,
      ],
      8,
    ),
  );
  return { nipple: d, top, bottom };
}

const pore = (i: number, n: number): Point => [
  NIPPLE_TIP[0] - 6,
  NIPPLE_TIP[1] + (i / (n - 1) - 0.5) * 36,
];

export function computeLayout(mode: AnatomyMode): Layout {
  const centres = lobeCentres();
  const lobes = centres.map((c, i) => makeLobe(i, c));
  const { upper, lower } = skinPoints();
  const { nipple, top, bottom } = nippleOutline();
  const skin = pathOf([...upper, top, ...[bottom], ...lower]);
  const gland = pathOf(
    Array.from({ length: 61 }, (_, k) => ellipsePoint(-Math.PI / 2 + (k / 60) * Math.PI, 0.93)),
  );
  // The areola is the skin within about 100 view units of the nipple.
  const areolaPoints = [...upper.filter((p) => p[1] > BREAST.cy - 105), top];
  const areolaLower = [bottom, ...lower.filter((p) => p[1] < BREAST.cy + 105)];
  const areola = `${pathOf(areolaPoints)}${pathOf(areolaLower).replace(/^M/, 'M')}`;
  const montgomery = [
    ...areolaPoints.filter((_, i) => i % 3 === 1),
    ...areolaLower.filter((_, i) => i % 3 === 1),
  ]
    .slice(0, 4)
    .map((p): Point => [p[0] + 3, p[1]]);

  const ducts: Duct[] = [];
  const sinuses: Sinus[] = [];
  if (mode === 'classical') {
    lobes.forEach((lobe, i) => {
      const c: Point = [lobe.x, lobe.y];
      const dir = unit(c, NIPPLE_BASE);
      const back = add(c, dir, -34);
      const front = add(c, dir, LOBE_RADIUS);
      // Sinuses fan on an arc behind the areola, closer together than the lobes they drain.
      const spread = ((i / (lobes.length - 1) - 0.5) * 2 * Math.PI) / 3;
      const sinusAt: Point = [
        NIPPLE_BASE[0] - 130 * Math.cos(spread),
        NIPPLE_BASE[1] + 130 * Math.sin(spread),
      ];
      const toPore = unit(sinusAt, pore(i, lobes.length));
      const points = smoothPoints(
        [
          back,
          c,
          front,
          add(sinusAt, unit(front, sinusAt), -40),
          sinusAt,
          add(sinusAt, toPore, 40),
          pore(i, lobes.length),
        ],
        10,
      );
      ducts.push({ lobes: [i], d: pathOf(points), cutAt: add(sinusAt, toPore, 34) });
      sinuses.push({
        x: sinusAt[0],
        y: sinusAt[1],
        angleDeg: (Math.atan2(toPore[1], toPore[0]) * 180) / Math.PI,
      });
    });
  } else {
    for (let j = 0; j < ULTRASOUND_DUCTS; j++) {
      const served = [2 * j, 2 * j + 1].filter((i) => i < lobes.length);
      const mid = served.reduce<Point>(
        (acc, i) => [acc[0] + lobes[i]!.x / served.length, acc[1] + lobes[i]!.y / served.length],
        [0, 0],
      );
      const p = pore(j, ULTRASOUND_DUCTS);
      // Ramsay 2005: main ducts branch within ~8 mm of the nipple (≈ 55 view units here).
      const branch = add(NIPPLE_BASE, unit(NIPPLE_BASE, mid), 55);
      const branchAt: Point = [branch[0], NIPPLE_BASE[1] + (branch[1] - NIPPLE_BASE[1]) * 0.9];
      const segments = served.map((i) => {
        const lobe = lobes[i]!;
        const c: Point = [lobe.x, lobe.y];
        const dir = unit(c, NIPPLE_BASE);
        return pathOf(
          smoothPoints(
            [
              add(c, dir, -34),
              c,
              add(c, dir, LOBE_RADIUS),
              add(branchAt, unit(branchAt, c), 60),
              branchAt,
            ],
            10,
          ),
        );
      });
      const trunk = pathOf(smoothPoints([branchAt, add(branchAt, unit(branchAt, p), 18), p], 6));
      ducts.push({
        lobes: served,
        d: segments.join(''),
        trunk,
        branchAt,
        cutAt: add(branchAt, unit(branchAt, p), 16),
      });
    }
  }

  const nerve = polyline(
    smoothPoints(
      [
        [NIPPLE_BASE[0] + 30, BREAST.cy + 30],
        [990, 520],
        [1100, 500],
        [1300, 498],
        [1420, 470],
        [1430, 390],
        [1400, 320],
        [1340, 290],
      ],
      14,
    ),
  );
  const blood = polyline(
    smoothPoints(
      [
        [1300, 382],
        [1250, 420],
        [1120, 430],
        [1010, 390],
        [930, 320],
        [820, 290],
        [700, 330],
        [600, 390],
      ],
      14,
    ),
  );
  const chestWall = pathOf(
    [
      [40, 40],
      [BREAST.cx - 16, 40],
      [BREAST.cx - 16, 980],
      [40, 980],
    ],
    true,
  );
  const ribs = Array.from({ length: 7 }, (_, k): Point => [78, 150 + k * 120]);
  const fat = Array.from({ length: 26 }, (_, k) => {
    const a = -Math.PI / 2 + (k / 25) * Math.PI;
    const [x, y] = ellipsePoint(a, 0.86 + 0.06 * hash01(k, 9));
    return { x, y, r: 26 + 12 * hash01(k, 10) };
  }).filter((f) => f.x < NIPPLE_BASE[0] - 120);

  return {
    mode,
    skin,
    gland,
    chestWall,
    ribs,
    fat,
    nipple,
    areola,
    montgomery,
    lobes,
    ducts,
    sinuses,
    nerve,
    nerveD: pathOf(nerve.points),
    blood,
    bloodD: pathOf(blood.points),
    bloodTargets: lobes.map((l) => [l.x, l.y]),
  };
}

/**
 * Which lobes lose their outflow after breast surgery: evenly spread round the nipple, as a
 * periareolar incision or a reduction cuts ducts all along its line (Kraut 2017).
 */
export function cutLobes(fraction: number, lobeCount = LOBE_COUNT): Set<number> {
  const count = Math.round(Math.min(1, Math.max(0, fraction)) * lobeCount);
  const out = new Set<number>();
  for (let k = 0; k < count; k++) out.add(Math.floor(((k + 0.5) * lobeCount) / count));
  return out;
}
