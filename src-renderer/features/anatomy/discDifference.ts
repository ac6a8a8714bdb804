// A disc minus other discs, as closed loops of circular arcs: the part of an alveolus's milk that
// later alveoli's walls leave in view. When every alveolus was its own wall and milk circle, each
// one drawn covered the rim of the milk drawn before it; with a lobule's milk in one path over its
// walls, that milk is cut to what showed, so the drawing keeps the thin wall between neighbours.
// Angles in radians, measured as SVG measures them (y down): a growing angle turns clockwise.

export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** A piece of a circle's edge, walked from `from` to `to` (either way round). */
export interface Arc extends Disc {
  from: number;
  to: number;
}

interface Placed {
  arc: Arc;
  start: [number, number];
  end: [number, number];
}

interface Span {
  mid: number;
  half: number;
}

const TAU = 2 * Math.PI;
const EPS = 1e-9;

/** The span of `a`'s edge that lies inside `b`: none, all of it, or an angle either side of a middle. */
function edgeInside(a: Disc, b: Disc): Span | 'all' | null {
  const d = Math.hypot(b.x - a.x, b.y - a.y);
  if (d >= a.r + b.r - EPS) return null;
  if (d + a.r <= b.r + EPS) return 'all';
  if (d + b.r <= a.r + EPS) return null;
  const cos = (d * d + a.r * a.r - b.r * b.r) / (2 * d * a.r);
  return {
    mid: Math.atan2(b.y - a.y, b.x - a.x),
    half: Math.acos(Math.min(1, Math.max(-1, cos))),
  };
}

/** The parts of a circle's edge outside every span, as [start, end] with start < end. */
function freeSpans(spans: readonly Span[]): [number, number][] {
  if (spans.length === 0) return [[0, TAU]];
  const covered: [number, number][] = [];
  for (const { mid, half } of spans) {
    const s = (((mid - half) % TAU) + TAU) % TAU;
    const e = s + 2 * half;
    if (e > TAU) covered.push([s, TAU], [0, e - TAU]);
    else covered.push([s, e]);
  }
  covered.sort((p, q) => p[0] - q[0]);
  const free: [number, number][] = [];
  let at = 0;
  for (const [s, e] of covered) {
    if (s > at + EPS) free.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < TAU - EPS) free.push([at, TAU]);
  // A free stretch across angle 0 is one arc.
  const first = free[0];
  const last = free[free.length - 1];
  if (free.length > 1 && first && last && first[0] < EPS && last[1] > TAU - EPS) {
    free.pop();
    free[0] = [last[0], first[1] + TAU];
  }
  return free;
}

const endOf = (a: Disc, t: number): [number, number] => [
  a.x + a.r * Math.cos(t),
  a.y + a.r * Math.sin(t),
];

const place = (c: Disc, from: number, to: number): Placed => ({
  arc: { x: c.x, y: c.y, r: c.r, from, to },
  start: endOf(c, from),
  end: endOf(c, to),
});

/**
 * `disc` minus the union of `holes`, as closed loops (the disc's edge clockwise, the holes'
 * edges anticlockwise, so a nonzero fill gives the difference). Empty when the holes cover it.
 */
export function discMinusDiscs(disc: Disc, holes: readonly Disc[]): Arc[][] {
  const arcs: Placed[] = [];
  const onDisc: Span[] = [];
  for (const h of holes) {
    const span = edgeInside(disc, h);
    if (span === 'all') return [];
    if (span) onDisc.push(span);
  }
  for (const [s, e] of freeSpans(onDisc)) arcs.push(place(disc, s, e));
  holes.forEach((h, j) => {
    const inDisc = edgeInside(h, disc);
    if (inDisc === null) return;
    // Outside the disc is off this hole's share of the edge, and so is what other holes cover.
    const off: Span[] =
      inDisc === 'all' ? [] : [{ mid: inDisc.mid + Math.PI, half: Math.PI - inDisc.half }];
    for (const [k, other] of holes.entries()) {
      if (k === j) continue;
      const span = edgeInside(h, other);
      if (span === 'all') return;
      if (span) off.push(span);
    }
    for (const [s, e] of freeSpans(off)) arcs.push(place(h, e, s));
  });
  return chain(arcs);
}

/** Joins arcs end to start into closed loops. */
function chain(arcs: Placed[]): Arc[][] {
  const loops: Arc[][] = [];
  const used = new Array<boolean>(arcs.length).fill(false);
  for (let first = 0; first < arcs.length; first++) {
    if (used[first]) continue;
    used[first] = true;
    let tail = arcs[first]!;
    const start = tail.start;
    const loop = [tail.arc];
    for (;;) {
      const [x, y] = tail.end;
      if (Math.hypot(x - start[0], y - start[1]) < 1e-6) break;
      let next = -1;
      for (let i = 0; i < arcs.length && next < 0; i++)
        if (!used[i] && Math.hypot(arcs[i]!.start[0] - x, arcs[i]!.start[1] - y) < 1e-6) next = i;
      if (next < 0) break;
      used[next] = true;
      tail = arcs[next]!;
      loop.push(tail.arc);
    }
    loops.push(loop);
  }
  return loops;
}

/** SVG path data for closed arc loops, coordinates to hundredths. */
export function loopsPath(loops: readonly (readonly Arc[])[]): string {
  const f = (v: number) => v.toFixed(2);
  let d = '';
  for (const loop of loops) {
    const first = loop[0];
    if (!first) continue;
    const [x0, y0] = endOf(first, first.from);
    d += `M${f(x0)},${f(y0)}`;
    for (const a of loop) {
      const turn = a.to - a.from;
      // A whole circle is two half turns: one arc command cannot end where it starts.
      const steps = Math.abs(turn) > Math.PI * 1.999 ? 2 : 1;
      for (let i = 1; i <= steps; i++) {
        const [x, y] = endOf(a, a.from + (turn * i) / steps);
        const large = Math.abs(turn) / steps > Math.PI ? 1 : 0;
        d += `A${f(a.r)},${f(a.r)} 0 ${large} ${turn > 0 ? 1 : 0} ${f(x)},${f(y)}`;
      }
    }
    d += 'Z';
  }
  return d;
}
