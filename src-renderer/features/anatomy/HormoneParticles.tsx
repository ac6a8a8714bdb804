// Hormone particles: shape and colour per hormone; positions follow from the particle schedule
// (particles.ts) at the current model time. Under reduced motion nothing moves: a particle is
// drawn only once it has arrived, at a fixed place, so particles appear and clear in steps (the
// gland's glow still shows the release).
import { HORMONES, glyphPath, type HormoneName } from '../../lib/hormones';
import type { Layout } from './geometry';
import { liveParticles, type ParticleSchedule } from './particles';
import { hash01, pointAt, type Point } from './polyline';

export type Schedules = Record<HormoneName, ParticleSchedule>;

interface Props {
  layout: Layout;
  schedules: Schedules;
  t: number;
  reducedMotion: boolean;
  /** Zoom of the drawing: glyphs keep their on-screen size when zoomed in. */
  zoom: number;
}

/** Share of the journey spent in the trunk vessel before branching to a lobe. */
const TRUNK_SHARE = 0.75;
const GLYPH_R = 9;

function place(
  layout: Layout,
  salt: number,
  id: number,
  travel: number,
  since: number,
  startAt: number,
  reducedMotion: boolean,
): Point {
  const targets = layout.bloodTargets;
  const target = targets[Math.floor(hash01(id, salt) * targets.length)] ?? targets[0]!;
  const angle = hash01(id, salt + 1) * Math.PI * 2;
  const radius = 18 + 44 * hash01(id, salt + 2);
  const home: Point = [target[0] + radius * Math.cos(angle), target[1] + radius * Math.sin(angle)];
  if (reducedMotion) return home;
  if (travel < TRUNK_SHARE) {
    return pointAt(layout.blood, startAt + ((1 - startAt) * travel) / TRUNK_SHARE);
  }
  if (travel < 1) {
    const end = layout.blood.points[layout.blood.points.length - 1]!;
    const w = (travel - TRUNK_SHARE) / (1 - TRUNK_SHARE);
    return [end[0] + (home[0] - end[0]) * w, end[1] + (home[1] - end[1]) * w];
  }
  // Arrived: a slow drift in the tissue fluid, phase set by model time.
  const phase = since / 9 + angle;
  return [home[0] + 5 * Math.cos(phase), home[1] + 5 * Math.sin(phase)];
}

export function HormoneParticles({ layout, schedules, t, reducedMotion, zoom }: Props) {
  return (
    <g className="particles" data-motion={reducedMotion ? 'static' : 'moving'}>
      {HORMONES.map((h, hi) => {
        const all = liveParticles(schedules[h.name], t);
        const live = reducedMotion ? all.filter((p) => p.travel >= 1) : all;
        // Progesterone comes from the placenta: it joins the bloodstream half-way.
        const startAt = h.name === 'progesterone' ? 0.5 : 0;
        const d = glyphPath(h.shape, GLYPH_R / zoom);
        return (
          <g key={h.name} className={`hormone-group ${h.name}`} data-count={live.length}>
            {live.map((p) => {
              const [x, y] = place(
                layout,
                hi * 10 + 3,
                p.id,
                p.travel,
                p.sinceArrival,
                startAt,
                reducedMotion,
              );
              return (
                <path
                  key={p.id}
                  data-id={p.id}
                  data-hormone={h.name}
                  className={`hormone ${h.name}`}
                  d={d}
                  transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
                />
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
