// Cells of the section's alveoli, drawn only when zoomed in far enough to see them and only for
// the alveoli on screen (level of detail: at full view there are ~1000 alveoli and none of their
// cells would be visible). Driven by the same stepped values as the section's alveoli: lactocytes
// stretch thin as the alveolus fills, myoepithelial cells thicken and shorten while they squeeze.
import { memo } from 'react';
import { CUT_ALVEOLUS_SCALE } from './alveolusPaths';
import { MYO_ANGLES, ringSector } from './cellShapes';
import type { PlacedAlveolus } from './zoom';

interface Props {
  alveoli: PlacedAlveolus[];
  /** Section alveolus scale (swelling when full, smaller while squeezed). */
  scale: number;
  /** Fullness 0..1 in the section's steps. */
  fill: number;
  /** Myoepithelial drive 0..1 in the section's steps. */
  squeeze: number;
  cut: ReadonlySet<number>;
}

const LACTOCYTES = 8;

function Cells({
  a,
  scale,
  fill,
  squeeze,
}: { a: PlacedAlveolus } & Omit<Props, 'alveoli' | 'cut'>) {
  const outer = a.r * scale;
  // Cuboidal lactocytes when empty (half the radius thick), thin and stretched when full.
  const inner = outer * (0.5 + 0.3 * fill);
  const gap = 0.05;
  return (
    <g>
      {Array.from({ length: LACTOCYTES }, (_, i) => {
        const a0 = (i / LACTOCYTES) * Math.PI * 2 + gap;
        const a1 = ((i + 1) / LACTOCYTES) * Math.PI * 2 - gap;
        const mid = (a0 + a1) / 2;
        const nr = (inner + outer) / 2;
        return (
          <g key={i} data-part="lactocyte" data-stretch={fill.toFixed(2)}>
            <path className="cell-lactocyte" d={ringSector(a.x, a.y, inner, outer, a0, a1)} />
            <circle
              className="cell-nucleus"
              cx={a.x + nr * Math.cos(mid)}
              cy={a.y + nr * Math.sin(mid)}
              r={(outer - inner) * 0.28}
            />
          </g>
        );
      })}
      {MYO_ANGLES.map((angle, i) => {
        const x = a.x + (outer + 0.5) * Math.cos(angle);
        const y = a.y + (outer + 0.5) * Math.sin(angle);
        return (
          <ellipse
            key={i}
            data-part="myoepithelial-cell"
            data-contracted={squeeze > 0.05 || undefined}
            className="cell-myo"
            cx={x}
            cy={y}
            rx={outer * (0.55 - 0.15 * squeeze)}
            ry={0.35 + 0.9 * squeeze}
            transform={`rotate(${(angle * 180) / Math.PI + 90} ${x} ${y})`}
          />
        );
      })}
    </g>
  );
}

export const AlveolarCells = memo(function AlveolarCells({
  alveoli,
  scale,
  fill,
  squeeze,
  cut,
}: Props) {
  if (alveoli.length === 0) return null;
  return (
    <g
      className="alveolar-cells"
      data-fill={fill.toFixed(2)}
      data-squeeze={squeeze.toFixed(2)}
      data-count={alveoli.length}
    >
      {alveoli.map((a) =>
        cut.has(a.lobe) ? (
          // Lobes whose ducts were cut: no milk stays in view, the alveoli shrink (as drawn).
          <Cells key={a.key} a={a} scale={CUT_ALVEOLUS_SCALE} fill={0} squeeze={squeeze} />
        ) : (
          <Cells key={a.key} a={a} scale={scale} fill={fill} squeeze={squeeze} />
        ),
      )}
    </g>
  );
});
